package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.convene.benchmarking.BenchmarkingFixtures.Person;
import org.convene.identity.Accounts;
import org.convene.testing.Accessibility;
import org.convene.testing.BrowserTest;
import org.convene.testing.Browsers;
import org.convene.testing.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarking story in Chromium: a convener builds a model (3 dimensions, 4 levels) and opens
 * an anonymous round for 4 units; a member of each unit self-assesses by clicking level cards; the
 * report shows the learning potential, strengths, growth areas and the learning pair; another
 * unit's member sees labels, not names; both sides of the pair click "Introduce us" and then see
 * each other's names. axe-core on every page; the report photographed at desktop and phone widths
 * in {@code target/screenshots/benchmarking}. Levels as in {@link BenchmarkingIT}.
 */
@BrowserTest
class BenchmarkingBrowserIT {

    private static final Path SHOTS = Path.of("target", "screenshots", "benchmarking");
    private static final String LAKESIDE = "Lakeside Treatment";
    private static final String HILLCREST = "Hillcrest Pumping";
    private static final String RIVERSIDE = "Riverside Works";
    private static final String MEADOW = "Meadow Station";
    private static final List<String> NAMES = List.of(LAKESIDE, HILLCREST, RIVERSIDE, MEADOW);
    private static final int[][] LEVELS = {{4, 1, 2}, {1, 3, 2}, {3, 2, 3}, {4, 4, 4}};

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JsonMapper json;

    @Test
    void shouldWalkFromModelToIntroductionAccessibly(Browsers browsers) throws Exception {
        Files.createDirectories(SHOTS);
        var fixtures = new BenchmarkingFixtures(mvc, accounts, userDetails, json);
        var convener = fixtures.person("Carla");
        var communityId = fixtures.community(convener);
        var members = new ArrayList<Person>();
        for (var name : NAMES) {
            var unit = fixtures.unit(communityId, convener, name);
            members.add(fixtures.join(communityId, convener, fixtures.person(name.split(" ")[0]), "MEMBER", unit));
        }
        var base = "/communities/" + communityId + "/benchmarking";

        // The convener builds the model in the editor, adding dimensions with its button.
        var carla = browsers.newPage();
        Pages.signIn(carla, convener.account());
        carla.navigate(base + "/models/new");
        Accessibility.assertAccessible(carla);
        carla.locator("#name").fill("Water operations");
        assertThat(carla.locator(".level-inputs input").count()).isEqualTo(4);
        for (int d = 0; d < BenchmarkingFixtures.DIMENSIONS.size(); d++) {
            if (d > 0) {
                carla.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add a dimension")).click();
                carla.waitForLoadState();
            }
            var dimension = BenchmarkingFixtures.DIMENSIONS.get(d);
            carla.locator("[id='dimensions[" + d + "]-name']").fill(dimension);
            for (int l = 0; l < 4; l++) {
                carla.locator("#d" + d + "l" + l).fill(dimension + " at " + BenchmarkingFixtures.LEVELS.get(l).toLowerCase());
            }
        }
        carla.locator("section:has(#d1l0) details summary").click();
        carla.locator("[id='dimensions[1]-metricName']").fill("Time to detect");
        carla.locator("[id='dimensions[1]-metricUnit']").fill("hours");
        carla.locator("#lower1").check();
        Accessibility.assertAccessible(carla);
        carla.locator("button.button--primary[type=submit]").click();
        carla.waitForURL(url -> url.contains("/models/") && url.endsWith("?saved"));
        assertThat(carla.locator("main").innerText()).contains("Shift handover", "Leak detection", "Training",
                "Time to detect");
        Accessibility.assertAccessible(carla);

        // ... and opens an anonymous round for the four units (pre-selected, anonymous by default).
        carla.navigate(base + "/rounds/new");
        Accessibility.assertAccessible(carla);
        carla.locator("#name").fill("2026 Q4");
        assertThat(carla.locator("#visibility-ANONYMOUS").isChecked()).isTrue();
        assertThat(carla.locator("input[name=unitIds]:checked").count()).isEqualTo(4);
        carla.locator("form button.button--primary[type=submit]").click();
        carla.waitForURL(url -> url.endsWith("?opened"));
        Accessibility.assertAccessible(carla);
        var roundUrl = carla.url().replaceAll("\\?.*$", "").replaceAll("^https?://[^/]+", "");

        // A member of each unit self-assesses: a level card per dimension, evidence for the top level.
        var pages = new ArrayList<Page>();
        for (int u = 0; u < NAMES.size(); u++) {
            var page = browsers.newPage();
            pages.add(page);
            Pages.signIn(page, members.get(u).account());
            page.navigate(roundUrl);
            if (u == 0) {
                Accessibility.assertAccessible(page);
            }
            page.locator(".unit-row a.button").click();
            page.waitForURL(url -> url.endsWith("/assessment"));
            assertThat(page.locator("h2").innerText()).contains(NAMES.get(u));
            if (u == 0) {
                Accessibility.assertAccessible(page);
            }
            var dimensions = page.locator("fieldset.assessment-dimension");
            for (int d = 0; d < 3; d++) {
                var level = LEVELS[u][d];
                dimensions.nth(d).locator("label.level-choice").nth(level - 1).click();
                if (level == 4) {
                    dimensions.nth(d).locator("textarea").fill("Audited by a peer site this spring");
                }
            }
            page.locator("button[name=submit]").click();
            page.waitForSelector(".alert--success");
            assertThat(page.locator(".alert--success").innerText()).containsIgnoringCase("submitted");
        }

        // Lakeside's report: the spread ranking, its strength, its growth areas, its pair; others by label.
        var lakeside = pages.get(0);
        lakeside.navigate(roundUrl + "/report");
        Accessibility.assertAccessible(lakeside);
        assertThat(lakeside.locator("section[aria-labelledby=potential-heading] tbody th").allInnerTexts())
                .containsExactly("Leak detection", "Shift handover", "Training");
        var own = lakeside.locator("section.own-unit");
        assertThat(own.locator(".tag--strength").allInnerTexts()).containsExactly("Shift handover");
        assertThat(own.locator(".growth-list strong").allInnerTexts()).containsExactly("Leak detection", "Training");
        assertThat(own.locator(".growth-next").first().innerText()).isEqualTo("Leak detection at developing");
        var pair = lakeside.locator(".pair--yours");
        assertThat(pair.count()).isEqualTo(1);
        var partner = pair.locator(".pair__names strong").allInnerTexts().stream()
                .filter(name -> !name.equals(LAKESIDE)).findFirst().orElseThrow();
        assertThat(partner).matches("Unit [A-D]");
        assertNoneOf(lakeside, HILLCREST, RIVERSIDE, MEADOW);
        for (var width : new int[] {1280, 390}) {
            lakeside.setViewportSize(width, 900);
            Browsers.screenshot(lakeside, SHOTS.resolve("report-" + width + ".png"));
        }
        lakeside.setViewportSize(1280, 900);

        // Riverside's member sees labels for everyone else.
        var riverside = pages.get(2);
        riverside.navigate(roundUrl + "/report");
        Accessibility.assertAccessible(riverside);
        assertThat(riverside.locator("section.own-unit h3").innerText()).contains(RIVERSIDE);
        assertNoneOf(riverside, LAKESIDE, HILLCREST, MEADOW);

        // Both sides of the pair click "Introduce us"; then, and only then, they see each other's names.
        lakeside.locator(".pair--yours button").click();
        lakeside.waitForURL(url -> url.endsWith("/report#pairs"));
        assertThat(lakeside.locator(".pair--yours").innerText()).contains("Waiting");
        assertNoneOf(lakeside, HILLCREST);
        var hillcrest = pages.get(1);
        hillcrest.navigate(roundUrl + "/report");
        assertNoneOf(hillcrest, LAKESIDE);
        hillcrest.locator(".pair--yours button").click();
        hillcrest.waitForURL(url -> url.endsWith("/report#pairs"));
        assertThat(hillcrest.locator(".pair--yours .pair__names").innerText()).contains(LAKESIDE);
        Accessibility.assertAccessible(hillcrest);
        lakeside.reload();
        assertThat(lakeside.locator(".pair--yours .pair__names").innerText()).contains(HILLCREST);
        riverside.reload();
        assertNoneOf(riverside, LAKESIDE, HILLCREST);

        // The convener's import page.
        carla.navigate(roundUrl + "/import");
        Accessibility.assertAccessible(carla);
        Browsers.screenshot(carla, SHOTS.resolve("import.png"));
    }

    private static void assertNoneOf(Page page, String... names) {
        var html = page.content();
        for (var name : names) {
            assertThat(html).as(page.url() + " must not show " + name).doesNotContain(name);
        }
    }
}
