package org.convene.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #ATTEMPTS} failed sign-ins for one email within
 * {@link #WINDOW}, that email is locked until attempts refill (one every three minutes).
 */
@Component
class LoginThrottle {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

    boolean isLocked(String email) {
        var bucket = failures.get(Accounts.normalizeEmail(email));
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        var email = Accounts.normalizeEmail(String.valueOf(event.getAuthentication().getName()));
        failures.computeIfAbsent(email, key -> newBucket()).tryConsume(1);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(Accounts.normalizeEmail(event.getAuthentication().getName()));
    }

    private static Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(ATTEMPTS).refillGreedy(ATTEMPTS, WINDOW).build())
                .build();
    }
}
