package org.convene.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Load driver for live delivery over server-sent events. Opens {@code topics × streams-per-topic}
 * event streams, then publishes contributions at a steady rate, round robin over the topics, each
 * carrying {@code bench#<seq>#<System.nanoTime()>#} in its text. Every stream that receives the
 * event records "publish sent → last byte of the event read" (driver and server on one machine,
 * the timestamp taken and read in this JVM). Bounded in count and time; stops by itself.
 *
 * <p>Options ({@code --name=value}): see {@link #usage()}.
 */
public final class SseLoadDriver implements SseEventParser.Recorder {

    /**
     * What a stream and a publish are. The default ({@link BareStreams}) opens bare event streams and
     * publishes JSON; {@link RoomLoadDriver} opens them as pages do. Stream {@code i} is on topic
     * {@code i % topics}, and each stream reports to {@link #delivered} when its publish has arrived.
     */
    interface Workload {
        void addStreams(StreamClient client, SseLoadDriver driver);

        /** Every stream has opened or failed; publishing starts a second later. */
        default void streamsOpened() {
        }

        /** The request that publishes {@code text} (the marker, then words) to the topic. */
        HttpRequest.Builder publish(int seq, String topicId, String text);

        /** What else the workload saw, said after the driver's figures and added to its Markdown row. */
        default String report() {
            return "";
        }
    }

    private final Map<String, String> options;
    private final Workload workload;
    private final String baseUrl;
    private final List<String> topicIds;
    private final int streamsPerTopic;
    private final int streamCount;
    private final double rate;
    private final int warmupSeconds;
    private final int durationSeconds;
    private final int drainSeconds;
    private final int maxPublishes;

    private final int[] topicOfSeq;
    private final boolean[] measuredSeq;
    private final AtomicIntegerArray statusOfSeq;
    private final AtomicIntegerArray deliveredOfSeq;
    private final long[] lastSeqOfStream;
    private final java.util.BitSet[] seenOfStream;
    private final long[] sentOfSeq;
    private final java.util.concurrent.atomic.AtomicLongArray ackedAtOfSeq;
    private long concurrentReorders;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicLong failedStreams = new AtomicLong();
    private final Object lock = new Object();
    private int[] latenciesMicros = new int[1 << 16];
    private int latencyCount;
    private long duplicates;
    private long outOfOrder;
    private long foreignEvents;
    private final int[] publishMicros;
    private final AtomicLong publishErrors = new AtomicLong();
    private volatile int published;

    SseLoadDriver(Map<String, String> options) throws IOException {
        this(options, new BareStreams(options));
    }

    SseLoadDriver(Map<String, String> options, Workload workload) {
        this.options = options;
        this.workload = workload;
        this.baseUrl = stripSlash(option("base-url", "http://127.0.0.1:18080"));
        this.topicIds = parseTopicIds();
        this.streamsPerTopic = Integer.parseInt(option("streams-per-topic", "25"));
        this.streamCount = topicIds.size() * streamsPerTopic;
        this.rate = Double.parseDouble(option("rate", "100"));
        this.warmupSeconds = Integer.parseInt(option("warmup", "10"));
        this.durationSeconds = Integer.parseInt(option("duration", "45"));
        this.drainSeconds = Integer.parseInt(option("drain", "5"));
        this.maxPublishes = (int) Math.ceil(rate * (warmupSeconds + durationSeconds)) + 1;
        this.topicOfSeq = new int[maxPublishes];
        this.measuredSeq = new boolean[maxPublishes];
        this.statusOfSeq = new AtomicIntegerArray(maxPublishes);
        this.deliveredOfSeq = new AtomicIntegerArray(maxPublishes);
        this.publishMicros = new int[maxPublishes];
        this.lastSeqOfStream = new long[streamCount];
        this.seenOfStream = new java.util.BitSet[streamCount];
        this.sentOfSeq = new long[maxPublishes];
        this.ackedAtOfSeq = new java.util.concurrent.atomic.AtomicLongArray(maxPublishes);
        Arrays.fill(lastSeqOfStream, -1);
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(usage());
            return;
        }
        new SseLoadDriver(options(args, usage())).run();
        System.exit(0);
    }

    /** {@code --name=value} arguments, in order. */
    static Map<String, String> options(String[] args, String usage) {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg + "\n" + usage);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    static String usage() {
        return """
                SseLoadDriver --name=value ...
                  --label=convene                  name printed in the results
                  --base-url=http://127.0.0.1:18080
                  --events-path=/bench/topics/{topic}/events        GET, text/event-stream
                  --publish-path=/bench/topics/{topic}/publish      POST {"kind","text"} as JSON
                  --topics=200                     topic ids 1..n, or --topic-ids=12,13,40-59
                  --streams-per-topic=25
                  --rate=100                       publishes per second over all topics (round robin)
                  --warmup=10 --duration=45 --drain=5   seconds; latencies are kept for --duration only
                  --kind=QUESTION --text-length=200
                  --auth='Bearer abc'              Authorization header on streams and publishes
                  --stream-auth-file=f --publish-auth-file=f   one header value a line, used round robin
                  --transport=nio|jdk              nio: one selector thread; jdk: java.net.http.HttpClient
                  --connect-concurrency=200 --open-timeout=90
                  --server-pid=1234                server CPU from /proc, heap from jcmd GC.heap_info
                  --server-jfr=file.jfr            record the server with JFR (settings=profile) over the measured window
                  --results=file.md                append one Markdown table row
                """;
    }

    void run() throws Exception {
        System.out.printf("== %s: %d streams = %d topics x %d, %s publishes/s, warm-up %d s, measured %d s%n",
                option("label", "run"), streamCount, topicIds.size(), streamsPerTopic, trim(rate), warmupSeconds,
                durationSeconds);
        var uri = URI.create(baseUrl);
        int connectConcurrency = Integer.parseInt(option("connect-concurrency", "200"));
        StreamClient client = option("transport", "nio").equals("jdk")
                ? new JdkStreams(baseUrl, connectConcurrency)
                : new NioStreams(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort(), connectConcurrency);
        var cpu = new CpuSampler(Long.parseLong(option("server-pid", "0")));
        var opening = cpu.sample();
        workload.addStreams(client, this);
        long openStart = System.nanoTime();
        client.start();
        long openDeadline = openStart + TimeUnit.SECONDS.toNanos(Integer.parseInt(option("open-timeout", "90")));
        while (client.settledStreams() < streamCount && System.nanoTime() < openDeadline) {
            Thread.sleep(100);
        }
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        int open = client.openStreams();
        var opened = cpu.sample();
        System.out.printf("opened %d/%d streams in %.1f s (%s)%s%n", open, streamCount, openSeconds,
                opened.since(opening), failures.isEmpty() ? "" : ", failures " + failures);
        workload.streamsOpened();
        Thread.sleep(1000);

        var publisher = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2, runnable -> {
                    var thread = new Thread(runnable, "publisher-client");
                    thread.setDaemon(true);
                    return thread;
                })).connectTimeout(Duration.ofSeconds(5)).build();
        // The marker leads the text; the event carries the text, so the parser finds it there. The rest
        // reads like a question (and is one, for QUESTION).
        var filler = filler(Math.max(0, Integer.parseInt(option("text-length", "200")) - 40));
        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long measureStart = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long measureEnd = measureStart + TimeUnit.SECONDS.toNanos(durationSeconds);
        CpuSampler.Sample measureCpuStart = null;
        int seq = 0;
        for (; seq < maxPublishes; seq++) {
            long due = start + seq * intervalNanos;
            if (due >= measureEnd) {
                break;
            }
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
            }
            if (measureCpuStart == null && due >= measureStart) {
                measureCpuStart = cpu.sample();
                cpu.startRecording(options.get("server-jfr"));
            }
            int topic = seq % topicIds.size();
            topicOfSeq[seq] = topic;
            measuredSeq[seq] = due >= measureStart;
            long sent = System.nanoTime();
            sentOfSeq[seq] = sent;
            var request = workload.publish(seq, topicIds.get(topic), "bench#" + seq + "#" + sent + "# " + filler)
                    .timeout(Duration.ofSeconds(10)).build();
            final int s = seq;
            publisher.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long acked = System.nanoTime();
                publishMicros[s] = (int) ((acked - sent) / 1000);
                ackedAtOfSeq.set(s, acked);
                if (error != null) {
                    statusOfSeq.set(s, -1);
                    publishErrors.incrementAndGet();
                    failures.merge("publish: " + error, 1, Integer::sum);
                } else {
                    statusOfSeq.set(s, response.statusCode());
                    if (response.statusCode() / 100 != 2) {
                        failures.merge("publish status " + response.statusCode(), 1, Integer::sum);
                    }
                }
            });
        }
        published = seq;
        var measureCpuEnd = cpu.sample();
        cpu.stopRecording(options.get("server-jfr"));
        var heapBefore = cpu.heap(false);

        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
        while (System.nanoTime() < drainDeadline && missing(open) > 0) {
            Thread.sleep(50);
        }
        var heapAfter = cpu.heap(true);
        report(open, measureCpuStart == null ? measureCpuEnd : measureCpuStart, measureCpuEnd, heapBefore, heapAfter);
        client.close();
    }

    int streamCount() {
        return streamCount;
    }

    List<String> topicIds() {
        return topicIds;
    }

    /** Deliveries still awaited by the streams that are open (to stop draining early). */
    private long missing(int open) {
        long awaited = 0;
        for (int s = 0; s < published; s++) {
            if (measuredSeq[s] && statusOfSeq.get(s) / 100 == 2) {
                awaited += Math.max(0, (long) open / topicIds.size() - deliveredOfSeq.get(s));
            }
        }
        return awaited;
    }

    private void report(int open, CpuSampler.Sample from, CpuSampler.Sample to, String heapBefore, String heapAfter)
            throws IOException {
        long expected = 0;
        long delivered = 0;
        long acked = 0;
        long measuredPublishes = 0;
        var publishLatencies = new int[published];
        int publishCount = 0;
        for (int s = 0; s < published; s++) {
            if (!measuredSeq[s]) {
                continue;
            }
            measuredPublishes++;
            publishLatencies[publishCount++] = publishMicros[s];
            if (statusOfSeq.get(s) / 100 == 2) {
                acked++;
                expected += streamsPerTopic;
                delivered += deliveredOfSeq.get(s);
            }
        }
        int[] latencies;
        synchronized (lock) {
            latencies = Arrays.copyOf(latenciesMicros, latencyCount);
        }
        Arrays.sort(latencies);
        Arrays.sort(publishLatencies, 0, publishCount);
        double eventsPerSecond = delivered / (double) durationSeconds;
        var label = option("label", "run");
        var line = new StringBuilder();
        line.append(String.format("streams open %d/%d, failed later %d%n", open, streamCount, failedStreams.get() - (streamCount - open)));
        line.append(String.format("publishes measured %d (acked 2xx %d, errors %d), POST p50 %s p99 %s ms%n",
                measuredPublishes, acked, measuredPublishes - acked, ms(percentile(publishLatencies, publishCount, 50)),
                ms(percentile(publishLatencies, publishCount, 99))));
        line.append(String.format("deliveries expected %d, received %d, missing %d, duplicates %d, out of order %d"
                + " (plus %d between publishes in flight together, whose order is the server's choice)%n",
                expected, delivered, expected - delivered, duplicates, outOfOrder, concurrentReorders));
        line.append(String.format("latency publish->event ms: p50 %s  p95 %s  p99 %s  p99.9 %s  max %s%n",
                ms(percentile(latencies, latencies.length, 50)), ms(percentile(latencies, latencies.length, 95)),
                ms(percentile(latencies, latencies.length, 99)), ms(percentile(latencies, latencies.length, 99.9)),
                ms(latencies.length == 0 ? -1 : latencies[latencies.length - 1])));
        line.append(String.format("events delivered/s %.0f%n", eventsPerSecond));
        line.append(String.format("cpu during the measured window: %s%n", to.since(from)));
        line.append(String.format("server heap: used at end of window %s, after GC %s%n", heapBefore, heapAfter));
        var workloadReport = workload.report();
        if (!workloadReport.isEmpty()) {
            line.append(workloadReport).append('\n');
        }
        if (!failures.isEmpty()) {
            line.append("failures: ").append(failures).append('\n');
        }
        System.out.print(line);
        var results = options.get("results");
        if (results != null) {
            var row = String.format("| %s | %d×%d | %s/s | %s | %s | %s | %s | %.0f | %d | %s | %s | %s |%s%n", label,
                    topicIds.size(), streamsPerTopic, trim(rate), ms(percentile(latencies, latencies.length, 50)),
                    ms(percentile(latencies, latencies.length, 95)), ms(percentile(latencies, latencies.length, 99)),
                    ms(latencies.length == 0 ? -1 : latencies[latencies.length - 1]), eventsPerSecond,
                    expected - delivered, heapBefore + " / " + heapAfter, to.since(from), java.time.LocalTime.now()
                            .withNano(0), workloadReport.isEmpty() ? "" : " " + workloadReport.replace('\n', ';') + " |");
            Files.writeString(Path.of(results), row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    @Override
    public void delivered(int stream, long seq, long sentNanos, long receivedNanos) {
        synchronized (lock) {
            if (seq < 0 || seq >= maxPublishes) {
                foreignEvents++;
                return;
            }
            int s = (int) seq;
            var seen = seenOfStream[stream];
            if (seen == null) {
                seen = seenOfStream[stream] = new java.util.BitSet(maxPublishes);
            }
            if (seen.get(s)) {
                duplicates++;
                return;
            }
            seen.set(s);
            long last = lastSeqOfStream[stream];
            if (seq < last) {
                // A real reordering only if this publish was answered before the later one was sent;
                // publishes in flight together may be ordered either way by the server.
                long ackedAt = ackedAtOfSeq.get(s);
                if (ackedAt != 0 && ackedAt < sentOfSeq[(int) last]) {
                    outOfOrder++;
                } else {
                    concurrentReorders++;
                }
            }
            lastSeqOfStream[stream] = Math.max(last, seq);
            deliveredOfSeq.incrementAndGet(s);
            if (measuredSeq[s]) {
                if (latencyCount == latenciesMicros.length) {
                    latenciesMicros = Arrays.copyOf(latenciesMicros, latencyCount * 2);
                }
                latenciesMicros[latencyCount++] = (int) Math.min(Integer.MAX_VALUE, (receivedNanos - sentNanos) / 1000);
            }
        }
    }

    @Override
    public void failed(int stream, String reason) {
        failedStreams.incrementAndGet();
        var key = reason.length() > 120 ? reason.substring(0, 120) : reason;
        failures.merge("stream: " + key, 1, Integer::sum);
    }

    /** About {@code length} characters of plain words ending with a question mark (no JSON escaping needed). */
    static String filler(int length) {
        if (length == 0) {
            return "";
        }
        var words = "How did the team decide who takes the evening shifts and what would you ask them first ";
        var text = new StringBuilder(length);
        while (text.length() < length - 1) {
            text.append(words);
        }
        text.setLength(length - 1);
        return text.toString().stripTrailing() + "?";
    }

    private static int percentile(int[] sorted, int n, double p) {
        if (n == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, index))];
    }

    private static String ms(int micros) {
        return micros < 0 ? "n/a" : String.format("%.1f", micros / 1000.0);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private List<String> parseTopicIds() {
        var ids = new ArrayList<String>();
        var explicit = options.get("topic-ids");
        if (explicit == null) {
            int n = Integer.parseInt(option("topics", "200"));
            for (int i = 1; i <= n; i++) {
                ids.add(Integer.toString(i));
            }
            return ids;
        }
        for (var part : explicit.split(",")) {
            var range = Pattern.compile("(\\d+)-(\\d+)").matcher(part.strip());
            if (range.matches()) {
                for (long i = Long.parseLong(range.group(1)); i <= Long.parseLong(range.group(2)); i++) {
                    ids.add(Long.toString(i));
                }
            } else if (!part.isBlank()) {
                ids.add(part.strip());
            }
        }
        return ids;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Bare event streams on {@code --events-path}, each with its {@code Authorization} line when given,
     * and publishes that POST {@code {"kind","text"}} as JSON to {@code --publish-path}.
     */
    private static final class BareStreams implements Workload {
        private final Map<String, String> options;
        private final List<String> streamAuth;
        private final List<String> publishAuth;

        BareStreams(Map<String, String> options) throws IOException {
            this.options = options;
            this.streamAuth = headerValues(options, "stream-auth-file");
            this.publishAuth = headerValues(options, "publish-auth-file");
        }

        @Override
        public void addStreams(StreamClient client, SseLoadDriver driver) {
            var root = URI.create(driver.baseUrl).getRawPath();
            var path = options.getOrDefault("events-path", "/bench/topics/{topic}/events");
            for (int i = 0; i < driver.streamCount; i++) {
                var topic = driver.topicIds.get(i % driver.topicIds.size());
                client.add(i, root + path.replace("{topic}", topic),
                        streamAuth.isEmpty() ? List.of() : List.of("Authorization: " + streamAuth.get(i % streamAuth.size())),
                        driver);
            }
        }

        @Override
        public HttpRequest.Builder publish(int seq, String topicId, String text) {
            var url = stripSlash(options.getOrDefault("base-url", "http://127.0.0.1:18080"))
                    + options.getOrDefault("publish-path", "/bench/topics/{topic}/publish").replace("{topic}", topicId);
            var body = "{\"kind\":\"" + options.getOrDefault("kind", "QUESTION") + "\",\"text\":\"" + text + "\"}";
            var builder = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (!publishAuth.isEmpty()) {
                builder.header("Authorization", publishAuth.get(seq % publishAuth.size()));
            }
            return builder;
        }

        private static List<String> headerValues(Map<String, String> options, String fileOption) throws IOException {
            var file = options.get(fileOption);
            if (file != null) {
                return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
            var auth = options.get("auth");
            return auth == null ? List.of() : List.of(auth);
        }
    }

    /** CPU time of the server (from /proc), of this driver and of the whole machine; the server's heap (jcmd). */
    static final class CpuSampler {
        private final long serverPid;

        CpuSampler(long serverPid) {
            this.serverPid = serverPid;
        }

        record Sample(long nanos, double serverSeconds, double driverSeconds, double machineBusySeconds) {
            String since(Sample from) {
                double wall = (nanos - from.nanos) / 1e9;
                return String.format("server %.2f cores, driver %.2f cores, whole machine %.2f cores busy, over %.1f s",
                        (serverSeconds - from.serverSeconds) / wall, (driverSeconds - from.driverSeconds) / wall,
                        (machineBusySeconds - from.machineBusySeconds) / wall, wall);
            }
        }

        Sample sample() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Sample(System.nanoTime(), serverSeconds(), os.getProcessCpuTime() / 1e9, machineBusySeconds());
        }

        private double serverSeconds() {
            if (serverPid <= 0) {
                return 0;
            }
            try {
                var stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        private static double machineBusySeconds() {
            try {
                var fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < fields.length && i <= 8; i++) {
                    if (i != 4 && i != 5) {
                        busy += Long.parseLong(fields[i]);
                    }
                }
                return busy / 100.0;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /**
         * Starts a flight recording of the server ({@code jcmd JFR.start}) when a file is named; on its own
         * thread, since attaching takes a good part of a second and publishing must not wait for it.
         */
        void startRecording(String file) {
            if (file != null && serverPid > 0) {
                var starting = new Thread(() -> {
                    try {
                        jcmd("JFR.start", "name=measured", "settings=profile");
                    } catch (IOException | InterruptedException e) {
                        System.out.println("flight recording not started: " + e);
                    }
                }, "jfr-start");
                starting.setDaemon(true);
                starting.start();
            }
        }

        void stopRecording(String file) throws IOException, InterruptedException {
            if (file != null && serverPid > 0) {
                jcmd("JFR.stop", "name=measured", "filename=" + Path.of(file).toAbsolutePath());
            }
        }

        /** Heap in use, read with {@code jcmd GC.heap_info}; after a full collection when {@code collect}. */
        String heap(boolean collect) {
            if (serverPid <= 0) {
                return "n/a";
            }
            try {
                if (collect) {
                    jcmd("GC.run");
                }
                var matcher = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(jcmd("GC.heap_info"));
                return matcher.find() ? (Long.parseLong(matcher.group(2)) / 1024) + " MB" : "n/a";
            } catch (IOException | InterruptedException e) {
                return "n/a";
            }
        }

        private String jcmd(String... command) throws IOException, InterruptedException {
            var line = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(serverPid)));
            line.addAll(List.of(command));
            var process = new ProcessBuilder(line).redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes());
            process.waitFor(30, TimeUnit.SECONDS);
            return out;
        }
    }
}
