package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInDelayTest {

    private final SignInDelay delay = new SignInDelay(3, Duration.ofSeconds(10), Duration.ofMinutes(1));

    @Test
    void theFirstFailuresCostNothing() {
        assertThat(delay.after(0)).isZero();
        assertThat(delay.after(2)).isZero();
    }

    @Test
    void delaysDoubleWithEachFurtherFailureUpToTheLongest() {
        assertThat(delay.after(3)).isEqualTo(Duration.ofSeconds(10));
        assertThat(delay.after(4)).isEqualTo(Duration.ofSeconds(20));
        assertThat(delay.after(5)).isEqualTo(Duration.ofSeconds(40));
        assertThat(delay.after(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delay.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theNextAttemptIsCountedFromTheLastFailure() {
        var last = Instant.parse("2026-11-29T10:00:00Z");

        assertThat(delay.nextAttempt(4, last)).isEqualTo(Instant.parse("2026-11-29T10:00:20Z"));
    }
}
