package org.convene.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void shouldIncreaseStrictlyEvenWithinOneMillisecond() {
        var ids = new EventIds(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        var previous = ids.next();
        for (int i = 0; i < 10_000; i++) {
            var next = ids.next();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void shouldFollowTheClock() {
        var early = new EventIds(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)).next();
        var later = new EventIds(Clock.fixed(Instant.parse("2026-11-22T10:00:01Z"), ZoneOffset.UTC)).next();
        assertThat(later).isGreaterThan(early);
    }
}
