package org.convene.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads one server-sent event stream byte by byte: the HTTP/1.1 response head, the chunked
 * framing (when the server uses it), then the SSE lines. For a {@link Recorder}, each complete event
 * whose data carries a driver marker ({@code bench#<seq>#<sentNanos>#}) is reported with the time its
 * last byte was read, without decoding the rest; an {@link EventListener} gets every event whole, as a
 * browser's {@code EventSource} dispatches it. Not thread safe: one parser per stream, fed by one
 * thread at a time.
 */
final class SseEventParser {

    /** Whoever holds the stream: told when it ends or cannot open. */
    interface Listener {
        void failed(int stream, String reason);
    }

    interface Recorder extends Listener {
        void delivered(int stream, long seq, long sentNanos, long receivedNanos);
    }

    interface EventListener extends Listener {
        /** A dispatched event: its {@code id} (the last one the stream named), type and data lines joined by newlines. */
        void event(int stream, String id, String type, String data, long receivedNanos);
    }

    private static final byte[] MARKER = "bench#".getBytes(StandardCharsets.US_ASCII);

    private enum State { HEAD, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, BODY, DONE }

    private final int stream;
    private final Listener recorder;
    private State state;
    private final StringBuilder head = new StringBuilder(256);
    private long chunkRemaining;
    private long chunkSize;
    private boolean chunkSizeDone;
    private byte[] line = new byte[512];
    private int lineLength;
    private long pendingSeq = -1;
    private long pendingSent;
    private String lastEventId = "";
    private String eventType = "";
    private byte[] data = new byte[0];
    private int dataLength = -1;
    private volatile boolean open;

    /** @param withHead false when the HTTP layer (e.g. the JDK client) already consumed head and framing */
    SseEventParser(int stream, Listener recorder, boolean withHead) {
        this.stream = stream;
        this.recorder = recorder;
        this.state = withHead ? State.HEAD : State.BODY;
    }

    /** For a client that reads the response head itself: the stream answered 200. */
    void opened() {
        open = true;
    }

    boolean isOpen() {
        return open;
    }

    boolean isDone() {
        return state == State.DONE;
    }

    void feed(ByteBuffer buffer, long now) {
        while (buffer.hasRemaining() && state != State.DONE) {
            byte b = buffer.get();
            switch (state) {
                case HEAD -> head(b);
                case CHUNK_SIZE -> chunkSize(b);
                case CHUNK_DATA -> {
                    sse(b, now);
                    // bulk copy would be faster; the per-byte path keeps the parser obvious
                    if (--chunkRemaining == 0) {
                        state = State.CHUNK_END;
                        chunkRemaining = 2;
                    }
                }
                case CHUNK_END -> {
                    if (--chunkRemaining == 0) {
                        state = State.CHUNK_SIZE;
                        chunkSize = 0;
                        chunkSizeDone = false;
                    }
                }
                case BODY -> sse(b, now);
                default -> { }
            }
        }
    }

    /** The connection ended (by the server or an error). */
    void ended(String reason) {
        if (state != State.DONE) {
            state = State.DONE;
            open = false;
            recorder.failed(stream, reason);
        }
    }

    private void head(byte b) {
        head.append((char) b);
        int n = head.length();
        if (n >= 4 && head.charAt(n - 1) == '\n' && head.charAt(n - 2) == '\r'
                && head.charAt(n - 3) == '\n' && head.charAt(n - 4) == '\r') {
            var text = head.toString();
            var statusLine = text.substring(0, text.indexOf('\r'));
            if (!statusLine.contains(" 200")) {
                state = State.DONE;
                recorder.failed(stream, "status: " + statusLine);
                return;
            }
            open = true;
            state = text.toLowerCase().contains("transfer-encoding: chunked") ? State.CHUNK_SIZE : State.BODY;
        } else if (n > 16_384) {
            state = State.DONE;
            recorder.failed(stream, "response head too long");
        }
    }

    private void chunkSize(byte b) {
        if (b == '\n') {
            if (chunkSize == 0) {
                ended("server ended the stream");
            } else {
                chunkRemaining = chunkSize;
                state = State.CHUNK_DATA;
            }
        } else if (b == ';' || b == '\r' || b == ' ') {
            chunkSizeDone = true;
        } else if (!chunkSizeDone) {
            chunkSize = chunkSize * 16 + Character.digit(b, 16);
        }
    }

    private void sse(byte b, long now) {
        if (recorder instanceof EventListener listener) {
            wholeEvent(b, now, listener);
            return;
        }
        if (b == '\n') {
            if (lineLength == 0) {
                if (pendingSeq >= 0) {
                    ((Recorder) recorder).delivered(stream, pendingSeq, pendingSent, now);
                    pendingSeq = -1;
                }
            } else if (startsWithData()) {
                marker();
            }
            lineLength = 0;
        } else if (b != '\r') {
            if (lineLength == line.length) {
                line = java.util.Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
        }
    }

    /** The event stream format's field rules (WHATWG HTML, "Interpreting an event stream"), for the fields a server sends. */
    private void wholeEvent(byte b, long now, EventListener listener) {
        if (b != '\n') {
            if (b != '\r') {
                if (lineLength == line.length) {
                    line = java.util.Arrays.copyOf(line, line.length * 2);
                }
                line[lineLength++] = b;
            }
            return;
        }
        if (lineLength == 0) {
            if (dataLength >= 0) {
                listener.event(stream, lastEventId, eventType.isEmpty() ? "message" : eventType,
                        new String(data, 0, dataLength, StandardCharsets.UTF_8), now);
            }
            dataLength = -1;
            eventType = "";
            return;
        }
        int colon = 0;
        while (colon < lineLength && line[colon] != ':') {
            colon++;
        }
        int valueStart = colon + 1 < lineLength && line[colon + 1] == ' ' ? colon + 2 : colon + 1;
        int valueLength = Math.max(0, lineLength - valueStart);
        var field = new String(line, 0, colon, StandardCharsets.US_ASCII);
        switch (field) {
            case "data" -> {
                int needed = Math.max(dataLength, 0) + 1 + valueLength;
                if (needed > data.length) {
                    data = java.util.Arrays.copyOf(data, Math.max(needed, data.length * 2));
                }
                if (dataLength >= 0) {
                    data[dataLength++] = '\n';
                } else {
                    dataLength = 0;
                }
                System.arraycopy(line, valueStart, data, dataLength, valueLength);
                dataLength += valueLength;
            }
            case "event" -> eventType = new String(line, valueStart, valueLength, StandardCharsets.UTF_8);
            case "id" -> lastEventId = new String(line, valueStart, valueLength, StandardCharsets.UTF_8);
            default -> { } // a comment (empty field name, e.g. the keep-alive) or "retry"
        }
        lineLength = 0;
    }

    private boolean startsWithData() {
        return lineLength >= 5 && line[0] == 'd' && line[1] == 'a' && line[2] == 't' && line[3] == 'a'
                && line[4] == ':';
    }

    private void marker() {
        outer:
        for (int i = 5; i + MARKER.length < lineLength; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (line[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            int p = i + MARKER.length;
            long seq = 0;
            while (p < lineLength && line[p] != '#') {
                seq = seq * 10 + (line[p++] - '0');
            }
            p++;
            long sent = 0;
            boolean negative = p < lineLength && line[p] == '-';
            if (negative) {
                p++;
            }
            while (p < lineLength && line[p] != '#') {
                sent = sent * 10 + (line[p++] - '0');
            }
            pendingSeq = seq;
            pendingSent = negative ? -sent : sent;
            return;
        }
    }
}
