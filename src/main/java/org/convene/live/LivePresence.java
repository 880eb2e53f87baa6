package org.convene.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * Who has a topic open, across nodes: the people holding at least one live stream on it. A page
 * beats every {@link #BEAT_EVERY}; one whose beats stop (a lost network, a closed laptop) leaves
 * within half a minute, as does one whose connection closes (a closed tab).
 */
@Service
public class LivePresence {

    /** How often a page says it is still there. */
    public static final Duration BEAT_EVERY = Duration.ofSeconds(10);
    private static final Pattern PAGE_KEY = Pattern.compile("[A-Za-z0-9-]{32,64}");

    private final PresenceLedger ledger;
    private final Clock clock;

    LivePresence(PresenceLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public Set<Long> present(String topic) {
        return ledger.present(topic, clock.instant());
    }

    /**
     * A page's key, if it is one: a random key the page was rendered with (a UUID), which names its
     * stream, its heartbeats and its goodbye. Only that page knows it.
     */
    public static Optional<String> pageKey(String key) {
        return PAGE_KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    /** Where a page with {@code pageKey} beats, every {@link #BEAT_EVERY}; its goodbye is this and {@code /leave}. */
    public static String beatPath(String pageKey) {
        return LiveBeats.BEATS + pageKey;
    }
}
