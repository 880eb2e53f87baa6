package org.convene.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;

/**
 * The same streams on the JDK's {@link HttpClient} ({@code --transport=jdk}), kept to compare its
 * cost with {@link NioStreams}: each stream is a reactive body publisher drained on a small pool.
 */
final class JdkStreams implements StreamClient {

    private final String baseUrl;
    private final Semaphore connecting;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "sse-jdk-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client;
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(int index, HttpRequest request, SseEventParser parser) {
    }

    JdkStreams(String baseUrl, int connectConcurrency) {
        this.baseUrl = baseUrl;
        this.connecting = new Semaphore(connectConcurrency);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void add(int index, String path, List<String> headers, SseEventParser.Listener listener) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/event-stream");
        for (var header : headers) {
            int colon = header.indexOf(':');
            builder.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        entries.add(new Entry(index, builder.GET().build(), new SseEventParser(index, listener, false)));
    }

    @Override
    public void start() {
        var opener = new Thread(() -> {
            for (var entry : entries) {
                connecting.acquireUninterruptibly();
                client.sendAsync(entry.request(), HttpResponse.BodyHandlers.ofPublisher())
                        .whenComplete((response, error) -> {
                            connecting.release();
                            if (error != null) {
                                entry.parser().ended(error.toString());
                            } else if (response.statusCode() != 200) {
                                entry.parser().ended("status " + response.statusCode());
                            } else {
                                entry.parser().opened();
                                response.body().subscribe(new BodySubscriber(entry.parser()));
                            }
                        });
            }
        }, "sse-jdk-opener");
        opener.setDaemon(true);
        opener.start();
    }

    @Override
    public int openStreams() {
        return (int) entries.stream().filter(entry -> entry.parser().isOpen()).count();
    }

    @Override
    public int settledStreams() {
        return (int) entries.stream().filter(entry -> entry.parser().isOpen() || entry.parser().isDone()).count();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static final class BodySubscriber implements Flow.Subscriber<List<ByteBuffer>> {
        private final SseEventParser parser;
        private Flow.Subscription subscription;

        BodySubscriber(SseEventParser parser) {
            this.parser = parser;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            long now = System.nanoTime();
            synchronized (parser) {
                for (var buffer : buffers) {
                    parser.feed(buffer, now);
                }
            }
        }

        @Override
        public void onError(Throwable error) {
            parser.ended(error.toString());
        }

        @Override
        public void onComplete() {
            parser.ended("server ended the stream");
        }
    }
}
