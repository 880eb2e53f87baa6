package org.convene.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares a running Convene for {@link SseLoadDriver} through the public API only, as people
 * would: the administrator (from {@code CONVENE_ADMIN_EMAIL}/{@code _PASSWORD}) creates a
 * community and invites members, who accept (new accounts) and create API tokens; one member
 * presents a ready case per clinic; the administrator, a convener, schedules each clinic with
 * every member invited, facilitates it, starts it and advances it to Understanding, where members
 * may post {@code QUESTION}s.
 *
 * <p>Writes into {@code --out}: {@code topic-ids.txt} (the clinic ids for {@code --topic-ids}),
 * {@code stream-auth.txt} (one {@code Bearer …} per stream, laid out so that the streams of one
 * clinic belong to different members as long as there are members left, see
 * {@link #streamAuthLines}) and {@code publish-auth.txt} (the members' tokens; each may post); for
 * {@link RoomLoadDriver}, which signs in and opens pages as browsers do, {@code room-paths.txt} (each
 * clinic's room page, in the order of {@code topic-ids.txt}) and {@code accounts.txt} (the members'
 * e-mail and password, tab-separated).
 *
 * <p>Accounts are few on purpose: creating one hashes a password (bcrypt) twice (accepting,
 * then HTTP Basic for the token). Members are reused across clinics, and in a clinic larger than
 * the member count one member holds several streams, like a person with the room open in several
 * tabs, which the API allows ({@code Presence} counts streams per member).
 */
public final class ClinicLoadSetup {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "steady-harbour-lantern";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    private ClinicLoadSetup(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg + "\n" + usage());
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        if (!options.containsKey("admin-email") || !options.containsKey("admin-password")) {
            System.err.println(usage());
            System.exit(2);
        }
        var setup = new ClinicLoadSetup(options.getOrDefault("base-url", "http://127.0.0.1:18090"));
        setup.run(options.get("admin-email"), options.get("admin-password"),
                Integer.parseInt(options.getOrDefault("clinics", "200")),
                Integer.parseInt(options.getOrDefault("members", "25")),
                Integer.parseInt(options.getOrDefault("streams-per-clinic", "25")),
                Integer.parseInt(options.getOrDefault("threads", "4")),
                Path.of(options.getOrDefault("out", "target/bench/clinic")));
        System.exit(0);
    }

    static String usage() {
        return """
                ClinicLoadSetup --admin-email=… --admin-password=… [--name=value …]
                  --base-url=http://127.0.0.1:18090
                  --clinics=200              clinics, each with its own ready case, left in Understanding
                  --members=25               accounts that open streams and post (plus one presenter)
                  --streams-per-clinic=25    for the layout of stream-auth.txt
                  --threads=4                requests in parallel while preparing
                  --out=target/bench/clinic  topic-ids.txt, stream-auth.txt, publish-auth.txt, room-paths.txt, accounts.txt
                """;
    }

    private void run(String adminEmail, String adminPassword, int clinicCount, int memberCount, int streamsPerClinic,
            int threads, Path out) throws Exception {
        long started = System.nanoTime();
        String admin = "Bearer " + token(adminEmail, adminPassword);
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        long communityId = post(admin, "/api/communities", Map.of("name", "Bench " + stamp,
                "purpose", "Load test of live clinics")).get("id").asLong();
        long adminMemberId = get(admin, "/api/communities/" + communityId + "/members/me").get("id").asLong();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Index 0 presents every case; 1..memberCount open the streams and post.
            var joining = new ArrayList<Future<Member>>();
            for (int i = 0; i <= memberCount; i++) {
                final int n = i;
                joining.add(pool.submit(() -> join(admin, communityId, stamp, n)));
            }
            var people = new ArrayList<Member>();
            for (var future : joining) {
                people.add(future.get());
            }
            Member presenter = people.get(0);
            List<Member> members = people.subList(1, people.size());
            System.out.printf("community %d: %d members and a presenter joined in %.1f s%n", communityId,
                    members.size(), (System.nanoTime() - started) / 1e9);

            List<Long> inviteeIds = members.stream().map(Member::memberId).toList();
            var preparing = new ArrayList<Future<Long>>();
            for (int i = 0; i < clinicCount; i++) {
                final int n = i;
                preparing.add(pool.submit(() -> clinic(admin, adminMemberId, presenter, communityId, inviteeIds, n)));
            }
            var clinicIds = new ArrayList<Long>();
            for (var future : preparing) {
                clinicIds.add(future.get());
            }

            Files.createDirectories(out);
            Files.writeString(out.resolve("topic-ids.txt"),
                    clinicIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "\n");
            Files.write(out.resolve("stream-auth.txt"), streamAuthLines(members, clinicCount, streamsPerClinic));
            Files.write(out.resolve("publish-auth.txt"), members.stream().map(m -> "Bearer " + m.token()).toList());
            Files.write(out.resolve("room-paths.txt"), clinicIds.stream()
                    .map(id -> "/communities/" + communityId + "/clinics/" + id + "/room").toList());
            Files.write(out.resolve("accounts.txt"), members.stream().map(m -> m.email() + "\t" + PASSWORD).toList());
            System.out.printf("%d clinics in Understanding (ids %d…%d), files in %s; setup took %.1f s%n",
                    clinicIds.size(), clinicIds.get(0), clinicIds.get(clinicIds.size() - 1), out,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@link SseLoadDriver} gives stream {@code i} the topic {@code i % topics} and the line
     * {@code i % lines}; one line per stream with member {@code (i / topics) % members} makes the
     * k-th stream of every clinic member k (modulo the member count).
     */
    static List<String> streamAuthLines(List<Member> members, int clinicCount, int streamsPerClinic) {
        var lines = new ArrayList<String>(clinicCount * streamsPerClinic);
        for (int i = 0; i < clinicCount * streamsPerClinic; i++) {
            lines.add("Bearer " + members.get((i / clinicCount) % members.size()).token());
        }
        return lines;
    }

    record Member(long memberId, String email, String token) {
    }

    private Member join(String admin, long communityId, String stamp, int n) throws IOException, InterruptedException {
        String email = "bench-" + stamp + "-" + n + "@example.org";
        String invitation = post(admin, "/api/communities/" + communityId + "/invitations",
                Map.of("email", email, "role", "MEMBER")).get("token").asString();
        long memberId = post(null, "/api/invitations/" + invitation + "/accept",
                Map.of("displayName", (n == 0 ? "Presenter " : "Member ") + n, "password", PASSWORD))
                .get("memberId").asLong();
        return new Member(memberId, email, token(email, PASSWORD));
    }

    /** A ready case presented by {@code presenter}, scheduled, started and advanced to Understanding. */
    private long clinic(String admin, long adminMemberId, Member presenter, long communityId, List<Long> inviteeIds,
            int n) throws IOException, InterruptedException {
        String author = "Bearer " + presenter.token();
        long caseId = post(author, "/api/communities/" + communityId + "/cases", Map.of(
                "title", "Bench case " + (n + 1),
                "context", "A case prepared by the load benchmark so that a clinic can run live.",
                "question", "How should our team share the load of the evening shifts fairly?",
                "kind", "CHALLENGE",
                "neededBy", LocalDate.now().plusWeeks(4).toString())).get("id").asLong();
        post(author, "/api/cases/" + caseId + "/ready", null);
        var schedule = new LinkedHashMap<String, Object>();
        schedule.put("caseId", caseId);
        schedule.put("startsAt", Instant.now().plusSeconds(60).toString());
        schedule.put("totalMinutes", 120);
        schedule.put("variation", "STANDARD");
        schedule.put("facilitatorId", adminMemberId);
        schedule.put("inviteeIds", inviteeIds);
        long clinicId = post(admin, "/api/communities/" + communityId + "/clinics", schedule).get("id").asLong();
        post(admin, "/api/clinics/" + clinicId + "/start", null);
        String step = post(admin, "/api/clinics/" + clinicId + "/advance", null).get("step").asString();
        if (!"UNDERSTANDING".equals(step)) {
            throw new IllegalStateException("clinic " + clinicId + " is in " + step + ", not UNDERSTANDING");
        }
        return clinicId;
    }

    /**
     * A token from HTTP Basic. The server may still be creating the administrator when it first
     * answers; a few retries stay below the login throttle (five failures).
     */
    private String token(String email, String password) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        for (int attempt = 1; ; attempt++) {
            try {
                return post(basic, "/api/tokens", Map.of("name", "bench")).get("token").asString();
            } catch (IllegalStateException e) {
                if (attempt == 3 || !e.getMessage().contains(" 401 ")) {
                    throw e;
                }
                Thread.sleep(2000);
            }
        }
    }

    private JsonNode get(String authorization, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), authorization, path);
    }

    private JsonNode post(String authorization, String path, Object body) throws IOException, InterruptedException {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(publisher)
                .header("Content-Type", "application/json"), authorization, "POST " + path);
    }

    private JsonNode send(HttpRequest.Builder builder, String authorization, String what)
            throws IOException, InterruptedException {
        builder.header("Accept", "application/json").timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
    }
}
