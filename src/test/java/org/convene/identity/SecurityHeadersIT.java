package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headers as a browser receives them, over real HTTP (cookies get their SameSite from the servlet
 * container, which MockMvc does not have): no referrer leaves a page or the API, and every cookie
 * (session, remember-me, language) is SameSite.
 */
@ConveneIntegrationTest
class SecurityHeadersIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void noPageAndNoApiAnswerSendsAReferrer() throws Exception {
        var client = HttpClient.newHttpClient();
        for (var path : new String[] {"/login", "/api/me", "/invitations/inv_unknown"}) {
            var response = client.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void everyCookieIsSameSite() throws Exception {
        var account = TestAccounts.create(accounts, "Sam Site");
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = client.send(HttpRequest.newBuilder(url("/login?lang=es")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        var form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(account.password(), StandardCharsets.UTF_8)
                + "&remember-me=on&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signIn = client.send(HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());

        var cookies = new java.util.ArrayList<>(login.headers().allValues("Set-Cookie"));
        cookies.addAll(signIn.headers().allValues("Set-Cookie"));
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("convene-locale="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(SecurityConfiguration.REMEMBER_ME_COOKIE + "="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
