package org.convene.clinic.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.clinic.web.api.ClinicApiIT;
import org.convene.identity.Accounts;
import org.convene.testing.Accessibility;
import org.convene.testing.BrowserTest;
import org.convene.testing.Browsers;
import org.convene.testing.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * End before the summary, then the presenter writes the summary afterwards, in real browsers: Fay
 * schedules from the case page (its start and facilitator filled in), ends the clinic during
 * Advice, Mia sees the summary awaited, Pat writes it from the case page's invitation and the case
 * is held. axe-core on every page, the summary form at 1280 and 390 px; screenshots of it go to
 * {@code target/summary-form}.
 */
@BrowserTest
class SummaryAfterEndBrowserIT {

    private static final Path SHOTS = Path.of("target/summary-form");

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    private ClinicTestCommunity community;

    private long api(String who, MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.header("Authorization", community.get(who).bearer())
                .contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("id").asLong();
    }

    private Page signedIn(Browsers browsers, String who) {
        Page page = browsers.newPage();
        Pages.signIn(page, community.get(who).email(), ClinicTestCommunity.PASSWORD);
        return page;
    }

    @Test
    void shouldLetThePresenterWriteTheSummaryAfterTheClinicEndedEarly(Browsers browsers) throws Exception {
        community = ClinicTestCommunity.create(jdbc, accounts, mvc, json);
        long caseId = api("pat", post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"Alarms lost at handover (ended early)","context":"Night hands over to day at 6.",
                 "question":"%s","kind":"CHALLENGE"}""".formatted(ClinicApiIT.PRECISE)));
        api("pat", post("/api/cases/{id}/ready", caseId));
        String casePath = "/communities/" + community.communityId + "/cases/" + caseId;

        // Fay schedules: the start and the facilitator (herself) are already filled in.
        Page fay = signedIn(browsers, "fay");
        fay.navigate(casePath);
        assertThat(fay.locator("#startsAt")).hasValue(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T10:00"));
        assertThat(fay.locator("#facilitatorId")).hasValue(String.valueOf(community.get("fay").memberId()));
        Accessibility.assertAccessible(fay);
        fay.getByLabel("Mia Member", new Page.GetByLabelOptions().setExact(true)).check();
        fay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the clinic")).click();
        assertThat(fay).hasURL(Pattern.compile("/clinics/\\d+/room$"));
        long clinicId = Long.parseLong(fay.url().replaceAll(".*/clinics/(\\d+)/room$", "$1"));

        // The clinic runs to Advice, where Mia advises; then Fay ends it, confirming the warning.
        api("fay", post("/api/clinics/{id}/start", clinicId));
        api("fay", post("/api/clinics/{id}/advance", clinicId));
        api("fay", post("/api/clinics/{id}/skip", clinicId));
        api("mia", post("/api/clinics/{id}/contributions", clinicId).content("""
                {"kind":"ADVICE","text":"Read the open alarms aloud at the handover."}"""));
        api("max", post("/api/clinics/{id}/contributions", clinicId).content("""
                {"kind":"ADVICE","text":"Write the handover note together, the leaving operator and the arriving one, \
                before the leaving one goes home; we stopped losing alarms once nobody wrote it alone."}"""));
        // Fay's room follows live. Her End names the step it was rendered for, and one naming a step the
        // clinic has left changes nothing: she ends once her room shows Advice.
        assertThat(fay.locator("#room-step")).containsText("Advice");
        fay.onDialog(dialog -> dialog.accept());
        fay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End").setExact(true)).click();
        assertThat(fay.locator("#room-step")).containsText("The clinic has ended");

        // Mia learns the summary is awaited from the presenter.
        Page mia = signedIn(browsers, "mia");
        mia.navigate(casePath);
        assertThat(mia.locator("main")).containsText("Pat Presenter has not written the summary yet");
        Accessibility.assertAccessible(mia);

        // Pat is invited to write it, and does.
        Page pat = signedIn(browsers, "pat");
        pat.navigate(casePath);
        assertThat(pat.locator(".case-card .eyebrow")).containsText("Awaiting the summary");
        Accessibility.assertAccessible(pat);
        pat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write your summary")).click();
        assertThat(pat.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Write your summary")))
                .isVisible();
        Accessibility.assertAccessible(pat);
        Browsers.screenshot(pat, SHOTS.resolve("summary-form-1280.png"));
        pat.setViewportSize(390, 844);
        pat.getByLabel("Your takeaways").fill("Open alarms are read aloud at 6.\nThe day lead signs the handover.");
        // The advice's own words tick its box: the whole row is the target.
        pat.getByText("Read the open alarms aloud at the handover.").click();
        assertThat(pat.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Read the open alarms aloud")))).isChecked();
        assertThat(pat.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Write the handover note together")))).not().isChecked();
        Accessibility.assertAccessible(pat);
        Browsers.screenshot(pat, SHOTS.resolve("summary-form-390.png"));
        pat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the summary")).click();
        assertThat(pat.getByRole(AriaRole.STATUS)).containsText("The summary is saved");
        assertThat(pat.locator("main")).containsText("The day lead signs the handover.");
        assertThat(pat.locator(".summary-list--advice")).containsText("Read the open alarms aloud at the handover.");
        assertThat(pat.locator(".summary-list--advice")).not().containsText("Write the handover note together");
        Accessibility.assertAccessible(pat);

        pat.navigate(casePath);
        assertThat(pat.locator(".case-card .eyebrow")).containsText("Held");
        assertThat(pat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report back early"))).isVisible();
        Accessibility.assertAccessible(pat);
    }
}
