package org.convene.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.convene.clinic.ClinicHttp;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A visual over the server's upload limit is refused while the request is read, before any controller
 * runs. Over real HTTP (the limit is the servlet container's): the API answers 413 problem+json, the
 * case page comes back with the reason, and the visual already saved stays.
 */
@ConveneIntegrationTest
class OversizedUploadIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    private final JsonMapper json = JsonMapper.builder().build();
    private ClinicHttp api;
    private ClinicTestCommunity community;
    private long caseId;

    @BeforeEach
    void aCaseWithAVisual() throws Exception {
        api = new ClinicHttp(port);
        community = ClinicTestCommunity.create(jdbc, accounts, api::token);
        caseId = api.post(community.get("pat"), "/api/communities/" + community.communityId + "/cases", """
                {"title":"Handovers lose alarms","context":"Two shifts, ten minutes.",
                 "question":"How do we hand over open alarms?","kind":"CHALLENGE","neededBy":"2030-01-31"}""", 201)
                .get("id").asLong();
        var upload = upload("/api/cases/" + caseId + "/visual", image(1_000), null)
                .header("Authorization", community.get("pat").bearer()).build();
        assertThat(api.client.send(upload, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAnOversizedApiUploadWithProblemJsonAndKeepTheVisual() throws Exception {
        var upload = upload("/api/cases/" + caseId + "/visual", image(6_500_000), null)
                .header("Authorization", community.get("pat").bearer()).build();
        var response = api.client.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/upload-too-large");
        assertThat(problem.get("detail").asString()).contains("5 MB");
        assertThat(api.get(community.get("pat"), "/api/cases/" + caseId).get("hasVisual").asBoolean()).isTrue();
    }

    @Test
    void shouldTakeThePageBackToTheFormWithTheReason() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, community.get("pat").email());
        String form = "/communities/" + community.communityId + "/cases/" + caseId + "/edit";
        String page = browser.send(HttpRequest.newBuilder(URI.create(api.base + form)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();

        var upload = upload("/communities/" + community.communityId + "/cases/" + caseId, image(6_500_000),
                csrf.group(1)).header("Referer", api.base + form).build();
        var refused = browser.send(upload, HttpResponse.BodyHandlers.discarding());

        assertThat(refused.statusCode()).isEqualTo(303);
        String back = refused.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo(form + "?uploadTooLarge");
        String shown = browser.send(HttpRequest.newBuilder(URI.create(api.base + back)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(shown).contains("The upload is larger than this server accepts");
        assertThat(api.get(community.get("pat"), "/api/cases/" + caseId).get("title").asString())
                .isEqualTo("Handovers lose alarms");
    }

    private void signIn(HttpClient browser, String email) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(api.base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + ClinicTestCommunity.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = browser.send(HttpRequest.newBuilder(URI.create(api.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private HttpRequest.Builder upload(String path, byte[] image, String csrf) {
        String boundary = "convene-test-boundary";
        var body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"visual\"; filename=\"v.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(image);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(api.base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** A real PNG, padded after its end to the size wanted. */
    private static byte[] image(int size) {
        byte[] png = TestImages.drawn("png", 2, 2);
        byte[] image = Arrays.copyOf(png, size);
        Arrays.fill(image, png.length, size, (byte) 7);
        return image;
    }
}
