package org.convene.live;

/**
 * What one stream receives for an event: the server-sent event's name and its data.
 *
 * @param data one or more lines of text (HTML for pages, JSON for the API)
 */
public record LiveMessage(String name, String data) {
}
