package org.convene.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The last deliveries of one topic, so a browser that reconnects can catch up on what it missed. */
final class RecentEvents {

    private final int capacity;
    private final ArrayDeque<Delivery> deliveries;

    RecentEvents(int capacity) {
        this.capacity = capacity;
        this.deliveries = new ArrayDeque<>(capacity);
    }

    synchronized void add(Delivery delivery) {
        if (deliveries.size() == capacity) {
            deliveries.removeFirst();
        }
        deliveries.addLast(delivery);
    }

    synchronized Optional<Delivery> latest() {
        return Optional.ofNullable(deliveries.peekLast());
    }

    /**
     * The deliveries after {@code lastSeenId}, or empty when that event is no longer (or was never)
     * kept here: then the caller cannot know what was missed and must reload its view.
     */
    synchronized Optional<List<Delivery>> after(long lastSeenId) {
        var missed = new ArrayList<Delivery>();
        var found = false;
        for (var delivery : deliveries) {
            if (found) {
                missed.add(delivery);
            } else if (delivery.id() == lastSeenId) {
                found = true;
            }
        }
        return found ? Optional.of(missed) : Optional.empty();
    }
}
