package org.convene.clinic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.convene.clinic.web.api.ClinicApiIT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The clinic's API over real HTTP (JDK client), for tests against a running server. */
public final class ClinicHttp {

    public final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final String base;
    final JsonMapper json = JsonMapper.builder().build();

    public ClinicHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public String token(String email) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + ClinicTestCommunity.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"test\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).get("token").asString();
    }

    JsonNode send(ClinicTestCommunity.Person who, String method, String path, String body, int expected)
            throws Exception {
        // A request that never answers fails the test rather than holding the build.
        var response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", who.bearer()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }

    public JsonNode post(ClinicTestCommunity.Person who, String path, String body, int expected) throws Exception {
        return send(who, "POST", path, body, expected);
    }

    public JsonNode get(ClinicTestCommunity.Person who, String path) throws Exception {
        return send(who, "GET", path, null, 200);
    }

    /** A ready case of Pat with Mia's related experience, scheduled with Fay facilitating; returns the clinic id. */
    public long scheduledClinic(ClinicTestCommunity community, String variation) throws Exception {
        var pat = community.get("pat");
        long caseId = post(pat, "/api/communities/" + community.communityId + "/cases", """
                {"title":"Handovers get lost","context":"Night hands over to day at 6.","question":"%s",
                 "kind":"CHALLENGE"}""".formatted(ClinicApiIT.PRECISE), 201).get("id").asLong();
        post(pat, "/api/cases/" + caseId + "/ready", null, 200);
        post(community.get("mia"), "/api/cases/" + caseId + "/related-experience", null, 200);
        return post(community.get("fay"), "/api/communities/" + community.communityId + "/clinics", """
                {"caseId":%d,"startsAt":"2030-01-10T09:00:00Z","variation":"%s","facilitatorId":%d,"inviteeIds":[%d,%d]}"""
                .formatted(caseId, variation, community.get("fay").memberId(), community.get("mia").memberId(),
                        community.get("max").memberId()), 201).get("id").asLong();
    }
}
