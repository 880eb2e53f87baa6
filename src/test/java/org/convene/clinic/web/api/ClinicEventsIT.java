package org.convene.clinic.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.convene.clinic.ClinicHttp;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Live events reach an open stream of the API: what every participant's room relies on. */
@ConveneIntegrationTest
public class ClinicEventsIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    @Test
    void shouldDeliverAContributionToEveryOpenStreamWithinAFractionOfASecond() throws Exception {
        var http = new ClinicHttp(port);
        var community = ClinicTestCommunity.create(jdbc, accounts, http::token);
        long clinicId = http.scheduledClinic(community, "STANDARD");
        http.post(community.get("fay"), "/api/clinics/" + clinicId + "/start", null, 200);

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var stream = http.client.sendAsync(HttpRequest.newBuilder(URI.create(http.base + "/api/clinics/" + clinicId
                        + "/events")).header("Authorization", community.get("max").bearer())
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        // Max's own stream makes him present: the room hears that first.
        assertThat(poll(lines, "event:presence-changed")).isNotNull();

        http.post(community.get("pat"), "/api/clinics/" + clinicId + "/contributions",
                "{\"kind\":\"FRAMING\",\"text\":\"Alarms still open at 6 get lost.\"}", 201);

        assertThat(poll(lines, "event:contribution-posted")).isNotNull();
        String data = poll(lines, "data:");
        assertThat(data).contains("Alarms still open at 6 get lost.").contains("\"revision\"");

        var outsider = http.client.send(HttpRequest.newBuilder(URI.create(http.base + "/api/clinics/" + clinicId
                        + "/events")).header("Authorization", community.get("olga").bearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(outsider.statusCode()).isEqualTo(404);
    }

    public static String poll(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }
}
