package org.convene.web;

import java.time.Duration;

/**
 * Someone asks faster than a limit allows (posting, opening streams): 429 with {@code Retry-After},
 * and a message from the bundles that may name the seconds to wait ({0}).
 */
public class TooManyRequestsException extends RuntimeException {

    private final String messageKey;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String messageKey, Duration retryAfter) {
        super(messageKey);
        this.messageKey = messageKey;
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public String messageKey() {
        return messageKey;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
