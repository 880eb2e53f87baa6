package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.ConveneApplication;
import org.convene.clinic.ClinicHttp;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.identity.Accounts;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The server restarts mid-step: the clinic continues in the same step with the same deadline,
 * its contributions, queue and revisions intact, because all of it lives in the database.
 */
class ClinicRestartIT {

    /** Both runs of the server use the same database, on H2 and on PostgreSQL alike. */
    private static final String DATABASE = TestDatabase.NAME_PROPERTY + "=clinic_restart";

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConveneApplication.class)
                .properties(DATABASE, "server.port=0", "spring.main.banner-mode=off")
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void shouldContinueInTheSameStepWithTheSameDeadlineAfterARestart() throws Exception {
        ClinicTestCommunity community;
        long clinicId;
        JsonNode before;
        try (var first = start()) {
            var http = new ClinicHttp(port(first));
            community = ClinicTestCommunity.create(first.getBean(JdbcClient.class), first.getBean(Accounts.class),
                    http::token);
            clinicId = http.scheduledClinic(community, "STANDARD");
            http.post(community.get("fay"), "/api/clinics/" + clinicId + "/start", null, 200);
            http.post(community.get("fay"), "/api/clinics/" + clinicId + "/advance", null, 200);
            http.post(community.get("fay"), "/api/clinics/" + clinicId + "/extend", "{\"minutes\":5}", 200);
            http.post(community.get("mia"), "/api/clinics/" + clinicId + "/contributions",
                    "{\"kind\":\"QUESTION\",\"text\":\"Who writes the handover note?\"}", 201);
            http.post(community.get("max"), "/api/clinics/" + clinicId + "/hand", null, 200);
            http.post(community.get("mia"), "/api/clinics/" + clinicId + "/hand", null, 200);
            before = http.get(community.get("fay"), "/api/clinics/" + clinicId);
        }

        try (var second = start()) {
            var http = new ClinicHttp(port(second));
            JsonNode after = http.get(community.get("fay"), "/api/clinics/" + clinicId);

            assertThat(after.get("step").asString()).isEqualTo("UNDERSTANDING");
            assertThat(after.get("deadline").asString()).isEqualTo(before.get("deadline").asString());
            assertThat(after.get("plannedMinutes").asInt()).isEqualTo(before.get("plannedMinutes").asInt());
            assertThat(after.get("stepRevision").asLong()).isEqualTo(before.get("stepRevision").asLong());
            assertThat(after.get("revision").asLong()).isEqualTo(before.get("revision").asLong());
            assertThat(after.get("contributions")).isEqualTo(before.get("contributions"));
            assertThat(after.get("queue")).isEqualTo(before.get("queue"));
            assertThat(after.get("queue").get(0).get("member").get("name").asString()).isEqualTo("Max Member");

            // A click issued before the restart, naming the old revision, still counts once.
            long seen = before.get("stepRevision").asLong();
            http.post(community.get("fay"), "/api/clinics/" + clinicId + "/advance",
                    "{\"expectedStepRevision\":" + seen + "}", 200);
            JsonNode advanced = http.post(community.get("fay"), "/api/clinics/" + clinicId + "/advance",
                    "{\"expectedStepRevision\":" + seen + "}", 200);
            assertThat(advanced.get("step").asString()).isEqualTo("SHARING");
            http.post(community.get("max"), "/api/clinics/" + clinicId + "/contributions",
                    "{\"kind\":\"STORY\",\"text\":\"We lost alarms too.\"}", 201);
        }
    }
}
