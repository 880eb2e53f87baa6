package org.convene.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing anyone a way to lock a person out. Failed sign-ins
 * are counted three ways, each with its own {@link SignInDelay}:
 *
 * <ul>
 * <li>an email from one client (IP address): a few free attempts, then growing delays up to an
 * hour. Guessing from one place is what this stops, and it stops only that place;
 * <li>an email from anywhere: many more free attempts and short delays (a minute at most), so
 * guessing spread over many addresses is slowed while the owner, from their own address, still
 * gets in after at most a minute;
 * <li>a client for any email: password spraying from one address.
 * </ul>
 *
 * Keys are bounded before anything is kept: an email longer than {@link #MAX_EMAIL_LENGTH} is no
 * account's and is refused without being looked up or stored, and emails are kept as their SHA-256.
 * Each table holds at most {@value #MAX_KEYS} keys and forgets a key an hour after its last failure.
 * The counts live in this node's memory: behind a load balancer each node counts its own (see
 * docs/SECURITY.md).
 */
@Component
class LoginThrottle {

    static final int MAX_EMAIL_LENGTH = 320;
    static final SignInDelay FROM_ONE_CLIENT = new SignInDelay(5, Duration.ofSeconds(30), Duration.ofHours(1));
    static final SignInDelay FROM_ANYWHERE = new SignInDelay(20, Duration.ofSeconds(5), Duration.ofMinutes(1));
    static final SignInDelay ANY_EMAIL = new SignInDelay(50, Duration.ofSeconds(5), Duration.ofMinutes(15));
    static final int MAX_KEYS = 100_000;
    private static final Duration MEMORY = Duration.ofHours(1);

    private final Clock clock;
    private final Counter fromOneClient;
    private final Counter fromAnywhere;
    private final Counter anyEmail;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.fromOneClient = new Counter(FROM_ONE_CLIENT);
        this.fromAnywhere = new Counter(FROM_ANYWHERE);
        this.anyEmail = new Counter(ANY_EMAIL);
    }

    static boolean acceptableEmail(String email) {
        return email.length() <= MAX_EMAIL_LENGTH;
    }

    /** How long this attempt must wait; empty when it may go ahead now. */
    Optional<Duration> waitBefore(Authentication attempt) {
        var now = clock.instant();
        return keys(attempt)
                .map(key -> key.counter().nextAttempt(key.value()))
                .flatMap(Optional::stream)
                .filter(next -> next.isAfter(now))
                .max(Instant::compareTo)
                .map(next -> Duration.between(now, next));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        var now = clock.instant();
        keys(event.getAuthentication()).forEach(key -> key.counter().fail(key.value(), now));
    }

    /** The owner got in: their email's failures are forgotten; the client's stay counted. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        var attempt = event.getAuthentication();
        var email = emailKey(attempt.getName());
        fromOneClient.forget(email + "|" + client(attempt));
        fromAnywhere.forget(email);
    }

    private Stream<Key> keys(Authentication attempt) {
        var client = client(attempt);
        var name = String.valueOf(attempt.getName());
        if (!acceptableEmail(name)) {
            return Stream.of(new Key(anyEmail, client));
        }
        var email = emailKey(name);
        return Stream.of(new Key(fromOneClient, email + "|" + client), new Key(fromAnywhere, email),
                new Key(anyEmail, client));
    }

    private static String emailKey(String email) {
        return SecretTokens.hash(Accounts.normalizeEmail(email));
    }

    private static String client(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    private record Key(Counter counter, String value) {
    }

    private record Failures(int count, Instant last) {
    }

    /** Failures per key, bounded in number and age. */
    private static final class Counter {

        private final SignInDelay delay;
        private final Cache<String, Failures> failures = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(MEMORY)
                .build();

        Counter(SignInDelay delay) {
            this.delay = delay;
        }

        Optional<Instant> nextAttempt(String key) {
            return Optional.ofNullable(failures.getIfPresent(key))
                    .map(counted -> delay.nextAttempt(counted.count(), counted.last()));
        }

        void fail(String key, Instant now) {
            failures.asMap().merge(key, new Failures(1, now),
                    (counted, one) -> new Failures(counted.count() + 1, now));
        }

        void forget(String key) {
            failures.invalidate(key);
        }
    }
}
