package org.convene.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "physical limit" for the live benchmark: a bare SSE broadcaster on the JDK alone, one thread
 * and one selector, no framework. {@code GET …/topics/{t}/events} opens a chunked
 * {@code text/event-stream}; {@code POST …/topics/{t}/publish} writes the posted JSON as one event
 * ({@code id}, {@code event: contribution}, {@code data}) to every stream of the topic, sharing one
 * direct buffer, then answers 202. Same wire format as Spring's {@code SseEmitter}, so the driver
 * reads both alike. Run: {@code java org.convene.bench.RawSseBroadcaster 18081}.
 *
 * <p>With {@code --room=<dir>} it plays Convene's room for {@link RoomLoadDriver} instead, from the
 * shapes captured from Convene in that directory ({@code room-page.html}, {@code room-event.html};
 * see {@code src/bench/room/README.md}): the sign-in form signs anyone in, {@code GET …/room} serves the
 * page, {@code …/events} opens the room's stream, a beat answers 204, and {@code POST
 * …/room/contributions} broadcasts the captured event with the posted text and a new contribution id,
 * as Convene's {@code room} event appends it. No rendering, no database, no session: what is left is
 * the cost of the bytes, the sockets and the driver.
 */
public final class RawSseBroadcaster {

    private static final byte[] STREAM_HEAD = ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] NOT_FOUND = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private static final String LOGIN_FORM = "<form method=\"post\" action=\"/login\">"
            + "<input type=\"hidden\" name=\"_csrf\" value=\"raw\"></form>";

    /** Convene's room page and its contribution event, with {base}, {key}, {id} and {text} to fill in. */
    private record RoomShape(String page, String event) {
    }

    private final RoomShape room;
    private final Selector selector;
    private final Map<String, List<Connection>> topics = new HashMap<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private long nextId = 1;

    private static final class Connection {
        final SocketChannel channel;
        final SelectionKey key;
        byte[] in = new byte[1024];
        int inLength;
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        boolean stream;

        Connection(SocketChannel channel, SelectionKey key) {
            this.channel = channel;
            this.key = key;
        }
    }

    private RawSseBroadcaster(int port, RoomShape room) throws IOException {
        this.room = room;
        selector = Selector.open();
        var server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", port), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18081;
        RoomShape room = null;
        if (args.length > 1 && args[1].startsWith("--room=")) {
            var dir = java.nio.file.Path.of(args[1].substring("--room=".length()));
            room = new RoomShape(java.nio.file.Files.readString(dir.resolve("room-page.html")),
                    java.nio.file.Files.readString(dir.resolve("room-event.html")));
        }
        System.out.println("raw SSE broadcaster on 127.0.0.1:" + port + (room == null ? "" : ", playing the room"));
        new RawSseBroadcaster(port, room).loop();
    }

    private void loop() throws IOException {
        while (true) {
            selector.select();
            var keys = selector.selectedKeys();
            for (var key : keys) {
                if (!key.isValid()) {
                    continue;
                }
                if (key.isAcceptable()) {
                    accept((ServerSocketChannel) key.channel());
                    continue;
                }
                var connection = (Connection) key.attachment();
                try {
                    if (key.isReadable()) {
                        read(connection);
                    }
                    if (key.isValid() && key.isWritable()) {
                        flush(connection);
                    }
                } catch (IOException e) {
                    close(connection);
                }
            }
            keys.clear();
        }
    }

    private void accept(ServerSocketChannel server) throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            var key = channel.register(selector, SelectionKey.OP_READ);
            key.attach(new Connection(channel, key));
        }
    }

    private void read(Connection connection) throws IOException {
        while (true) {
            readBuffer.clear();
            int n = connection.channel.read(readBuffer);
            if (n < 0) {
                close(connection);
                return;
            }
            if (n == 0) {
                break;
            }
            readBuffer.flip();
            if (connection.stream) {
                continue; // nothing expected from a stream's client
            }
            if (connection.inLength + n > connection.in.length) {
                connection.in = java.util.Arrays.copyOf(connection.in, Math.max(connection.in.length * 2,
                        connection.inLength + n));
            }
            readBuffer.get(connection.in, connection.inLength, n);
            connection.inLength += n;
        }
        while (!connection.stream && handleRequest(connection)) {
            // several pipelined requests may have arrived
        }
    }

    /** Handles one complete request at the start of the input, if there is one. */
    private boolean handleRequest(Connection connection) throws IOException {
        int headEnd = indexOfHeadEnd(connection.in, connection.inLength);
        if (headEnd < 0) {
            return false;
        }
        var head = new String(connection.in, 0, headEnd, StandardCharsets.ISO_8859_1);
        int contentLength = 0;
        for (var line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                contentLength = Integer.parseInt(line.substring(15).strip());
            }
        }
        int total = headEnd + 4 + contentLength;
        if (connection.inLength < total) {
            return false;
        }
        var requestLine = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n")).split(" ");
        var method = requestLine[0];
        var target = requestLine.length > 1 ? requestLine[1] : "/";
        var path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        var parts = path.split("/");
        var topic = parts.length >= 2 ? parts[parts.length - 2] : "";
        if (method.equals("GET") && path.endsWith("/events")) {
            connection.stream = true;
            topics.computeIfAbsent(topic, key -> new ArrayList<>()).add(connection);
            send(connection, ByteBuffer.wrap(STREAM_HEAD));
        } else if (room != null) {
            playRoom(connection, method, path, new String(connection.in, headEnd + 4, contentLength, StandardCharsets.UTF_8));
        } else if (method.equals("POST") && path.endsWith("/publish")) {
            broadcast(topic, connection.in, headEnd + 4, contentLength);
            send(connection, ByteBuffer.wrap(ACCEPTED));
        } else {
            send(connection, ByteBuffer.wrap(NOT_FOUND));
        }
        System.arraycopy(connection.in, total, connection.in, 0, connection.inLength - total);
        connection.inLength -= total;
        return true;
    }

    /** What Convene's room answers, from the captured shapes, for everything but the stream. */
    private void playRoom(Connection connection, String method, String path, String body) throws IOException {
        if (method.equals("GET") && path.equals("/login")) {
            send(connection, ByteBuffer.wrap(answer("200 OK", "text/html", LOGIN_FORM, "")));
        } else if (method.equals("POST") && path.equals("/login")) {
            send(connection, ByteBuffer.wrap(answer("302 Found", "text/html", "",
                    "Location: /\r\nSet-Cookie: JSESSIONID=raw" + nextId++ + "; Path=/; HttpOnly\r\n")));
        } else if (method.equals("GET") && path.endsWith("/room")) {
            var page = room.page().replace("{base}", path.substring(0, path.length() - "/room".length()))
                    .replace("{key}", java.util.UUID.randomUUID().toString());
            send(connection, ByteBuffer.wrap(answer("200 OK", "text/html;charset=UTF-8", page, "")));
        } else if (method.equals("POST") && path.contains("/presence/")) {
            send(connection, ByteBuffer.wrap(answer("204 No Content", "text/plain", "", "")));
        } else if (method.equals("POST") && path.endsWith("/room/contributions")) {
            var clinic = path.split("/")[4];
            long id = nextId++;
            var data = room.event().replace("{id}", Long.toString(id)).replace("{text}", escapeHtml(formField(body, "text")));
            var event = new StringBuilder("id:").append(id).append("\nevent:room\n");
            data.lines().forEach(line -> event.append("data:").append(line).append('\n'));
            writeToTopic(clinic, event.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            send(connection, ByteBuffer.wrap(answer("200 OK", "text/html;charset=UTF-8",
                    "<p class=\"status status--success\" role=\"status\" data-transient>Posted.</p>",
                    "HX-Trigger: clinic-posted\r\n")));
        } else {
            send(connection, ByteBuffer.wrap(NOT_FOUND));
        }
    }

    private static byte[] answer(String status, String type, String body, String headers) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n"
                + headers + "\r\n";
        var answer = java.util.Arrays.copyOf(head.getBytes(StandardCharsets.ISO_8859_1), head.length() + bytes.length);
        System.arraycopy(bytes, 0, answer, head.length(), bytes.length);
        return answer;
    }

    private static String formField(String body, String name) {
        for (var pair : body.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private void broadcast(String topic, byte[] body, int offset, int length) {
        writeToTopic(topic, ("id:" + nextId++ + "\nevent:contribution\ndata:"
                + new String(body, offset, length, StandardCharsets.UTF_8) + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** One chunk, in one shared direct buffer, to every stream of the topic. */
    private void writeToTopic(String topic, byte[] event) {
        var chunkHead = (Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        var shared = ByteBuffer.allocateDirect(chunkHead.length + event.length + 2);
        shared.put(chunkHead).put(event).put((byte) '\r').put((byte) '\n').flip();
        for (var connection : List.copyOf(topics.getOrDefault(topic, List.of()))) {
            try {
                send(connection, shared.duplicate());
            } catch (IOException e) {
                close(connection);
            }
        }
    }

    private void send(Connection connection, ByteBuffer buffer) throws IOException {
        if (connection.out.isEmpty()) {
            connection.channel.write(buffer);
            if (!buffer.hasRemaining()) {
                return;
            }
        }
        connection.out.add(buffer);
        connection.key.interestOps(connection.key.interestOps() | SelectionKey.OP_WRITE);
    }

    private void flush(Connection connection) throws IOException {
        while (!connection.out.isEmpty()) {
            var buffer = connection.out.peek();
            connection.channel.write(buffer);
            if (buffer.hasRemaining()) {
                return;
            }
            connection.out.poll();
        }
        connection.key.interestOps(SelectionKey.OP_READ);
    }

    private void close(Connection connection) {
        connection.key.cancel();
        if (connection.stream) {
            topics.values().forEach(list -> list.remove(connection));
        }
        try {
            connection.channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static int indexOfHeadEnd(byte[] bytes, int length) {
        for (int i = 0; i + 3 < length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
