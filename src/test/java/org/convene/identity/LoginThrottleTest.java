package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Who a run of failed sign-ins slows down, and who it does not. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aGuesserFromOneAddressWaitsAfterAFewFailuresAndTheOwnerElsewhereDoesNot() {
        failTimes("ana@example.org", "203.0.113.9", LoginThrottle.FROM_ONE_CLIENT.freeAttempts());

        assertThat(throttle.waitBefore(attempt("ana@example.org", "203.0.113.9")))
                .contains(LoginThrottle.FROM_ONE_CLIENT.firstDelay());
        assertThat(throttle.waitBefore(attempt("ana@example.org", "198.51.100.7"))).isEmpty();
    }

    @Test
    void delaysGrowAndThenPass() {
        var free = LoginThrottle.FROM_ONE_CLIENT.freeAttempts();
        failTimes("ben@example.org", "203.0.113.10", free + 2);

        assertThat(throttle.waitBefore(attempt("ben@example.org", "203.0.113.10")))
                .contains(LoginThrottle.FROM_ONE_CLIENT.firstDelay().multipliedBy(4));
        clock.advance(LoginThrottle.FROM_ONE_CLIENT.firstDelay().multipliedBy(4));
        assertThat(throttle.waitBefore(attempt("ben@example.org", "203.0.113.10"))).isEmpty();
    }

    @Test
    void guessingFromManyAddressesDelaysTheOwnerByAMinuteAtMost() {
        for (int i = 0; i < 500; i++) {
            fail("cleo@example.org", "10.0." + i / 250 + "." + i % 250);
        }

        assertThat(throttle.waitBefore(attempt("cleo@example.org", "198.51.100.8")))
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void sprayingManyEmailsFromOneAddressSlowsThatAddress() {
        for (int i = 0; i < LoginThrottle.ANY_EMAIL.freeAttempts(); i++) {
            fail("person" + i + "@example.org", "203.0.113.11");
        }

        assertThat(throttle.waitBefore(attempt("someone-else@example.org", "203.0.113.11"))).isPresent();
        assertThat(throttle.waitBefore(attempt("someone-else@example.org", "203.0.113.12"))).isEmpty();
    }

    @Test
    void aSuccessForgetsTheEmailsFailuresButNotTheAddresses() {
        failTimes("dev@example.org", "203.0.113.13", LoginThrottle.FROM_ONE_CLIENT.freeAttempts() - 1);
        throttle.succeeded(new AuthenticationSuccessEvent(attempt("dev@example.org", "203.0.113.13")));
        failTimes("dev@example.org", "203.0.113.13", LoginThrottle.FROM_ONE_CLIENT.freeAttempts() - 1);

        assertThat(throttle.waitBefore(attempt("dev@example.org", "203.0.113.13"))).isEmpty();
    }

    @Test
    void emailsAreComparedNormalised() {
        failTimes("Eva@Example.org ", "203.0.113.14", LoginThrottle.FROM_ONE_CLIENT.freeAttempts());

        assertThat(throttle.waitBefore(attempt("eva@example.org", "203.0.113.14"))).isPresent();
    }

    @Test
    void anOverlongEmailCountsOnlyAgainstItsAddress() {
        var huge = "x".repeat(20_000) + "@example.org";
        failTimes(huge, "203.0.113.15", LoginThrottle.ANY_EMAIL.freeAttempts());

        assertThat(LoginThrottle.acceptableEmail(huge)).isFalse();
        assertThat(throttle.waitBefore(attempt("fay@example.org", "203.0.113.15"))).isPresent();
    }

    private void failTimes(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            fail(email, address);
        }
    }

    private void fail(String email, String address) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt(email, address),
                new BadCredentialsException("wrong")));
    }

    private static Authentication attempt(String email, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, "guess");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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
}
