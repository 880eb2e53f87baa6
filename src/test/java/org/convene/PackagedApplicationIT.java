package org.convene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as a server runs it: {@code bin/convene} after {@code ./mvnw package}, with the
 * ahead-of-time bean definitions and the class-data-sharing archive of the build's training run
 * ({@code -Xshare:on} makes the JVM refuse to start if the archive cannot be used). On H2 with the
 * local live bus, and on PostgreSQL with the {@code postgres} profile and the PostgreSQL bus: the
 * settings that used to choose beans are read at run time, so the demo is seeded, the API answers
 * and live events flow in both.
 */
class PackagedApplicationIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final String DEMO = "ana@demo.convene.test:practice-together";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldServeTheDemoAndLiveEventsFromThePackagedApplication(@TempDir Path dir) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of("bin/convene").toAbsolutePath().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--convene.demo=true",
                "--logging.level.org.convene=INFO"));
        if (TestDatabase.kind() == TestDatabase.Kind.POSTGRES) {
            Map<String, Object> database = TestDatabase.postgresDatabase("convene_packaged");
            command.add("--spring.profiles.active=postgres");
            command.add("--convene.live.bus=postgres");
            database.forEach((key, value) -> command.add("--" + key + "=" + value));
        } else {
            command.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("convene") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        Path log = dir.resolve("convene.log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_OPTS", "-Xshare:on -Xmx512m");
        Process server = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitStatus(server, log, base + "/login", 200);
            assertThat(Files.readString(log)).contains("Starting AOT-processed ConveneApplication");

            String token = demoToken(server, log, base);
            HttpResponse<String> communities = http.send(HttpRequest.newBuilder(URI.create(base + "/api/communities"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(communities.statusCode()).isEqualTo(200);
            JsonNode community = json.readTree(communities.body()).get(0);
            assertThat(community.get("name").asString()).isEqualTo("Water Operations Practice");

            long clinicId = aClinicOf(base, token, community.get("id").asLong());
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            var stream = http.send(HttpRequest.newBuilder(URI.create(base + "/api/clinics/" + clinicId + "/events"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
            var reader = new Thread(() -> stream.body().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
            // Opening the room announces the newcomer: the event goes out through the configured bus.
            assertThat(next(lines, "event:")).isEqualTo("event:presence-changed");
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private String demoToken(Process server, Path log, String base) throws Exception {
        // The demo is seeded just after the server opens its port. Its log says when, rather than
        // sign-in attempts, which the failed-login throttle would count against the account.
        awaitServer(server, log, "the demo seeded", () -> Files.readString(log).contains("Demo clinics seeded")
                ? Boolean.TRUE : null);
        String basic = "Basic " + Base64.getEncoder().encodeToString(DEMO.getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"packaged\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).get("token").asString();
    }

    private long aClinicOf(String base, String token, long communityId) throws Exception {
        var cases = http.send(HttpRequest.newBuilder(URI.create(base + "/api/communities/" + communityId + "/cases"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cases.statusCode()).isEqualTo(200);
        for (JsonNode found : json.readTree(cases.body())) {
            if (found.hasNonNull("clinicId")) {
                return found.get("clinicId").asLong();
            }
        }
        return fail("the demo has no clinic: %s", cases.body());
    }

    private void awaitStatus(Process server, Path log, String url, int status) throws IOException {
        awaitServer(server, log, url + " answering " + status, () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == status ? Boolean.TRUE : null;
            } catch (IOException notListeningYet) {
                return null;
            }
        });
    }

    /** What {@code attempt} gives once it gives something; fails with the server's log if it stops or never does. */
    private static <T> T awaitServer(Process server, Path log, String what, Callable<T> attempt)
            throws IOException {
        try {
            return await(what).atMost(START).pollInterval(Duration.ofMillis(100))
                    .failFast("bin/convene stopped", () -> !server.isAlive())
                    .until(attempt, Objects::nonNull);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            return fail("%s%n%s", e.getMessage(), tail(log));
        }
    }

    private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
