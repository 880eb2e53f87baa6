package org.convene.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
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

/** The streams open on this node, by topic, and each topic's recent events. */
@Component
class TopicHub {

    static final String RESET = "reset";
    private static final int KEPT_PER_TOPIC = 512;
    /**
     * Response buffer of a stream. Jetty keeps a buffer of the response's size (32 KB by default) for
     * the whole life of the response; events are a few hundred bytes and are flushed one by one.
     */
    static final int STREAM_BUFFER_BYTES = 2048;

    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final ExecutorService writers = Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), daemonThreads());

    SseEmitter open(String topic, long lastSeenId) {
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
        var subscriber = new Subscriber(emitter, writers, entry.subscribers::remove);
        // Catch-up and joining happen under the topic's lock, so that no event falls between the two.
        synchronized (entry) {
            if (lastSeenId > 0) {
                entry.recent.after(lastSeenId).ifPresentOrElse(
                        missed -> missed.forEach(subscriber::offer),
                        () -> subscriber.offer(new LiveEvent(topic, lastSeenId, RESET, "{}")));
            }
            entry.subscribers.add(subscriber);
        }
        return emitter;
    }

    /** Delivers an event (from this node or another) to the streams open here. */
    void deliver(LiveEvent event) {
        var entry = topic(event.topic());
        // Two publishers of one topic racing would otherwise queue their events in different orders
        // on different streams, and in another order again in the recent events a browser catches up
        // from. Offering only queues, so the lock is held for microseconds even with 1,000 streams.
        synchronized (entry) {
            entry.recent.add(event);
            for (var subscriber : entry.subscribers) {
                subscriber.offer(event);
            }
        }
    }

    int openStreams() {
        return topics.values().stream().mapToInt(topic -> topic.subscribers.size()).sum();
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        topics.values().forEach(topic -> topic.subscribers.forEach(Subscriber::heartbeat));
    }

    /** Open streams would otherwise hold shutdown for as long as the server waits for requests. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        topics.values().forEach(topic -> List.copyOf(topic.subscribers).forEach(Subscriber::close));
        writers.shutdown();
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
