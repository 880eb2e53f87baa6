package org.convene.live;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Event ids that increase on each node and roughly follow time across nodes:
 * milliseconds since the epoch, then 8 bits naming the node, then a 12-bit counter.
 */
@Component
final class EventIds {

    private final Clock clock;
    private final long node = new SecureRandom().nextInt(256);
    private long lastMillis;
    private long counter;

    EventIds(Clock clock) {
        this.clock = clock;
    }

    synchronized long next() {
        var millis = Math.max(clock.millis(), lastMillis);
        if (millis == lastMillis) {
            counter++;
            if (counter == 4096) {
                millis++;
                counter = 0;
            }
        } else {
            counter = 0;
        }
        lastMillis = millis;
        return (millis << 20) | (node << 12) | counter;
    }
}
