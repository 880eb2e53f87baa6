package org.convene.live;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a topic who is present when that changed. People arrive in bursts (a clinic starting, a
 * network blip reconnecting everyone): changes within {@link #SETTLE_MILLIS} make one announcement,
 * and none at all when the set of people is what was announced last.
 */
@Component
class PresenceAnnouncer {

    static final String PRESENCE_CHANGED = "presence-changed";
    private static final long SETTLE_MILLIS = 150;

    private final PresenceLedger ledger;
    private final ObjectProvider<LiveEvents> live;
    private final Clock clock;
    private final Map<String, Boolean> scheduled = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> announced = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "presence-announcer");
        thread.setDaemon(true);
        return thread;
    });

    PresenceAnnouncer(PresenceLedger ledger, ObjectProvider<LiveEvents> live, Clock clock) {
        this.ledger = ledger;
        this.live = live;
        this.clock = clock;
    }

    void changed(String topic) {
        // Streams closing as the application stops leave nobody to tell.
        if (timer.isShutdown()) {
            return;
        }
        if (scheduled.putIfAbsent(topic, Boolean.TRUE) == null) {
            timer.schedule(() -> announce(topic), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void announce(String topic) {
        scheduled.remove(topic);
        Set<Long> present = ledger.present(topic, clock.instant());
        Set<Long> before = present.isEmpty() ? announced.remove(topic) : announced.put(topic, present);
        if (!present.equals(before == null ? Set.of() : before)) {
            live.getObject().publish(topic, PRESENCE_CHANGED, new PresenceChanged(present));
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        timer.shutdownNow();
    }
}
