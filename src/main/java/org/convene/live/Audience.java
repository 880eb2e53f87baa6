package org.convene.live;

import java.util.Optional;

/**
 * What a kind of viewer sees of a topic's events. Streams whose audiences share a {@link #key()}
 * receive the same bytes, so an event is rendered once per key on each node, however many streams
 * hold that key: the cost of a change is one render per kind of viewer, not one per viewer.
 */
public interface Audience {

    /** Equal for every viewer who sees an event exactly alike (role, language, time zone…). */
    String key();

    /** What this audience is sent for {@code event}, or empty to send nothing. */
    Optional<LiveMessage> render(LiveEvent event);

    /** API clients: every event as published, its JSON data unchanged. */
    static Audience json() {
        return JsonAudience.INSTANCE;
    }
}
