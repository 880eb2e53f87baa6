package org.convene.clinic;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole clinic in four browsers at once (presenter, facilitator, two members): each sees
 * the others' contributions live, advice is refused during Understanding, the queue puts the
 * quieter member first, the delayed-response variation keeps the presenter silent during
 * Advice, and the presenter sums up. Every page passes axe-core without serious or critical
 * violations. Screenshots go to {@code target/clinic-browser}.
 */
@ConveneIntegrationTest
class ClinicBrowserIT {

    private static final Path SHOTS = Path.of("target/clinic-browser");
    private static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions().setHeadless(true).setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run"));
    }

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(launchOptions());
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page signIn(ClinicTestCommunity.Person person, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB"));
        Page page = context.newPage();
        page.onConsoleMessage(message -> System.out.println(person.name() + " console: " + message.text()));
        page.onPageError(error -> System.out.println(person.name() + " error: " + error));
        page.onResponse(response -> { if (response.url().contains("/room/")) System.out.println(person.name() + " " + response.status() + " " + response.request().method() + " " + response.url() + " " + response.request().postData()); });
        page.navigate(base() + "/login");
        page.fill("input[name=email]", person.email());
        page.fill("input[name=password]", ClinicTestCommunity.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL("**/communities**");
        return page;
    }

    private static void checkAccessibility(Page page, String what) {
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(what + ": " + serious.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + ".png")));
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
        if (page.locator("#composer-text").count() == 0) {
            page.waitForTimeout(1500);
            System.out.println("NO COMPOSER: " + page.locator("#room-composer").evaluate("e => e.outerHTML"));
        }
        page.fill("#composer-text", text);
        page.click("#room-composer button[type=submit]");
    }

    @Test
    void shouldRunAWholeClinicInFourBrowsersAtOnce() throws Exception {
        var http = new ClinicHttp(port);
        var community = ClinicTestCommunity.create(jdbc, accounts, http::token);
        long clinicId = http.scheduledClinic(community, "DELAYED_RESPONSE");
        String room = base() + "/communities/" + community.communityId + "/clinics/" + clinicId + "/room";

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("pat", signIn(community.get("pat"), 1280, 900));
        pages.put("fay", signIn(community.get("fay"), 1280, 900));
        pages.put("mia", signIn(community.get("mia"), 1280, 900));
        pages.put("max", signIn(community.get("max"), 390, 844));
        Page pat = pages.get("pat");
        Page fay = pages.get("fay");
        Page mia = pages.get("mia");
        Page max = pages.get("max");

        // The clinics tab, the case and the case form pass axe too.
        mia.navigate(base() + "/communities/" + community.communityId + "/clinics");
        checkAccessibility(mia, "clinics list");
        long caseId = http.get(community.get("fay"), "/api/clinics/" + clinicId).get("caseId").asLong();
        mia.navigate(base() + "/communities/" + community.communityId + "/cases/" + caseId);
        checkAccessibility(mia, "case page");
        pat.navigate(base() + "/communities/" + community.communityId + "/cases/new");
        checkAccessibility(pat, "case form");

        for (Page page : pages.values()) {
            page.navigate(room);
        }
        // Everyone is present, and everyone sees everyone arrive.
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-presence")).containsText("Max Member", LIVE);
            assertThat(page.locator("#room-presence")).containsText("Pat Presenter", LIVE);
        }
        checkAccessibility(fay, "room before the start (facilitator)");

        // Start: every room moves to Context.
        control(fay, "Start the clinic");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("Context", LIVE);
        }
        post(pat, "Alarms still open at 6 get lost between shifts.");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-contributions")).containsText("Alarms still open at 6", LIVE);
        }

        // Understanding: questions; advice is refused with the seed's hint.
        control(fay, "Next: Understanding");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("Understanding", LIVE);
        }
        post(mia, "Who writes the handover note?");
        assertThat(pat.locator("#room-contributions")).containsText("Who writes the handover note?", LIVE);
        max.locator("label.kind-choice__option", new Page.LocatorOptions().setHasText("Advice")).click();
        post(max, "Use a checklist.");
        assertThat(max.locator("#composer-status [role=alert]"))
                .containsText("Refrain from offering advice at this stage.", LIVE);
        checkAccessibility(max, "room with a refusal (member, phone)");

        // The presenter answers in the thread.
        pat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer")).click();
        post(pat, "The operator leaving, at the very end of the shift.");
        assertThat(mia.locator("#room-contributions .replies")).containsText("The operator leaving", LIVE);

        // Hands: Mia first, then Max; Max, who has not been heard yet, goes first.
        mia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise your hand")).click();
        assertThat(fay.locator("#room-queue")).containsText("Mia Member", LIVE);
        max.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise your hand")).click();
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-queue .queue__item").first()).containsText("Max Member", LIVE);
        }
        assertThat(fay.locator("#room-queue .queue__item").nth(1)).containsText("Mia Member", LIVE);
        shot(fay, "room-facilitator-desktop");
        shot(max, "room-member-phone");
        shot(mia, "room-member-desktop");
        checkAccessibility(fay, "room running (facilitator)");
        checkAccessibility(mia, "room running (member)");
        fay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the floor to Max Member")).click();
        assertThat(mia.locator("#room-queue")).containsText("Max Member has the floor", LIVE);

        // Extend, then skip Sharing: everyone lands in Advice.
        control(fay, "Give this step 5 more minute(s)");
        control(fay, "Skip Sharing");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("Advice", LIVE);
        }
        post(mia, "Read the open alarms aloud at the handover.");
        assertThat(max.locator("#room-contributions")).containsText("Read the open alarms aloud", LIVE);
        // Delayed response: the presenter listens, with no way to post.
        assertThat(pat.locator("#room-composer")).containsText("the presenter listens to the advice", LIVE);
        assertThat(pat.locator("#room-composer form")).hasCount(0);
        assertThat(pat.locator("#room-contributions button[data-reply]")).hasCount(0);
        max.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment")).click();
        post(max, "We tried that; it works if the day lead reads them.");
        assertThat(pat.locator(".contribution--advice .replies")).containsText("We tried that", LIVE);

        // Summary: the presenter takes away, adopts Mia's advice, keeps the default follow-up.
        control(fay, "Next: Summary");
        assertThat(pat.locator("#room-step h2")).containsText("Summary", LIVE);
        assertThat(mia.locator("#room-composer")).containsText("the presenter sums up", LIVE);
        shot(pat, "room-presenter-summary");
        pat.fill("#takeaways", "Open alarms are read aloud at 6.\nThe day lead signs the handover.");
        pat.locator(".adopt", new Page.LocatorOptions().setHasText("Read the open alarms aloud")).click();
        pat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the summary")).click();
        assertThat(pat.locator("#composer-status")).containsText("The summary is saved", LIVE);
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-contributions")).containsText("The day lead signs the handover.", LIVE);
        }
        control(fay, "Finish the clinic");
        for (Page page : pages.values()) {
            assertThat(page.locator("#room-step h2")).containsText("The clinic has ended", LIVE);
        }

        // The printable summary.
        mia.navigate(base() + "/communities/" + community.communityId + "/clinics/" + clinicId + "/summary");
        assertThat(mia.locator("main")).containsText("Open alarms are read aloud at 6.");
        assertThat(mia.locator("main")).containsText("Read the open alarms aloud at the handover.");
        assertThat(mia.locator("main")).containsText("Mia Member");
        checkAccessibility(mia, "summary");
        shot(mia, "summary-desktop");
        List<String> failures = new ArrayList<>();
        for (Page page : pages.values()) {
            page.context().close();
        }
        assertThat(failures).isEmpty();
    }
}
