package org.convene.live;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.web.TooManyRequestsException;

/**
 * How many streams one person may hold open on a node: enough for every room they follow, in every
 * tab and device they use, and far from the thousands of connections one account could otherwise
 * hold against everyone else.
 */
final class StreamQuota {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final int perPerson;
    private final Map<Long, Integer> open = new ConcurrentHashMap<>();

    StreamQuota(int perPerson) {
        this.perPerson = perPerson;
    }

    /** Counts a stream opening for {@code personId}, or refuses it when they hold their share. */
    void open(long personId) {
        boolean[] refused = {false};
        open.compute(personId, (person, count) -> {
            int held = count == null ? 0 : count;
            if (held >= perPerson) {
                refused[0] = true;
                return count;
            }
            return held + 1;
        });
        if (refused[0]) {
            throw new TooManyRequestsException("live.tooManyStreams", RETRY_AFTER);
        }
    }

    void closed(long personId) {
        open.computeIfPresent(personId, (person, count) -> count <= 1 ? null : count - 1);
    }

    int heldBy(long personId) {
        return open.getOrDefault(personId, 0);
    }
}
