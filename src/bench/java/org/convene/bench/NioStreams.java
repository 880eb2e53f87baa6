package org.convene.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds every stream on plain non-blocking sockets, all read by one selector thread: the cheapest
 * client we can write, so the driver takes as little of the two cores from the server as possible.
 */
final class NioStreams implements StreamClient {

    private final InetSocketAddress address;
    private final String hostHeader;
    private final int connectConcurrency;
    private final List<Stream> streams = new ArrayList<>();
    private final Selector selector;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private volatile boolean running = true;
    private int nextToOpen;
    private int connecting;
    private Thread thread;

    private static final class Stream {
        final int index;
        final byte[] request;
        final SseEventParser parser;
        SocketChannel channel;
        ByteBuffer out;

        Stream(int index, byte[] request, SseEventParser parser) {
            this.index = index;
            this.request = request;
            this.parser = parser;
        }
    }

    NioStreams(String host, int port, int connectConcurrency) throws IOException {
        this.address = new InetSocketAddress(host, port);
        this.hostHeader = host + ":" + port;
        this.connectConcurrency = connectConcurrency;
        this.selector = Selector.open();
    }

    @Override
    public void add(int index, String path, List<String> headers, SseEventParser.Listener listener) {
        var request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: ").append(hostHeader)
                .append("\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n");
        headers.forEach(header -> request.append(header).append("\r\n"));
        request.append("\r\n");
        streams.add(new Stream(index, request.toString().getBytes(StandardCharsets.ISO_8859_1),
                new SseEventParser(index, listener, true)));
    }

    @Override
    public void start() {
        thread = new Thread(this::loop, "sse-streams");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public int openStreams() {
        int n = 0;
        for (var stream : streams) {
            if (stream.parser.isOpen()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public int settledStreams() {
        int n = 0;
        for (var stream : streams) {
            if (stream.parser.isOpen() || stream.parser.isDone()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (var stream : streams) {
            if (stream.channel != null) {
                try {
                    stream.channel.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }

    private void loop() {
        try {
            while (running) {
                openMore();
                selector.select(50);
                long now = System.nanoTime();
                var keys = selector.selectedKeys();
                for (var key : keys) {
                    var stream = (Stream) key.attachment();
                    try {
                        if (!key.isValid()) {
                            continue;
                        }
                        if (key.isConnectable()) {
                            stream.channel.finishConnect();
                            key.interestOps(SelectionKey.OP_WRITE);
                        } else if (key.isWritable()) {
                            stream.channel.write(stream.out);
                            if (!stream.out.hasRemaining()) {
                                stream.out = null;
                                key.interestOps(SelectionKey.OP_READ);
                            }
                        } else if (key.isReadable()) {
                            read(stream, key, now);
                        }
                    } catch (IOException e) {
                        fail(stream, key, e.toString());
                    }
                }
                keys.clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void read(Stream stream, SelectionKey key, long now) throws IOException {
        boolean wasOpen = stream.parser.isOpen() || stream.parser.isDone();
        while (true) {
            readBuffer.clear();
            int n = stream.channel.read(readBuffer);
            if (n < 0) {
                fail(stream, key, "connection closed by the server");
                return;
            }
            if (n == 0) {
                break;
            }
            readBuffer.flip();
            stream.parser.feed(readBuffer, now);
            if (n < readBuffer.capacity()) {
                break;
            }
        }
        if (!wasOpen && (stream.parser.isOpen() || stream.parser.isDone())) {
            connecting--;
        }
        if (stream.parser.isDone()) {
            key.cancel();
            stream.channel.close();
        }
    }

    private void fail(Stream stream, SelectionKey key, String reason) {
        if (!stream.parser.isOpen() && !stream.parser.isDone()) {
            connecting--;
        }
        stream.parser.ended(reason);
        key.cancel();
        try {
            stream.channel.close();
        } catch (IOException ignored) {
            // already failed
        }
    }

    private void openMore() throws IOException {
        while (nextToOpen < streams.size() && connecting < connectConcurrency) {
            var stream = streams.get(nextToOpen++);
            var channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            stream.channel = channel;
            stream.out = ByteBuffer.wrap(stream.request);
            connecting++;
            if (channel.connect(address)) {
                channel.register(selector, SelectionKey.OP_WRITE, stream);
            } else {
                channel.register(selector, SelectionKey.OP_CONNECT, stream);
            }
        }
    }
}
