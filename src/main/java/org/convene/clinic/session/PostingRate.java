package org.convene.clinic.session;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.convene.web.TooManyRequestsException;

/**
 * How fast one person may post into one room: a burst of {@link #BURST}, then one every two seconds.
 * Faster than anyone types into a conversation, slower than a script flooding a room that hundreds
 * are reading. Kept per node, like the room's turns.
 */
public final class PostingRate {

    static final int BURST = 20;
    static final Duration REFILL_EVERY = Duration.ofSeconds(2);

    private record Key(long clinicId, long accountId) {
    }

    private final TimeMeter time;
    private final Cache<Key, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public PostingRate(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Counts one post, or refuses it with the time to wait. */
    public void take(long clinicId, long accountId) {
        var probe = buckets.get(new Key(clinicId, accountId), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(BURST).refillGreedy(1, REFILL_EVERY).build())
                .withCustomTimePrecision(time).build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException("clinic.room.postingTooFast",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
