package org.convene.community;

import org.convene.testing.ConveneIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.convene.identity.AccountSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The members pages in headless Chromium, at desktop and phone widths: the invitation story from
 * the convener's form to the invited person's account, the directory's live search, profiles.
 * Every page visited is checked with axe-core; screenshots go to {@code target/screenshots/members}.
 */
@Import(MembersFixtures.class)
@ConveneIntegrationTest
class MembersBrowserIT {

    private static final Path SHOTS = Paths.get("target", "screenshots", "members");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    MembersFixtures fixtures;
    @Autowired
    InvitationService invitations;

    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void shouldWalkInvitationsDirectoryAndProfilesAccessiblyAtBothWidths() {
        var convener = fixtures.account("Carla Convener");
        var community = fixtures.community(convener);
        var europe = fixtures.unit(community.id(), null, "Europe");
        var madrid = fixtures.unit(community.id(), europe.id(), "Madrid plant");
        var lineA = fixtures.unit(community.id(), madrid.id(), "Line A");
        var americas = fixtures.unit(community.id(), null, "Americas");
        var boston = fixtures.unit(community.id(), americas.id(), "Boston site");
        String[][] people = {
                {"Ana Lima", "Quality engineer", "lean,safety audits"},
                {"Ben Okafor", "Plant manager", "onboarding,lean"},
                {"Chloe Martin", "Lean coach", "kaizen"},
                {"Diego Ruiz", "Maintenance lead", "tpm,safety audits"},
                {"Emma Schulz", "HR partner", "onboarding"},
                {"Farid Haddad", "Process engineer", "six sigma,lean"}};
        Long[] unitsFor = {lineA.id(), madrid.id(), boston.id(), lineA.id(), europe.id(), null};
        for (int i = 0; i < people.length; i++) {
            var account = fixtures.account(people[i][0]);
            var membership = fixtures.join(community, convener, account, i == 1 ? Role.FACILITATOR : Role.MEMBER);
            fixtures.profile(membership, people[i][1], unitsFor[i], List.of(people[i][2].split(",")));
        }
        var expired = invitations.invite(fixtures.membership(community.id(), convener),
                new InvitationRequest("late@example.org", Role.MEMBER));
        invitations.revoke(community.id(), expired.invitation().id());

        for (var width : new int[] {1280, 390}) {
            var suffix = width > 600 ? "desktop" : "phone";
            try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                var page = context.newPage();
                signIn(page, convener);

                page.navigate(url("/communities/" + community.id() + "/invitations"));
                page.fill("#email", "nadia-" + suffix + "@example.org");
                page.selectOption("#role", "FACILITATOR");
                page.click("button[type=submit].button--primary");
                page.waitForSelector("#invitation-link");
                var link = page.inputValue("#invitation-link");
                check(page, "invitations-" + suffix);

                page.navigate(url("/communities/" + community.id() + "/members"));
                check(page, "directory-" + suffix);
                page.fill("#q", "lean");
                page.waitForFunction("() => document.querySelectorAll('#member-results .member-card').length === 1");
                assertThat(page.url()).contains("q=lean");
                assertThat(page.textContent("#member-count")).contains("1–1 of 1");
                page.fill("#q", "");
                page.selectOption("#unitId", String.valueOf(madrid.id()));
                page.waitForFunction("() => document.querySelectorAll('#member-results .member-card').length === 3");
                check(page, "directory-filtered-" + suffix);

                page.click("#member-results .member-card a");
                page.waitForSelector("#assign-heading");
                check(page, "member-" + suffix);

                page.navigate(url("/communities/" + community.id() + "/profile"));
                page.fill("#displayName", " ");
                page.fill("#expertise", "lean, kaizen");
                page.click("button[type=submit].button--primary");
                page.waitForSelector("#displayName-error");
                assertThat(page.inputValue("#expertise")).isEqualTo("lean, kaizen");
                check(page, "profile-invalid-" + suffix);

                try (var anonymous = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                    var visitor = anonymous.newPage();
                    visitor.navigate(link);
                    check(visitor, "accept-" + suffix);
                    visitor.fill("#displayName", "Nadia New");
                    visitor.fill("#password", "a long enough password");
                    visitor.click("button[type=submit].button--primary");
                    visitor.waitForURL("**/communities/" + community.id());
                    visitor.navigate(link);
                    check(visitor, "accept-used-" + suffix);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private void signIn(Page page, AccountSummary account) {
        page.navigate(url("/login"));
        page.fill("#email", account.email());
        page.fill("#password", MembersFixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForLoadState();
    }

    private void check(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
        var results = new AxeBuilder(page).analyze();
        results.getViolations().stream()
                .filter(violation -> "serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact()))
                .forEach(violation -> violations.add(name + ": " + violation.getId() + " " + violation.getNodes()
                        .stream().map(node -> String.valueOf(node.getTarget())).toList()));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
