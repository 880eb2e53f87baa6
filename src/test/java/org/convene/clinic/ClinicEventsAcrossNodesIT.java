package org.convene.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.convene.ConveneApplication;
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
