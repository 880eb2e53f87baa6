package org.convene.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.convene.ConveneApplication;
import org.convene.clinic.ClinicHttp;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.clinic.web.api.ClinicEventsIT;
import org.convene.identity.Accounts;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes behind a load balancer share one PostgreSQL: a contribution posted on one node reaches
 * a browser streaming from the other, through {@code LISTEN/NOTIFY}.
 */
class ClinicEventsAcrossNodesIT {

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(ConveneApplication.class)
                .properties(TestDatabase.NAME_PROPERTY + "=clinic_two_nodes", "server.port=0",
                        "spring.main.banner-mode=off")
                .run("--convene.live.bus=postgres");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void shouldDeliverAContributionPostedOnOneNodeToAStreamOnTheOther() throws Exception {
        onTwoNodes((onFirst, onSecond, community, clinicId) -> {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            var response = onSecond.client.send(HttpRequest.newBuilder(URI.create(onSecond.base + "/api/clinics/"
                            + clinicId + "/events")).header("Authorization", community.get("max").bearer())
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            var reader = new Thread(() -> response.body().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
            assertThat(ClinicEventsIT.poll(lines, "event:presence-changed")).isNotNull();

            onFirst.post(community.get("pat"), "/api/clinics/" + clinicId + "/contributions",
                    "{\"kind\":\"FRAMING\",\"text\":\"Posted on the first node.\"}", 201);

            assertThat(ClinicEventsIT.poll(lines, "event:contribution-posted")).isNotNull();
            assertThat(ClinicEventsIT.poll(lines, "data:")).contains("Posted on the first node.");
        });
    }

    @Test
    void shouldPushTheSameFragmentsToPagesOnEitherNodeAndCountPresenceOnBoth() throws Exception {
        onTwoNodes((onFirst, onSecond, community, clinicId) -> {
            var maxOnSecond = PageSession.signIn(onSecond.base, community.get("max").email())
                    .openRoom(community.communityId, clinicId);
            PageSession.signIn(onFirst.base, community.get("pat").email()).openRoom(community.communityId, clinicId);

            // Each node sees the people streaming from both.
            for (var node : List.of(onFirst, onSecond)) {
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                        assertThat(node.get(community.get("fay"), "/api/clinics/" + clinicId).get("present").toString())
                                .contains("Max Member").contains("Pat Presenter"));
            }

            onFirst.post(community.get("pat"), "/api/clinics/" + clinicId + "/contributions",
                    "{\"kind\":\"FRAMING\",\"text\":\"Framed on the first node.\"}", 201);

            String fragment = roomEventWith(maxOnSecond, "Framed on the first node.");
            assertThat(fragment).contains("hx-swap-oob=\"beforeend:#thread-list-CONTEXT\"")
                    .contains("id=\"contribution-1\"").contains("Pat Presenter");
        });
    }

    /** The data of the first room event whose fragments contain {@code text}, its lines joined. */
    private static String roomEventWith(BlockingQueue<String> lines, String text) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        String event = "";
        var data = new StringBuilder();
        while (System.currentTimeMillis() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("event:")) {
                event = line.substring("event:".length());
            } else if (line.startsWith("data:")) {
                data.append(line.substring("data:".length())).append('\n');
            } else if (line.isEmpty()) {
                if (event.equals(RoomContract.UPDATE_EVENT) && data.indexOf(text) >= 0) {
                    return data.toString();
                }
                event = "";
                data.setLength(0);
            }
        }
        throw new AssertionError("no room event with " + text);
    }

    @Test
    void shouldShowAndChangeTheClinicAsTheOtherNodeLeftIt() throws Exception {
        onTwoNodes((onFirst, onSecond, community, clinicId) -> {
            String clinic = "/api/clinics/" + clinicId;
            // Both nodes now know the clinic in Context.
            assertThat(onSecond.get(community.get("max"), clinic).get("step").asString()).isEqualTo("CONTEXT");

            onFirst.post(community.get("fay"), clinic + "/advance", null, 200);
            onFirst.post(community.get("mia"), clinic + "/contributions",
                    "{\"kind\":\"QUESTION\",\"text\":\"Asked on the first node?\"}", 201);

            // A question is only accepted in Understanding: the second node decides on the clinic as it is now.
            var secondQuestion = onSecond.post(community.get("max"), clinic + "/contributions",
                    "{\"kind\":\"QUESTION\",\"text\":\"Asked on the second node?\"}", 201);
            assertThat(secondQuestion.get("id").asLong()).isEqualTo(2);
            var seenFirst = onFirst.get(community.get("pat"), clinic);
            var seenSecond = onSecond.get(community.get("pat"), clinic);
            assertThat(seenFirst.get("step").asString()).isEqualTo("UNDERSTANDING");
            assertThat(seenFirst.get("contributions")).isEqualTo(seenSecond.get("contributions"));
            assertThat(seenFirst.get("contributions").get(1).get("text").asString())
                    .isEqualTo("Asked on the second node?");
        });
    }

    /** What a test does with two started nodes, a community and a clinic started on the first node. */
    @FunctionalInterface
    private interface OnTwoNodes {
        void run(ClinicHttp onFirst, ClinicHttp onSecond, ClinicTestCommunity community, long clinicId) throws Exception;
    }

    private static void onTwoNodes(OnTwoNodes test) throws Exception {
        assumeTrue(TestDatabase.kind() == TestDatabase.Kind.POSTGRES, "two nodes share a PostgreSQL");
        try (var first = node(); var second = node()) {
            var onFirst = new ClinicHttp(port(first));
            var community = ClinicTestCommunity.create(first.getBean(JdbcClient.class), first.getBean(Accounts.class),
                    onFirst::token);
            long clinicId = onFirst.scheduledClinic(community, "STANDARD");
            onFirst.post(community.get("fay"), "/api/clinics/" + clinicId + "/start", null, 200);
            test.run(onFirst, new ClinicHttp(port(second)), community, clinicId);
        }
    }
}
