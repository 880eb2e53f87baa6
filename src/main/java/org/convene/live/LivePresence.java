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
    private static final Pattern PAGE_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final PresenceLedger ledger;
    private final TopicHub hub;
    private final Clock clock;

    LivePresence(PresenceLedger ledger, TopicHub hub, Clock clock) {
        this.ledger = ledger;
        this.hub = hub;
        this.clock = clock;
    }

    public Set<Long> present(String topic) {
        return ledger.present(topic, clock.instant());
    }

    /**
     * The key a page's stream is known by: the page's own random key, within its signed-in account, so
     * that nobody can beat for (or close) someone else's stream. Empty for a key that is not a page's.
     */
    public static Optional<String> streamKey(long accountId, String pageKey) {
        return PAGE_KEY.matcher(pageKey).matches() ? Optional.of(accountId + "/" + pageKey)
                : Optional.empty();
    }

    /** A page's heartbeat for its stream; false when that stream is gone (the page will reconnect). */
    public boolean beat(String streamKey) {
        return hub.beat(streamKey);
    }

    /** A page going away (its tab closing) leaves the room now. */
    public void leave(String streamKey) {
        hub.leave(streamKey);
    }
}
