package org.convene.live;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * One open stream, written with the servlet container's non-blocking output: a frame is written when
 * the connection can take it, by whichever thread finds it ready (the one that queued the frame, or
 * the container once an earlier write has gone out), so no thread ever waits for a browser. Frames
 * queue in order; a stream that falls too far behind is dropped and will reconnect and catch up. A
 * stream that cannot be written to is completed at once, so the person leaves the room with it.
 */
final class Subscriber implements WriteListener, AsyncListener {

    private static final int MAX_PENDING = 1024;
    private static final Frame CONNECTED = Frame.comment("connected");
    private static final Frame HEARTBEAT = Frame.comment("keep-alive");

    private final String streamId;
    private final String topic;
    private final Viewer viewer;
    private final AsyncContext async;
    private final ServletOutputStream out;
    private final Consumer<Subscriber> onGone;
    private final Queue<Frame> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    /** Requests to write that arrived while one was under way: the writer goes round again for them. */
    private final AtomicInteger drainRequests = new AtomicInteger();
    private final AtomicBoolean gone = new AtomicBoolean();
    /** Until the write listener is set, the output would block: nothing is written before. */
    private volatile boolean started;

    /**
     * A stream on a response whose headers are sent; it starts writing (the comment that opens the
     * browser's event source, then anything queued meanwhile) once {@link #start} hands it the output.
     */
    Subscriber(String streamId, String topic, Viewer viewer, AsyncContext async, Consumer<Subscriber> onGone)
            throws IOException {
        this.streamId = streamId;
        this.topic = topic;
        this.viewer = viewer;
        this.async = async;
        this.out = async.getResponse().getOutputStream();
        this.onGone = onGone;
        async.addListener(this);
        enqueue(CONNECTED);
    }

    /** From here on the container calls {@link #onWritePossible} whenever the connection can take more. */
    void start() {
        started = true;
        out.setWriteListener(this);
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

    /** Queues the event as this stream's audience sees it; {@link #write} sends it. */
    void offer(Delivery delivery) {
        delivery.frameFor(viewer.audience()).ifPresent(this::enqueue);
    }

    void offer(long id, LiveMessage message) {
        enqueue(Frame.of(id, message));
    }

    void heartbeat() {
        enqueue(HEARTBEAT);
        write();
    }

    void close() {
        if (markGone()) {
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // the container ended the request first (the connection failed)
            }
        }
    }

    /**
     * Writes what is queued for as long as the connection takes it without waiting. One writer at a
     * time; a call that finds another under way leaves the work to it, and it goes round again.
     */
    void write() {
        if (!started || drainRequests.getAndIncrement() != 0) {
            return;
        }
        int requests = 1;
        do {
            writeWhileReady();
            requests = drainRequests.addAndGet(-requests);
        } while (requests != 0);
    }

    private void writeWhileReady() {
        try {
            while (!gone.get() && !pending.isEmpty() && out.isReady()) {
                Frame outgoing = pending.poll();
                pendingCount.decrementAndGet();
                out.write(outgoing.buffer());
            }
        } catch (IOException | IllegalStateException e) {
            close();
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
    }

    @Override
    public void onWritePossible() {
        write();
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        markGone();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the stream's request is started once
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
