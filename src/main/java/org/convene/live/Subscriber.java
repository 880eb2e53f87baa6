package org.convene.live;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream. Events queue here and are written in order by one writer at a time from a
 * shared pool, so publishing never waits for a browser; one that falls too far behind is
 * dropped and will reconnect and catch up.
 */
final class Subscriber {

    private static final int MAX_PENDING = 1024;
    private static final LiveEvent HEARTBEAT = new LiveEvent("", -1, "", "");

    private final SseEmitter emitter;
    private final Executor writers;
    private final Consumer<Subscriber> onGone;
    private final Queue<LiveEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean gone = new AtomicBoolean();

    Subscriber(SseEmitter emitter, Executor writers, Consumer<Subscriber> onGone) {
        this.emitter = emitter;
        this.writers = writers;
        this.onGone = onGone;
        emitter.onCompletion(this::markGone);
        emitter.onTimeout(this::markGone);
        emitter.onError(error -> markGone());
    }

    void offer(LiveEvent event) {
        if (gone.get()) {
            return;
        }
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            close();
            return;
        }
        pending.add(event);
        scheduleWriter();
    }

    void heartbeat() {
        offer(HEARTBEAT);
    }

    void close() {
        if (!gone.get()) {
            markGone();
            emitter.complete();
        }
    }

    private void scheduleWriter() {
        if (writing.compareAndSet(false, true)) {
            writers.execute(this::drain);
        }
    }

    private void drain() {
        try {
            LiveEvent event;
            while (!gone.get() && (event = pending.poll()) != null) {
                pendingCount.decrementAndGet();
                write(event);
            }
        } catch (IOException | IllegalStateException e) {
            markGone();
        } finally {
            writing.set(false);
        }
        if (!gone.get() && !pending.isEmpty()) {
            scheduleWriter();
        }
    }

    private void write(LiveEvent event) throws IOException {
        if (event == HEARTBEAT) {
            emitter.send(SseEmitter.event().comment("keep-alive"));
            return;
        }
        emitter.send(SseEmitter.event().id(Long.toString(event.id())).name(event.type())
                .data(event.data(), MediaType.TEXT_PLAIN));
    }

    private void markGone() {
        if (gone.compareAndSet(false, true)) {
            pending.clear();
            onGone.accept(this);
        }
    }
}
