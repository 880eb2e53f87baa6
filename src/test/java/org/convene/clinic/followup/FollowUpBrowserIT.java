package org.convene.clinic.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.identity.Accounts;
import org.convene.testing.Accessibility;
import org.convene.testing.BrowserTest;
import org.convene.testing.Browsers;
import org.convene.testing.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up in two browsers: the presenter finds the report form from the case page and
 * files it; the adviser, in a browser of their own, sees the bell count, reads what became of
 * their advice and marks it read. axe-core on every page visited.
 */
@BrowserTest
class FollowUpBrowserIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    @Test
    void shouldFileAFollowUpAndTellTheAdviserThroughTheBell(Browsers browsers) throws Exception {
        var community = ClinicTestCommunity.create(jdbc, accounts, mvc, json);
        var fixtures = new FollowUpIT();
        fixtures.mvc = mvc;
        fixtures.json = json;
        FollowUpIT.community = community;
        long[] held = fixtures.heldCase("Alarms lost at handover (browser)", "Read them aloud");
        String casePath = "/communities/" + community.communityId + "/cases/" + held[0];

        Page pat = browsers.newPage();
        Pages.signIn(pat, community.get("pat").email(), ClinicTestCommunity.PASSWORD);
        pat.navigate(casePath);
        Accessibility.assertAccessible(pat);
        pat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report back early")).click();
        assertThat(pat.locator("h2")).containsText("Report back");
        Accessibility.assertAccessible(pat);
        pat.getByLabel("What happened").fill("We read the open alarms aloud at every handover.");
        pat.locator("input[name='outcomes[0].outcome'][value='WORKED']").check();
        pat.locator("#note-0").fill("None lost since: thank you.");
        pat.locator("input[name='outcomes[1].outcome'][value='NOT_TRIED']").check();
        pat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File the report")).click();
        assertThat(pat.getByRole(AriaRole.STATUS)).containsText("Your follow-up is filed");
        assertThat(pat.locator("#followup-section-heading")).isVisible();
        assertThat(pat.locator("main")).containsText("None lost since: thank you.");
        Accessibility.assertAccessible(pat);

        Page mia = browsers.newPage();
        Pages.signIn(mia, community.get("mia").email(), ClinicTestCommunity.PASSWORD);
        mia.navigate("/communities/" + community.communityId + "/clinics");
        assertThat(mia.locator("#notification-bell .bell__count")).hasText("1");
        Accessibility.assertAccessible(mia);
        mia.locator("#notification-bell").click();
        assertThat(mia.locator("main")).containsText(
                "Your advice to Pat Presenter on \"Alarms lost at handover (browser)\" worked.");
        assertThat(mia.locator("main")).containsText("None lost since: thank you.");
        Accessibility.assertAccessible(mia);
        mia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Open the case \"Alarms lost at handover (browser)\"")).click();
        assertThat(mia).hasURL(java.util.regex.Pattern.compile(casePath + "$"));
        assertThat(mia.locator("#notification-bell .bell__count")).hasCount(0);
        assertThat(mia.locator("main")).containsText("We read the open alarms aloud at every handover.");
        Accessibility.assertAccessible(mia);

        mia.navigate("/communities/" + community.communityId + "/cases/library?q=aloud");
        assertThat(mia.locator("main")).containsText("Alarms lost at handover (browser)");
        Accessibility.assertAccessible(mia);
    }
}
