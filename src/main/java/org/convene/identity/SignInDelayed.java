package org.convene.identity;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused unread because too many attempts failed from where it comes; try again after a while. */
class SignInDelayed extends LockedException {

    private final Duration retryAfter;

    SignInDelayed(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as the {@code Retry-After} header counts them. */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toMillis() / 1000 + (retryAfter.toMillis() % 1000 == 0 ? 0 : 1));
    }
}
