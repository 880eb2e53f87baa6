package org.convene.live;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One event as the bytes of the server-sent event stream, encoded once and written alike to every
 * stream of an audience: a room of 1,000 writes the same bytes 1,000 times instead of formatting the
 * event 1,000 times.
 */
final class Frame implements SseEmitter.SseEventBuilder {

    private static final MediaType BYTES = MediaType.APPLICATION_OCTET_STREAM;

    private final byte[] bytes;

    private Frame(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code id}, {@code event} and one {@code data} line per line of the message, as the format asks. */
    static Frame of(long id, LiveMessage message) {
        var text = new StringBuilder(message.data().length() + 64);
        text.append("id:").append(id).append('\n').append("event:").append(message.name()).append('\n');
        for (String line : message.data().split("\r\n|\r|\n", -1)) {
            text.append("data:").append(line).append('\n');
        }
        text.append('\n');
        return new Frame(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Frame keepAlive(String text) {
        return new Frame((":" + text + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Set<ResponseBodyEmitter.DataWithMediaType> build() {
        return Set.of(new ResponseBodyEmitter.DataWithMediaType(bytes, BYTES));
    }

    /** A frame's bytes are final: nothing can be added to them. */
    private static SseEmitter.SseEventBuilder alreadyEncoded() {
        throw new UnsupportedOperationException("a frame is encoded once");
    }

    @Override
    public SseEmitter.SseEventBuilder id(String id) {
        return alreadyEncoded();
    }

    @Override
    public SseEmitter.SseEventBuilder name(String eventName) {
        return alreadyEncoded();
    }

    @Override
    public SseEmitter.SseEventBuilder reconnectTime(long reconnectTimeMillis) {
        return alreadyEncoded();
    }

    @Override
    public SseEmitter.SseEventBuilder comment(String comment) {
        return alreadyEncoded();
    }

    @Override
    public SseEmitter.SseEventBuilder data(Object object) {
        return alreadyEncoded();
    }

    @Override
    public SseEmitter.SseEventBuilder data(Object object, MediaType mediaType) {
        return alreadyEncoded();
    }
}
