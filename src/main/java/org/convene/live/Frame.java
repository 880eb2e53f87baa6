package org.convene.live;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One event as the bytes of the server-sent event stream, encoded once and written alike to every
 * stream of an audience: a room of 1,000 writes the same bytes 1,000 times instead of formatting the
 * event 1,000 times.
 */
final class Frame {

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

    /** A comment line, which browsers ignore: it keeps the connection in use and finds it closed. */
    static Frame comment(String text) {
        return new Frame((":" + text + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes to write, with a position of their own for each stream. */
    ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    int size() {
        return bytes.length;
    }
}
