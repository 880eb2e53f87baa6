package org.convene.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long one kind of sign-in key (an email from one client, an email from anywhere, one client
 * for any email) must wait after failed attempts: nothing for the first {@code freeAttempts}, then
 * {@code firstDelay}, doubling with each further failure up to {@code longestDelay}. A delay rather
 * than a lock: whoever holds the key can try again once it has passed.
 */
record SignInDelay(int freeAttempts, Duration firstDelay, Duration longestDelay) {

    /** The waits after failures already counted; one of these is what a key owes. */
    Duration after(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 30);
        var delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** When a key with {@code failures}, the last at {@code lastFailure}, may try again. */
    Instant nextAttempt(int failures, Instant lastFailure) {
        return lastFailure.plus(after(failures));
    }
}
