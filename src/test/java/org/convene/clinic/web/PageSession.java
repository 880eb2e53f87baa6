package org.convene.clinic.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.clinic.ClinicTestCommunity;

/**
 * A person's browser without the browser: signed in through the sign-in form, with its session
 * cookie, opening the room page and the stream the page names, as the page does.
 */
final class PageSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SSE_CONNECT = Pattern.compile("sse-connect=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private PageSession(String base) {
        this.base = base;
    }

    static PageSession signIn(String base, String email) throws Exception {
        var session = new PageSession(base);
        String form = session.get("/login");
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(ClinicTestCommunity.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + find(CSRF_FIELD, form);
        var signedIn = session.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in as " + email + " failed: " + signedIn.statusCode());
        }
        return session;
    }

    String get(String path) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " → " + response.statusCode());
        }
        return response.body();
    }

    /** Opens the room page, then the stream it names; the stream's lines arrive in the queue returned. */
    BlockingQueue<String> openRoom(long communityId, long clinicId) throws Exception {
        String page = get("/communities/" + communityId + "/clinics/" + clinicId + "/room");
        String stream = find(SSE_CONNECT, page).replace("&amp;", "&");
        var response = client.send(HttpRequest.newBuilder(URI.create(base + stream))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new AssertionError("stream " + stream + " → " + response.statusCode());
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("not on the page: " + pattern);
        }
        return matcher.group(1);
    }
}
