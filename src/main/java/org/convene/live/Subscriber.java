package org.convene.live;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream. Messages queue here and are written in order by one writer at a time from a
 * shared pool, so publishing never waits for a browser; one that falls too far behind is
 * dropped and will reconnect and catch up. A stream that cannot be written to is completed at
 * once, so its request ends and the person leaves the room with it.
 */
final class Subscriber {

    private static final int MAX_PENDING = 1024;
    private static final Frame HEARTBEAT = Frame.keepAlive("keep-alive");

    private final String streamId;
    private final String topic;
    private final Viewer viewer;
    private final SseEmitter emitter;
    private final Executor writers;
    private final Consumer<Subscriber> onGone;
    private final Queue<Frame> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean gone = new AtomicBoolean();

    Subscriber(String streamId, String topic, Viewer viewer, SseEmitter emitter, Executor writers,
            Consumer<Subscriber> onGone) {
        this.streamId = streamId;
        this.topic = topic;
        this.viewer = viewer;
        this.emitter = emitter;
        this.writers = writers;
        this.onGone = onGone;
        emitter.onCompletion(this::markGone);
        emitter.onTimeout(this::markGone);
        emitter.onError(error -> markGone());
    }

    String streamId() {
        return streamId;
    }

    String topic() {
        return topic;
    }

    Viewer viewer() {
        return viewer;
    }

    void offer(Delivery delivery) {
        delivery.frameFor(viewer.audience()).ifPresent(this::enqueue);
    }

    void offer(long id, LiveMessage message) {
        enqueue(Frame.of(id, message));
    }

    void heartbeat() {
        enqueue(HEARTBEAT);
    }

    void close() {
        if (markGone()) {
            emitter.complete();
        }
    }

    private void enqueue(Frame outgoing) {
        if (gone.get()) {
            return;
        }
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            close();
            return;
        }
        pending.add(outgoing);
        scheduleWriter();
    }

    private void scheduleWriter() {
        if (writing.compareAndSet(false, true)) {
            writers.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Frame outgoing;
            while (!gone.get() && (outgoing = pending.poll()) != null) {
                pendingCount.decrementAndGet();
                emitter.send(outgoing);
            }
        } catch (IOException | IllegalStateException e) {
            if (markGone()) {
                emitter.completeWithError(e);
            }
        } finally {
            writing.set(false);
        }
        if (!gone.get() && !pending.isEmpty()) {
            scheduleWriter();
        }
    }

    /** True for the one call that found the stream still open. */
    private boolean markGone() {
        if (gone.compareAndSet(false, true)) {
            pending.clear();
            onGone.accept(this);
            return true;
        }
        return false;
    }
}
