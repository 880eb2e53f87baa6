package org.convene.live;

import java.util.Set;

/**
 * The data of a {@code presence-changed} event: who has the topic open now, on any node.
 *
 * @param present person ids, ascending
 */
public record PresenceChanged(Set<Long> present) {

    /** The event's name. */
    public static final String NAME = PresenceAnnouncer.PRESENCE_CHANGED;
}
