package org.convene.clinic.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * A whole clinic in four browsers at once (presenter, facilitator, two members), on the room's pushed
 * fragments: each sees the others' contributions appear without reloading or fetching anything,
 * advice is refused during Understanding, the queue puts the quieter member first and the facilitator
 * can lower hands and clear it, the delayed-response variation keeps the presenter silent during
 * Advice, the presenter sums up, and a closed tab leaves "Here now". Every page passes axe-core.
 * Screenshots go to {@code target/clinic-browser}.
 */
@BrowserTest
class ClinicBrowserIT {

    private static final Path SHOTS = Path.of("target/clinic-browser");
    /** Live changes arrive in well under a second; the margin is for a loaded build machine. */
    private static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refetches = Collections.synchronizedList(new ArrayList<>());

    private Page signIn(Browsers browsers, ClinicTestCommunity.Person person, int width, int height) {
        Page page = browsers.newPage(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
        page.onPageError(error -> pageErrors.add(person.name() + ": " + error));
        Pages.signIn(page, person.email(), ClinicTestCommunity.PASSWORD);
        return page;
    }

    /** Opens the room and, from then on, notes every page fetch the room makes besides its stream and beats. */
    private void enter(Page page, String room) {
        page.navigate(room);
        page.evaluate("() => { window.stillTheSamePage = true; }");
        page.onRequest(request -> {
            boolean command = !request.method().equals("GET");
            boolean stream = request.url().contains("/events");
            if (!command && !stream && request.url().contains("/clinics/")) {
                refetches.add(request.method() + " " + request.url());
            }
        });
    }

    private static void shot(Page page, String name) {
        Browsers.screenshot(page, SHOTS.resolve(name + ".png"));
    }

    /**
     * Clicks a facilitator's control and waits until the controls show the clinic it changed:
     * a click naming a step revision that has moved on is (rightly) ignored by the server.
     */
    private static void control(Page page, String name) {
        String revision = page.locator("#room-controls").getAttribute("data-step-revision");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("#room-controls")).not().hasAttribute("data-step-revision", revision,
                new LocatorAssertions.HasAttributeOptions().setTimeout(5_000));
    }

    private static void post(Page page, String text) {
        page.fill("#composer-text", text);
        page.click("#room-composer button[type=submit]");
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void shouldRunAWholeClinicInFourBrowsersAtOnce(Browsers browsers) throws Exception {
        var http = new ClinicHttp(port);
        var community = ClinicTestCommunity.create(jdbc, accounts, http::token);
        long clinicId = http.scheduledClinic(community, "DELAYED_RESPONSE");
        String room = "/communities/" + community.communityId + "/clinics/" + clinicId + "/room";

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("pat", signIn(browsers, community.get("pat"), 1280, 900));
        pages.put("fay", signIn(browsers, community.get("fay"), 1280, 900));
        pages.put("mia", signIn(browsers, community.get("mia"), 1280, 900));
        pages.put("max", signIn(browsers, community.get("max"), 390, 844));
        Page pat = pages.get("pat");
        Page fay = pages.get("fay");
        Page mia = pages.get("mia");
        Page max = pages.get("max");

        // The clinics tab, the case and the case form pass axe too.
        mia.navigate("/communities/" + community.communityId + "/clinics");
        Accessibility.assertAccessible(mia);
        long caseId = http.get(community.get("fay"), "/api/clinics/" + clinicId).get("caseId").asLong();
        mia.navigate("/communities/" + community.communityId + "/cases/" + caseId);
        Accessibility.assertAccessible(mia);
        pat.navigate("/communities/" + community.communityId + "/cases/new");
        Accessibility.assertAccessible(pat);

        for (Page page : pages.values()) {
            enter(page, room);
        }
        // Everyone is present, and everyone sees everyone arrive.
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-presence")).containsText("Max Member", LIVE);
            assertThat(page.locator("#room-presence")).containsText("Pat Presenter", LIVE);
        }
        Accessibility.assertAccessible(fay);

        // Start: every room moves to Context.
        control(fay, "Start the clinic");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("Context", LIVE);
        }
        post(pat, "Alarms still open at 6 get lost between shifts.");
        for (Page page : pages.values()) {
            assertThat(page.locator("#thread-list-CONTEXT")).containsText("Alarms still open at 6", LIVE);
        }
        assertThat(pat.locator("#composer-status")).containsText("Posted.", LIVE);
        // The confirmation makes room again after a moment.
        assertThat(pat.locator("#composer-status [role=status]")).hasCount(0);

        // Understanding: questions; advice is refused with the seed's hint.
        control(fay, "Next: Understanding");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("Understanding", LIVE);
        }
        post(mia, "Who writes the handover note?");
        assertThat(pat.locator("#thread-list-UNDERSTANDING")).containsText("Who writes the handover note?", LIVE);
        max.locator("label.kind-choice__option", new Page.LocatorOptions().setHasText("Advice")).click();
        post(max, "Use a checklist.");
        assertThat(max.locator("#composer-status [role=alert]"))
                .containsText("Refrain from offering advice at this stage.", LIVE);
        Accessibility.assertAccessible(max);

        // The presenter answers in the thread; the answer joins the question for everyone.
        button(pat, "Answer");
        post(pat, "The operator leaving, at the very end of the shift.");
        assertThat(mia.locator("#thread-list-UNDERSTANDING .replies")).containsText("The operator leaving", LIVE);

        // Hands: Mia first, then Max; Max, who has not been heard yet, goes first.
        button(mia, "Raise your hand");
        assertThat(fay.locator("#room-queue")).containsText("Mia Member", LIVE);
        assertThat(mia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lower your hand"))).isVisible();
        assertThat(mia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise your hand"))).isHidden();
        button(max, "Raise your hand");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-queue .queue__item").first()).containsText("Max Member", LIVE);
        }
        assertThat(fay.locator("#room-queue .queue__item").nth(1)).containsText("Mia Member", LIVE);
        shot(fay, "room-facilitator-desktop");
        shot(max, "room-member-phone");
        shot(mia, "room-member-desktop");
        Accessibility.assertAccessible(fay);
        Accessibility.assertAccessible(mia);
        button(fay, "Give the floor to Max Member");
        assertThat(mia.locator("#room-queue")).containsText("Max Member has the floor", LIVE);

        // The facilitator lowers Mia's hand; her own page offers to raise it again.
        button(fay, "Lower Mia Member's hand");
        assertThat(mia.locator("#room-queue")).containsText("No hands raised.", LIVE);
        assertThat(mia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise your hand"))).isVisible();
        button(mia, "Raise your hand");
        assertThat(fay.locator("#room-queue .queue__item")).hasCount(1);
        button(fay, "Clear the queue");
        assertThat(max.locator("#room-queue")).containsText("No hands raised.", LIVE);

        // Extend, then skip Sharing: everyone lands in Advice.
        control(fay, "Give this step 5 more minute(s)");
        control(fay, "Skip Sharing");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("Advice", LIVE);
        }
        post(mia, "Read the open alarms aloud at the handover.");
        assertThat(max.locator("#thread-list-ADVICE")).containsText("Read the open alarms aloud", LIVE);
        // Delayed response: the presenter listens, with no way to post.
        assertThat(pat.locator("#room-composer")).containsText("the presenter listens to the advice", LIVE);
        assertThat(pat.locator("#room-composer form")).hasCount(0);
        assertThat(pat.locator("#room-contributions button[data-reply]")).hasCount(0);
        button(max, "Comment");
        post(max, "We tried that; it works if the day lead reads them.");
        assertThat(pat.locator(".contribution--advice .replies")).containsText("We tried that", LIVE);

        // Summary: the presenter takes away, adopts Mia's advice, keeps the default follow-up.
        control(fay, "Next: Summary");
        assertThat(pat.locator("#room-step h2")).containsText("Summary", LIVE);
        assertThat(mia.locator("#room-composer")).containsText("the presenter sums up", LIVE);
        shot(pat, "room-presenter-summary");
        pat.fill("#takeaways", "Open alarms are read aloud at 6.\nThe day lead signs the handover.");
        pat.locator(".checklist__item", new Page.LocatorOptions().setHasText("Read the open alarms aloud")).click();
        button(pat, "Save the summary");
        assertThat(pat.locator("#composer-status")).containsText("The summary is saved", LIVE);
        for (Page page : pages.values()) {
            assertThat(page.locator("#thread-list-SUMMARY")).containsText("The day lead signs the handover.", LIVE);
        }
        control(fay, "Finish the clinic");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("The clinic has ended", LIVE);
        }

        // Nothing on any page was reloaded or fetched again to show all of this.
        for (Page page : pages.values()) {
            assertThat(page.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);
        }
        assertThat(refetches).isEmpty();

        // A closed tab leaves "Here now" for everyone else.
        max.context().close();
        for (Page page : List.of(pat, fay, mia)) {
            assertThat(page.locator("#room-presence")).not().containsText("Max Member", LIVE);
        }

        // The printable summary.
        mia.navigate("/communities/" + community.communityId + "/clinics/" + clinicId + "/summary");
        assertThat(mia.locator("main")).containsText("Open alarms are read aloud at 6.");
        assertThat(mia.locator("main")).containsText("Read the open alarms aloud at the handover.");
        assertThat(mia.locator("main")).containsText("Mia Member");
        Accessibility.assertAccessible(mia);
        shot(mia, "summary-desktop");
        assertThat(pageErrors).isEmpty();
    }
}
