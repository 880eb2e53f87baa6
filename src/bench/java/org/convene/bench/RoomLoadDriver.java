package org.convene.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * "Contribution posted → on every participant's screen", measured as browsers see it: every viewer
 * is a room page. Accounts sign in through the sign-in form (their viewers share the session, like
 * tabs); each viewer loads its room page once (not measured), opens the stream the page names in
 * {@code sse-connect} with the session cookie, beats as the page's {@code hx-trigger="every …"} does,
 * and swaps every {@code room} event into its own DOM as htmx and clinic.js do ({@link RoomPage}).
 * A delivery counts when the marker text is in that viewer's DOM. Contributions are posted through
 * the page's composer form (session and CSRF header), round robin over the accounts.
 *
 * <p>The publishing, timing and accounting are {@link SseLoadDriver}'s, with this class as its
 * {@link SseLoadDriver.Workload}; its options apply too ({@code --rate}, {@code --warmup}, …).
 * Viewer {@code i} is in room {@code i % rooms} as account {@code (i / rooms) % accounts}, so the
 * viewers of one room are different people as long as there are accounts left.
 */
public final class RoomLoadDriver implements SseLoadDriver.Workload {

    private static final int PAYLOADS_KEPT = 512;

    private final Map<String, String> options;
    private final String baseUrl;
    private final HttpClient http;
    private final List<Account> accounts = new ArrayList<>();
    private final List<RoomPage> pages = new ArrayList<>();
    private final List<String> composerPaths = new ArrayList<>();
    /** Per posting account, a page it loaded: the CSRF header and token its posts send (one token per session). */
    private final List<RoomPage.Markup> pageOfAccount = new ArrayList<>();
    private final Map<String, RoomPayload> payloads = new LinkedHashMap<>(PAYLOADS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RoomPayload> eldest) {
            return size() > PAYLOADS_KEPT;
        }
    };
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "page-beats");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, LongAdder> beatAnswers = new TreeMap<>();
    private final LongAdder payloadsParsed = new LongAdder();
    private final LongAdder reloadsWanted = new LongAdder();
    private final LongAdder requestsFromSwaps = new LongAdder();
    private final LongAdder swapsWithoutTarget = new LongAdder();
    private final LongAdder appendsSkipped = new LongAdder();
    private final LongAdder markersNotShown = new LongAdder();
    private final Map<String, Integer> streamFailures = new ConcurrentHashMap<>();
    private int requestsOnLoad;
    private boolean eventCaptured;
    private SseLoadDriver driver;

    private record Account(String email, String cookie) {
    }

    private RoomLoadDriver(Map<String, String> options) {
        this.options = options;
        this.baseUrl = options.getOrDefault("base-url", "http://127.0.0.1:18090");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2, runnable -> {
                    var thread = new Thread(runnable, "page-client");
                    thread.setDaemon(true);
                    return thread;
                })).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(usage());
            return;
        }
        var options = SseLoadDriver.options(args, usage());
        var rooms = Files.readAllLines(Path.of(options.get("room-paths-file"))).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        // The driver's topics are the rooms, by position in the file.
        options.put("topic-ids", "0-" + (rooms.size() - 1));
        var workload = new RoomLoadDriver(options);
        workload.open(rooms, Integer.parseInt(options.getOrDefault("streams-per-topic", "25")));
        new SseLoadDriver(options, workload).run();
        System.exit(0);
    }

    static String usage() {
        return """
                RoomLoadDriver --name=value ...   (and SseLoadDriver's --rate, --warmup, --duration, --results, …)
                  --base-url=http://127.0.0.1:18090
                  --room-paths-file=f        one room page path a line (ClinicLoadSetup's room-paths.txt)
                  --accounts-file=f          e-mail<TAB>password a line (ClinicLoadSetup's accounts.txt)
                  --streams-per-topic=25     viewers (pages) per room
                  --kind=QUESTION            what the composer posts
                  --page-concurrency=4       pages loaded at a time while preparing (not measured)
                  --capture-dir=d            save viewer 0's page (room-page.html) and the first event that appends a
                                             contribution (room-event.html), the shapes RawSseBroadcaster serves
                """;
    }

    /** Signs every account in, then loads every viewer's page. */
    private void open(List<String> rooms, int viewersPerRoom) throws Exception {
        long started = System.nanoTime();
        var lines = Files.readAllLines(Path.of(options.get("accounts-file"))).stream()
                .filter(line -> !line.isBlank()).toList();
        for (var line : lines) {
            var fields = line.split("\t");
            accounts.add(new Account(fields[0], signIn(fields[0], fields[1])));
        }
        int viewers = rooms.size() * viewersPerRoom;
        ExecutorService loading = Executors.newFixedThreadPool(Integer.parseInt(options.getOrDefault("page-concurrency", "4")));
        try {
            var loaded = new ArrayList<Future<RoomPage>>(viewers);
            for (int i = 0; i < viewers; i++) {
                final int viewer = i;
                loaded.add(loading.submit(() -> load(viewer, rooms.get(viewer % rooms.size()), account(viewer, rooms.size()))));
            }
            for (var page : loaded) {
                pages.add(page.get());
            }
        } finally {
            loading.shutdownNow();
        }
        for (int room = 0; room < rooms.size(); room++) {
            composerPaths.add(pages.get(room).markup().composerPath());
        }
        // Viewer a × rooms is account a's first page; an account without a page (more accounts than viewers
        // in a room) does not post.
        for (int a = 0; a < Math.min(accounts.size(), viewersPerRoom); a++) {
            pageOfAccount.add(pages.get(a * rooms.size()).markup());
        }
        requestsOnLoad = pages.stream().mapToInt(page -> page.markup().requestsOnLoad()).sum();
        System.out.printf("%d accounts signed in, %d pages loaded and parsed in %.1f s; driver heap in use %d MB%n",
                accounts.size(), pages.size(), (System.nanoTime() - started) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private Account account(int viewer, int rooms) {
        return accounts.get((viewer / rooms) % accounts.size());
    }

    /** The sign-in form, as a browser posts it; answers the session's cookie header. */
    private String signIn(String email, String password) throws IOException, InterruptedException {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var form = Jsoup.parse(browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        var csrf = form.select("input[name=_csrf]").attr("value");
        var body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        var response = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + email + " refused: " + response.statusCode() + " " + location);
        }
        return cookies.getCookieStore().get(URI.create(baseUrl)).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
    }

    private RoomPage load(int viewer, String path, Account account) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", account.cookie())
                .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " to " + account.email());
        }
        if (viewer == 0) {
            capture("room-page.html", response.body());
        }
        return new RoomPage(viewer, Jsoup.parse(response.body(), baseUrl + path), this);
    }

    // ----- the driver's workload -------------------------------------------------------------

    @Override
    public void addStreams(StreamClient client, SseLoadDriver driver) {
        this.driver = driver;
        int rooms = composerPaths.size();
        for (int i = 0; i < pages.size(); i++) {
            client.add(i, pages.get(i).markup().streamPath(), List.of("Cookie: " + account(i, rooms).cookie()), pages.get(i));
        }
    }

    /** Each page beats from the moment its stream is open, the pages' beats spread over one interval. */
    @Override
    public void streamsOpened() {
        int rooms = composerPaths.size();
        for (int i = 0; i < pages.size(); i++) {
            var markup = pages.get(i).markup();
            long every = markup.beatEveryMillis();
            var beat = HttpRequest.newBuilder(URI.create(baseUrl + markup.beatPath()))
                    .header("Cookie", account(i, rooms).cookie()).header(markup.csrfHeader(), markup.csrfToken())
                    .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build();
            beats.scheduleAtFixedRate(() -> http.sendAsync(beat, HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, error) -> beatAnswered(error == null
                                    ? Integer.toString(response.statusCode()) : error.getClass().getSimpleName())),
                    every * i / pages.size(), every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public HttpRequest.Builder publish(int seq, String topicId, String text) {
        int room = Integer.parseInt(topicId);
        int poster = seq % pageOfAccount.size();
        var account = accounts.get(poster);
        var markup = pageOfAccount.get(poster);
        var body = "kind=" + encode(options.getOrDefault("kind", "QUESTION")) + "&text=" + encode(text);
        return HttpRequest.newBuilder(URI.create(baseUrl + composerPaths.get(room)))
                .header("Cookie", account.cookie()).header(markup.csrfHeader(), markup.csrfToken())
                .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Override
    public String report() {
        long extra = reloadsWanted.sum() + requestsFromSwaps.sum() + requestsOnLoad;
        String beatSummary;
        synchronized (beatAnswers) {
            beatSummary = beatAnswers.entrySet().stream().map(entry -> entry.getKey() + " × " + entry.getValue().sum())
                    .collect(Collectors.joining(", "));
        }
        return String.format("page requests besides stream and beats: %.2f per viewer (%d: reloads on reset %d, "
                        + "made by swapped content %d, made on load %d); beats answered %s; payloads parsed %d; "
                        + "swaps without target %d, appends skipped (already there) %d, markers not in the DOM after "
                        + "their swap %d%s",
                extra / (double) pages.size(), extra, reloadsWanted.sum(), requestsFromSwaps.sum(), requestsOnLoad,
                beatSummary.isEmpty() ? "none" : beatSummary, payloadsParsed.sum(), swapsWithoutTarget.sum(),
                appendsSkipped.sum(), markersNotShown.sum(), streamFailures.isEmpty() ? "" : "; streams " + streamFailures);
    }

    // ----- what the pages tell -------------------------------------------------------------

    /** The parsed data of a {@code room} event: one parse per distinct payload, shared by every page it reaches. */
    RoomPayload payload(String data) {
        synchronized (payloads) {
            var payload = payloads.get(data);
            if (payload == null) {
                payload = RoomPayload.parse(data);
                payloads.put(data, payload);
                payloadsParsed.increment();
                if (!payload.markers.isEmpty() && !eventCaptured) {
                    eventCaptured = true;
                    capture("room-event.html", data);
                }
            }
            return payload;
        }
    }

    void shown(int stream, long seq, long sentNanos, long shownNanos) {
        driver.delivered(stream, seq, sentNanos, shownNanos);
    }

    void streamFailed(int stream, String reason) {
        streamFailures.merge(reason.length() > 80 ? reason.substring(0, 80) : reason, 1, Integer::sum);
        driver.failed(stream, reason);
    }

    void reloadWanted() {
        reloadsWanted.increment();
    }

    void requestsFromSwaps(int requests) {
        requestsFromSwaps.add(requests);
    }

    void swapWithoutTarget() {
        swapsWithoutTarget.increment();
    }

    void appendSkipped() {
        appendsSkipped.increment();
    }

    void markerNotShown() {
        markersNotShown.increment();
    }

    private void beatAnswered(String answer) {
        synchronized (beatAnswers) {
            beatAnswers.computeIfAbsent(answer, key -> new LongAdder()).increment();
        }
    }

    private void capture(String name, String content) {
        var dir = options.get("capture-dir");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
