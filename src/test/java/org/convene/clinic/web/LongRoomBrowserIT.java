package org.convene.clinic.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.convene.clinic.ClinicHttp;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.identity.Accounts;
import org.convene.testing.Accessibility;
import org.convene.testing.BrowserTest;
import org.convene.testing.Browsers;
import org.convene.testing.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The room of a long clinic: a step shows its latest threads and offers the earlier ones, which "show
 * earlier" puts in place, oldest first, while new contributions keep arriving at the end; without
 * JavaScript the same link opens a page with all of them.
 */
@BrowserTest
class LongRoomBrowserIT {

    private static final int POSTED = RoomView.THREADS_SHOWN + 5;
    private static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    private static String question(int n) {
        return "Question " + n + ": who checks the open alarms?";
    }

    @Test
    void shouldShowTheLatestThreadsAndTheEarlierOnesOnRequest(Browsers browsers) throws Exception {
        var http = new ClinicHttp(port);
        var community = ClinicTestCommunity.create(jdbc, accounts, http::token);
        long clinicId = http.scheduledClinic(community, "STANDARD");
        http.post(community.get("fay"), "/api/clinics/" + clinicId + "/start", null, 200);
        http.post(community.get("fay"), "/api/clinics/" + clinicId + "/advance", null, 200);
        for (int n = 1; n <= POSTED; n++) {
            http.post(community.get(n % 2 == 0 ? "mia" : "max"), "/api/clinics/" + clinicId + "/contributions",
                    "{\"kind\":\"QUESTION\",\"text\":\"" + question(n) + "\"}", 201);
        }
        String room = "/communities/" + community.communityId + "/clinics/" + clinicId + "/room";
        Page mia = browsers.newPage(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        Pages.signIn(mia, community.get("mia").email(), ClinicTestCommunity.PASSWORD);
        mia.navigate(room);

        var understanding = mia.locator("#thread-list-UNDERSTANDING");
        assertThat(understanding.locator("> li.contribution")).hasCount(RoomView.THREADS_SHOWN);
        assertThat(understanding).containsText(question(POSTED));
        assertThat(understanding).not().containsText(question(5));
        var earlier = mia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show 5 earlier contributions"));
        String pageOfAll = earlier.getAttribute("href");
        Accessibility.assertAccessible(mia);

        earlier.click();
        assertThat(understanding.locator("> li.contribution")).hasCount(POSTED);
        assertThat(understanding.locator("> li.contribution").first()).containsText(question(1));
        assertThat(earlier).hasCount(0);

        // New contributions still arrive at the end, live.
        http.post(community.get("max"), "/api/clinics/" + clinicId + "/contributions",
                "{\"kind\":\"QUESTION\",\"text\":\"And the last one?\"}", 201);
        assertThat(understanding.locator("> li.contribution").last()).containsText("And the last one?", LIVE);
        Browsers.screenshot(mia, Path.of("target/clinic-browser/long-room.png"));

        // Without JavaScript, the link is a page of the whole step.
        mia.navigate(pageOfAll);
        assertThat(mia.locator("main li.contribution")).hasCount(POSTED + 1);
        assertThat(mia.locator("h1")).containsText("Understanding");
        Accessibility.assertAccessible(mia);
    }
}
