package org.convene.live;

/**
 * One event on a topic. {@code id} orders the events of a topic: it is what a reconnecting
 * browser sends back as {@code Last-Event-ID}.
 *
 * @param data JSON text
 */
public record LiveEvent(String topic, long id, String type, String data) {
}
