package org.convene.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Pages rendered under a steady load: signs in through the sign-in form (as a browser does, with its
 * CSRF token and session cookie), then requests the given pages in turn at a fixed rate, open loop:
 * each request is due at its own moment whether or not the earlier ones have answered, and its
 * latency is counted from that moment, so a server that falls behind shows it.
 *
 *   --base-url=http://127.0.0.1:18091 --email=... --password=... --paths=/a,/b
 *   --rate=200 --warmup=10 --duration=30     requests/s; seconds (only the measured window is reported)
 */
public final class PageLoadDriver {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private PageLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String base = options.get("base-url");
        List<String> paths = List.of(options.get("paths").split(","));
        double rate = Double.parseDouble(options.getOrDefault("rate", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        signIn(http, base, options.get("email"), options.get("password"));

        int total = (int) Math.round(rate * (warmup + duration));
        int measuredFrom = (int) Math.round(rate * warmup);
        long[] latencies = new long[total - measuredFrom];
        AtomicInteger measured = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        CountDownLatch answered = new CountDownLatch(total);
        long interval = (long) (1_000_000_000L / rate);
        long start = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            boolean counted = i >= measuredFrom;
            var request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                long latency = System.nanoTime() - due;
                if (error != null || response.statusCode() != 200) {
                    String why = error != null ? error.getClass().getSimpleName() : "HTTP " + response.statusCode();
                    failures.computeIfAbsent(why, key -> new AtomicInteger()).incrementAndGet();
                } else if (counted) {
                    latencies[measured.getAndIncrement()] = latency;
                }
                answered.countDown();
            });
        }
        answered.await(30, TimeUnit.SECONDS);
        long[] done = Arrays.copyOf(latencies, measured.get());
        Arrays.sort(done);
        System.out.printf("%d pages (%s) at %.0f/s, measured %d s: %d answered 200, failures %s%n", paths.size(),
                String.join(", ", paths), rate, duration, done.length, failures);
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(done, 50), ms(done, 95),
                ms(done, 99), done.length == 0 ? 0 : done[done.length - 1] / 1e6);
    }

    private static void signIn(HttpClient http, String base, String email, String password) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + response.statusCode() + " " + location);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
