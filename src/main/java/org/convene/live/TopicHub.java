package org.convene.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

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
    /**
     * Response buffer of a stream. Jetty keeps a buffer of the response's size (32 KB by default) for
     * the whole life of the response; events are a few hundred bytes and are flushed one by one.
     */
    static final int STREAM_BUFFER_BYTES = 2048;

    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Map<String, Subscriber> byStream = new ConcurrentHashMap<>();
    private final ExecutorService writers = Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), daemonThreads());
    private final PresenceLedger ledger;
    private final PresenceAnnouncer announcer;
    private final Clock clock;
    private final EventIds ids;

    TopicHub(PresenceLedger ledger, PresenceAnnouncer announcer, Clock clock, EventIds ids) {
        this.ledger = ledger;
        this.announcer = announcer;
        this.clock = clock;
        this.ids = ids;
    }

    SseEmitter open(String topic, Viewer viewer, long lastSeenId) {
        shrinkResponseBuffer();
        var emitter = new SseEmitter(0L);
        var entry = topic(topic);
        // A first comment commits the response at once, so the browser's EventSource opens without
        // waiting for an event. Sent here, on the request's thread, before the emitter is handed to
        // Spring MVC (it is buffered until then), not by a writer racing the request's own dispatch.
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        String streamId = viewer.beatKey() != null ? viewer.beatKey() : UUID.randomUUID().toString();
        var subscriber = new Subscriber(streamId, topic, viewer, emitter, writers, this::gone);
        // The same page reconnecting: its earlier stream may not know yet that it is dead.
        var earlier = byStream.put(streamId, subscriber);
        if (earlier != null) {
            earlier.close();
        }
        // Catch-up and joining happen under the topic's lock, so that no event falls between the two.
        synchronized (entry) {
            if (lastSeenId != 0) {
                entry.recent.after(lastSeenId).ifPresentOrElse(
                        missed -> missed.forEach(subscriber::offer),
                        () -> subscriber.offer(lastSeenId, new LiveMessage(RESET, "{}")));
            }
            entry.subscribers.add(subscriber);
        }
        ledger.arrive(streamId, topic, viewer.personId(), viewer.beatKey() != null, clock.instant());
        announcer.changed(topic);
        return emitter;
    }

    /** Delivers an event (from this node or another) to the streams open here. */
    void deliver(LiveEvent event) {
        var entry = topic(event.topic());
        // Two publishers of one topic racing would otherwise queue their events in different orders
        // on different streams, and in another order again in the recent events a browser catches up
        // from. Rendering happens once per audience; offering only queues.
        synchronized (entry) {
            var delivery = new Delivery(event);
            entry.recent.add(delivery);
            for (var subscriber : entry.subscribers) {
                subscriber.offer(delivery);
            }
        }
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
        writers.shutdown();
    }

    private void gone(Subscriber subscriber) {
        var entry = topics.get(subscriber.topic());
        if (entry != null) {
            entry.subscribers.remove(subscriber);
        }
        if (byStream.remove(subscriber.streamId(), subscriber)) {
            ledger.leave(subscriber.streamId());
            announcer.changed(subscriber.topic());
        }
    }

    /** On the request's thread, before anything is written (afterwards the server refuses). */
    private static void shrinkResponseBuffer() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            try {
                attributes.getResponse().setBufferSize(STREAM_BUFFER_BYTES);
            } catch (IllegalStateException alreadyWritten) {
                // keep the server's buffer
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, "sse-writer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private Topic topic(String name) {
        return topics.computeIfAbsent(name, key -> new Topic());
    }

    private static final class Topic {
        final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        final RecentEvents recent = new RecentEvents(KEPT_PER_TOPIC);
    }
}
