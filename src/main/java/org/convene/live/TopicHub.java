package org.convene.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The streams open on this node, by topic, and each topic's recent events. An event arriving here
 * is rendered once per audience among the topic's streams and queued on each of them; presence
 * follows the streams as they open, close, stop beating or lose their credential.
 */
@Component
class TopicHub {

    static final String RESET = LiveStreams.RESET;
    /** Stands for "nothing happened yet" in a topic's recent events; sent to nobody. */
    static final String MARK = "mark";
    /** A page beats every {@link LivePresence#BEAT_EVERY}: missing two beats and a half is leaving. */
    static final Duration LAPSED_AFTER = Duration.ofSeconds(25);
    private static final int KEPT_PER_TOPIC = 512;
    static final String EVENT_STREAM = "text/event-stream;charset=UTF-8";

    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Map<String, Subscriber> byStream = new ConcurrentHashMap<>();
    private final PresenceLedger ledger;
    private final PresenceAnnouncer announcer;
    private final Clock clock;
    private final EventIds ids;
    private final StreamQuota quota;

    TopicHub(PresenceLedger ledger, PresenceAnnouncer announcer, Clock clock, EventIds ids,
            @Value("${convene.live.max-streams-per-person:50}") int maxStreamsPerPerson) {
        this.ledger = ledger;
        this.announcer = announcer;
        this.clock = clock;
        this.ids = ids;
        this.quota = new StreamQuota(maxStreamsPerPerson);
    }

    /**
     * Opens a stream on the request: the headers go out at once, so the browser's event source opens
     * without waiting for an event; then the request continues asynchronously, written by
     * {@link Subscriber} until the browser or the server ends it.
     */
    void open(HttpServletRequest request, HttpServletResponse response, String topic, Viewer viewer,
            long lastSeenId) throws IOException {
        quota.open(viewer.personId());
        String streamId = viewer.beatKey() != null ? viewer.beatKey() : UUID.randomUUID().toString();
        Subscriber subscriber;
        try {
            response.setContentType(EVENT_STREAM);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            // Through the response as the filters see it, so that their headers are sent with it.
            response.flushBuffer();
            var async = request.startAsync();
            async.setTimeout(0);
            subscriber = new Subscriber(streamId, topic, viewer, async, this::gone);
        } catch (IOException | RuntimeException failed) {
            quota.closed(viewer.personId());
            throw failed;
        }
        // The same page reconnecting: its earlier stream may not know yet that it is dead.
        var earlier = byStream.put(streamId, subscriber);
        if (earlier != null) {
            earlier.close();
        }
        var entry = topic(topic);
        // Catch-up and joining happen under the topic's lock, so that no event falls between the two.
        synchronized (entry) {
            if (lastSeenId != 0) {
                entry.recent.after(lastSeenId).ifPresentOrElse(
                        missed -> missed.forEach(subscriber::offer),
                        () -> subscriber.offer(lastSeenId, new LiveMessage(RESET, "{}")));
            }
            entry.subscribers.add(subscriber);
        }
        subscriber.start();
        ledger.arrive(streamId, topic, viewer.personId(), viewer.beatKey() != null, clock.instant());
        announcer.changed(topic);
    }

    /** Delivers an event (from this node or another) to the streams open here. */
    void deliver(LiveEvent event) {
        var entry = topic(event.topic());
        // Two publishers of one topic racing would otherwise queue their events in different orders
        // on different streams, and in another order again in the recent events a browser catches up
        // from. Rendering happens once per audience; offering only queues.
        List<Subscriber> receivers;
        synchronized (entry) {
            var delivery = new Delivery(event);
            entry.recent.add(delivery);
            receivers = List.copyOf(entry.subscribers);
            for (var subscriber : receivers) {
                subscriber.offer(delivery);
            }
        }
        // Written outside the lock: the next event of the topic queues meanwhile, in its order.
        receivers.forEach(Subscriber::write);
    }

    /** The latest event delivered on {@code topic}, or a mark standing for "nothing yet" that catch-up knows. */
    long position(String topic) {
        var entry = topic(topic);
        synchronized (entry) {
            return entry.recent.latest().orElseGet(() -> {
                var mark = new Delivery(new LiveEvent(topic, ids.next(), MARK, "{}"));
                entry.recent.add(mark);
                return mark;
            }).id();
        }
    }

    /**
     * A page's heartbeat, on whichever node it lands. A page whose beats came late (a busy server,
     * a sleeping laptop) and that was counted out is counted in again while its stream is open here.
     */
    boolean beat(String streamId) {
        if (ledger.beat(streamId, clock.instant())) {
            return true;
        }
        var subscriber = byStream.get(streamId);
        if (subscriber == null) {
            return false;
        }
        ledger.arrive(streamId, subscriber.topic(), subscriber.viewer().personId(), true, clock.instant());
        announcer.changed(subscriber.topic());
        return true;
    }

    /** A page going away says so: it leaves at once rather than when its connection is found closed. */
    void leave(String streamId) {
        var subscriber = byStream.get(streamId);
        if (subscriber != null) {
            subscriber.close();
        }
    }

    void closeOpenedWith(String credential) {
        byStream.values().stream().filter(subscriber -> subscriber.viewer().credential().equals(credential))
                .toList().forEach(Subscriber::close);
    }

    int openStreams() {
        return byStream.size();
    }

    @Scheduled(fixedDelayString = "${convene.live.heartbeat-ms:10000}")
    void keepAlive() {
        byStream.values().forEach(Subscriber::heartbeat);
        ledger.refresh(byStream.keySet(), clock.instant());
    }

    /**
     * People whose page stopped beating (network lost, laptop closed) leave the room, on every node.
     * Their streams stay open: a late beat counts them in again, and a dead connection ends when a
     * keep-alive cannot be written. A stream whose page reconnected to another node is closed here.
     */
    @Scheduled(fixedDelayString = "${convene.live.sweep-ms:5000}")
    void sweep() {
        for (var lapsed : ledger.sweep(clock.instant().minus(LAPSED_AFTER))) {
            announcer.changed(lapsed.topic());
        }
        for (String streamId : ledger.takenOver(List.copyOf(byStream.keySet()))) {
            var subscriber = byStream.get(streamId);
            if (subscriber != null) {
                subscriber.close();
            }
        }
    }

    /** Open streams would otherwise hold shutdown for as long as the server waits for requests. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        List.copyOf(byStream.values()).forEach(Subscriber::close);
    }

    private void gone(Subscriber subscriber) {
        quota.closed(subscriber.viewer().personId());
        var entry = topics.get(subscriber.topic());
        if (entry != null) {
            entry.subscribers.remove(subscriber);
        }
        if (byStream.remove(subscriber.streamId(), subscriber)) {
            ledger.leave(subscriber.streamId());
            announcer.changed(subscriber.topic());
        }
    }

    private Topic topic(String name) {
        return topics.computeIfAbsent(name, key -> new Topic());
    }

    private static final class Topic {
        final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        final RecentEvents recent = new RecentEvents(KEPT_PER_TOPIC);
    }
}
