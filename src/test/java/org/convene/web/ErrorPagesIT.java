package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.convene.testing.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors as people and scripts meet them, over real HTTP (MockMvc does not render Boot's error
 * pages): pages in the layout with the right status, the API in problem+json.
 */
@ConveneIntegrationTest
class ErrorPagesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void anUnknownPageIsA404PageInTheLayout() throws Exception {
        var client = signedIn(TestAccounts.create(accounts, "Ivy Errors"));

        var response = client.send(HttpRequest.newBuilder(url("/no-such-page"))
                        .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Not found</h1>", "class=\"skip-link\"", "href=\"/account\"");
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        var account = TestAccounts.create(accounts, "Jay Errors");
        var basic = java.util.Base64.getEncoder().encodeToString(
                (account.email() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/no-such-thing"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404");

        var wrongMethod = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/me"))
                .header("Authorization", "Basic " + basic).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
    }

    private HttpClient signedIn(TestAccount account) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = client.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        var form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(account.password(), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signIn = client.send(HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        return client;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
