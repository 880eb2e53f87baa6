package org.convene.live;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/** The last events of one topic, so a browser that reconnects can catch up on what it missed. */
final class RecentEvents {

    private final int capacity;
    private final ArrayDeque<LiveEvent> events;

    RecentEvents(int capacity) {
        this.capacity = capacity;
        this.events = new ArrayDeque<>(capacity);
    }

    synchronized void add(LiveEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    /**
     * The events after {@code lastSeenId}, or empty when that event is no longer (or was never)
     * kept here: then the caller cannot know what was missed and must reload its view.
     */
    synchronized Optional<List<LiveEvent>> after(long lastSeenId) {
        var missed = new java.util.ArrayList<LiveEvent>();
        var found = false;
        for (var event : events) {
            if (found) {
                missed.add(event);
            } else if (event.id() == lastSeenId) {
                found = true;
            }
        }
        return found ? Optional.of(missed) : Optional.empty();
    }
}
