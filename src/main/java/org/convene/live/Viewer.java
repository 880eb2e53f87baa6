package org.convene.live;

import org.jspecify.annotations.Nullable;

/**
 * Who holds a stream.
 *
 * @param personId   who is present while the stream is open
 * @param credential what signed the request in ({@code session:…} or {@code token:…}); the stream
 *                   closes when that credential ends (sign-out, revoked token)
 * @param audience   what the stream is sent of each event
 * @param beatKey    what a page names its stream with when it beats (see {@link LivePresence#pageKey});
 *                   {@code null} for clients that do not beat (the API), present while connected
 */
public record Viewer(long personId, String credential, Audience audience, @Nullable String beatKey) {

    /** A page: present while it keeps beating. */
    public static Viewer page(long personId, String credential, Audience audience, String beatKey) {
        return new Viewer(personId, credential, audience, beatKey);
    }

    /** An integration: present while its connection is open. */
    public static Viewer client(long personId, String credential) {
        return new Viewer(personId, credential, Audience.json(), null);
    }
}
