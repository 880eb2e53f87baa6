package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever arrives under {@code /api/}, the answer is a 4xx problem+json: malformed requests the
 * servlet container, the security firewall or the multipart parser refuse before any controller
 * runs included. Over real HTTP, because MockMvc has neither a container nor its error dispatch.
 */
@ConveneIntegrationTest
class ApiErrorAnswersIT {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private final HttpClient client = HttpClient.newHttpClient();
    private String bearer;

    @BeforeEach
    void aToken() throws Exception {
        var account = TestAccounts.create(accounts, "Pia Errors");
        var basic = Base64.getEncoder().encodeToString(
                (account.email() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
        var created = client.send(HttpRequest.newBuilder(url("/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"errors\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        bearer = "Bearer " + JsonMapper.builder().build().readTree(created.body()).get("token").asString();
    }

    @Test
    void aVeryLongUrlIs414() throws Exception {
        assertProblem(send(get("/api/communities/" + "1".repeat(100_000))), 414);
    }

    @Test
    void aBrokenPercentEncodingIs400() throws Exception {
        // No HTTP client sends this, so it goes over a plain socket.
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/communities/%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400");
        }
    }

    @Test
    void aPathTheFirewallRefusesIs400() throws Exception {
        assertProblem(send(get("/api/communities/1;jsessionid=x/units")), 400);
    }

    @Test
    void anOversizedHeaderIs431() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(url("/api/me")).header("Authorization", bearer)
                .header("X-Padding", "p".repeat(64_000)).build()), 431);
    }

    @Test
    void anUnsupportedBodyTypeIs415() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(url("/api/tokens")).header("Authorization", bearer)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<a/>")).build()),
                415);
    }

    @Test
    void brokenJsonIs400() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(url("/api/tokens")).header("Authorization", bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":"))
                .build()), 400);
    }

    @Test
    void aMultipartWithoutBoundaryIs400() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(url("/api/cases/1/visual")).header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\n\r\n")).build()), 400);
    }

    @Test
    void aTruncatedMultipartIs400() throws Exception {
        var body = "--edge\r\nContent-Disposition: form-data; name=\"visual\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n0000";
        assertProblem(send(HttpRequest.newBuilder(url("/api/cases/1/visual")).header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=edge")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build()), 400);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(url(path)).header("Authorization", bearer).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
