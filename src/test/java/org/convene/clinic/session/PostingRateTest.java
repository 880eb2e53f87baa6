package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.convene.web.TooManyRequestsException;
import org.junit.jupiter.api.Test;

class PostingRateTest {

    private static final long ROOM = 1;
    private static final long MIA = 7;

    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final PostingRate rate = new PostingRate(clock);

    @Test
    void shouldLetABurstThroughThenOnePostEveryTwoSeconds() {
        for (int post = 0; post < PostingRate.BURST; post++) {
            rate.take(ROOM, MIA);
        }
        assertThatThrownBy(() -> rate.take(ROOM, MIA)).isInstanceOfSatisfying(TooManyRequestsException.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("clinic.room.postingTooFast");
                    assertThat(refused.retryAfterSeconds()).isEqualTo(PostingRate.REFILL_EVERY.toSeconds());
                });

        clock.now = clock.now.plus(PostingRate.REFILL_EVERY);
        rate.take(ROOM, MIA);
        assertThatThrownBy(() -> rate.take(ROOM, MIA)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void shouldCountEachPersonInEachRoomApart() {
        for (int post = 0; post < PostingRate.BURST; post++) {
            rate.take(ROOM, MIA);
        }

        rate.take(ROOM, MIA + 1);
        rate.take(ROOM + 1, MIA);
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        for (int post = 0; post < PostingRate.BURST; post++) {
            rate.take(ROOM, MIA);
        }
    }
}
