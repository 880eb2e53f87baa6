package org.convene.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.convene.clinic.ClinicEventName;
import org.convene.clinic.ClinicTestCommunity;
import org.convene.clinic.RoomRole;
import org.convene.clinic.session.ClinicService;
import org.convene.clinic.web.RoomPush;
import org.convene.clinic.web.api.ClinicApiIT;
import org.convene.identity.Accounts;
import org.convene.live.LiveEvent;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.MockMvcSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A clinic ended before the presenter summed up, on both databases: the case awaits the summary
 * (never left scheduled), the presenter writes it afterwards through the API or the summary page,
 * and the case is held as usual. Also what the case page shows around it: the invitation, the
 * schedule form's defaults, and never a "null".
 */
@ConveneIntegrationTest
class SummaryAfterEndIT {

    /** The test community's members live in Madrid: their "today" decides the follow-up date. */
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired RoomPush push;

    static ClinicTestCommunity community;

    @BeforeEach
    void setUp() throws Exception {
        if (community == null) {
            community = ClinicTestCommunity.create(jdbc, accounts, mvc, json);
        }
    }

    // ----- helpers ---------------------------------------------------------------------

    private JsonNode api(String who, MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", community.get(who).bearer())
                .contentType(MediaType.APPLICATION_JSON)).andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    }

    private long readyCase(String title) throws Exception {
        long caseId = api("pat", post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"%s","context":"Night shift hands over to day shift at 6.","question":"%s",
                 "kind":"CHALLENGE"}""".formatted(title, ClinicApiIT.PRECISE)), 201).get("id").asLong();
        api("pat", post("/api/cases/{id}/ready", caseId), 200);
        return caseId;
    }

    /** A clinic for a ready case, Fay facilitating, Mia and Max invited: its id. */
    private long scheduled(long caseId) throws Exception {
        return api("fay", post("/api/communities/{id}/clinics", community.communityId).content("""
                {"caseId":%d,"startsAt":"%s","facilitatorId":%d,"inviteeIds":[%d,%d]}""".formatted(caseId,
                Instant.now().plus(1, ChronoUnit.HOURS), community.get("fay").memberId(),
                community.get("mia").memberId(), community.get("max").memberId())), 201).get("id").asLong();
    }

    /** Fay starts the clinic and advances it to Summary. */
    private void startedAtSummary(long clinicId) throws Exception {
        String step = api("fay", post("/api/clinics/{id}/start", clinicId), 200).get("step").asString();
        while (!step.equals("SUMMARY")) {
            step = api("fay", post("/api/clinics/{id}/advance", clinicId), 200).get("step").asString();
        }
    }

    /** Pat's case, its clinic ended by Fay during Advice once Mia gave hers: {caseId, clinicId, adviceId}. */
    private long[] endedDuringAdvice(String title) throws Exception {
        long caseId = readyCase(title);
        long clinicId = scheduled(caseId);
        api("fay", post("/api/clinics/{id}/start", clinicId), 200);
        api("fay", post("/api/clinics/{id}/advance", clinicId), 200);
        api("fay", post("/api/clinics/{id}/skip", clinicId), 200);
        long adviceId = api("mia", post("/api/clinics/{id}/contributions", clinicId).content("""
                {"kind":"ADVICE","text":"Read the open alarms aloud."}"""), 201).get("id").asLong();
        api("fay", post("/api/clinics/{id}/end", clinicId), 200);
        return new long[] {caseId, clinicId, adviceId};
    }

    private String status(long caseId) throws Exception {
        return api("pat", get("/api/cases/{id}", caseId), 200).get("status").asString();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private MockHttpSession signIn(String who) {
        return MockMvcSignIn.signIn(mvc, community.get(who).email(), ClinicTestCommunity.PASSWORD);
    }

    // ----- the API -------------------------------------------------------------------------

    @Test
    void shouldLetThePresenterSumUpThroughTheApiOnceTheClinicEndedEarly() throws Exception {
        long[] ended = endedDuringAdvice("Ended early (api)");
        assertThat(status(ended[0])).isEqualTo("AWAITING_SUMMARY");

        api("mia", post("/api/clinics/{id}/summary", ended[1]).content("{\"takeaways\":[\"Mine\"]}"), 403);
        JsonNode summed = api("pat", post("/api/clinics/{id}/summary", ended[1]).content("""
                {"takeaways":["Read the alarms aloud","The day lead signs"],"adoptedAdviceIds":[%d]}"""
                .formatted(ended[2])), 200);

        assertThat(summed.get("caseStatus").asString()).isEqualTo("HELD");
        assertThat(summed.get("state").asString()).isEqualTo("ENDED");
        JsonNode takeaways = summed.get("contributions").get(1);
        assertThat(takeaways.get("kind").asString()).isEqualTo("TAKEAWAY");
        assertThat(takeaways.get("step").asString()).isEqualTo("SUMMARY");
        assertThat(summed.get("contributions").get(2).get("text").asString()).isEqualTo("The day lead signs");
        JsonNode held = api("pat", get("/api/cases/{id}", ended[0]), 200);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("followUpOn").asString()).isEqualTo(LocalDate.now(MADRID).plusWeeks(6).toString());
        assertThat(held.get("adoptedAdviceIds").toString()).isEqualTo("[" + ended[2] + "]");

        JsonNode again = api("pat", post("/api/clinics/{id}/summary", ended[1]).content("""
                {"takeaways":["Second thoughts"]}"""), 409);
        assertThat(again.get("refusal").asString()).isEqualTo("SUMMARY_ALREADY_SAVED");
    }

    @Test
    void shouldLeaveNoCaseScheduledOnceItsClinicEnded() throws Exception {
        long atSummary = readyCase("Finished without a summary");
        long clinicId = scheduled(atSummary);
        startedAtSummary(clinicId);
        assertThat(status(atSummary)).as("at Summary, the presenter sums up now").isEqualTo("SCHEDULED");

        api("fay", post("/api/clinics/{id}/advance", clinicId), 200);

        assertThat(status(atSummary)).as("finished from Summary without one").isEqualTo("AWAITING_SUMMARY");
        api("pat", post("/api/clinics/{id}/summary", clinicId).content("{\"takeaways\":[]}"), 200);
        assertThat(status(atSummary)).isEqualTo("HELD");
    }

    // ----- the pages -------------------------------------------------------------------------

    @Test
    void shouldInviteThePresenterToWriteTheSummaryOnThePagesAndHoldTheCase() throws Exception {
        long[] ended = endedDuringAdvice("Ended early (page)");
        String casePath = "/communities/" + community.communityId + "/cases/" + ended[0];
        String summaryPath = "/communities/" + community.communityId + "/clinics/" + ended[1] + "/summary";
        MockHttpSession pat = signIn("pat");
        MockHttpSession mia = signIn("mia");

        assertThat(page(pat, casePath)).contains("Awaiting the summary").contains("Write your summary")
                .contains(summaryPath + "#write-summary").doesNotContain("null");
        assertThat(page(mia, casePath)).contains("Pat Presenter has not written the summary yet")
                .doesNotContain("Write your summary").doesNotContain("null");
        String form = page(pat, summaryPath);
        assertThat(form).contains("action=\"" + summaryPath + "\"").contains("name=\"_csrf\"")
                .contains("name=\"takeaways\"").contains("value=\"" + ended[2] + "\"")
                .contains("Read the open alarms aloud.").contains("from Mia Member").doesNotContain("hx-post");
        assertThat(page(mia, summaryPath)).doesNotContain("name=\"takeaways\"")
                .contains("Pat Presenter has not written the summary yet");
        assertThat(mvc.perform(post(summaryPath).session(mia).with(MockMvcSignIn.withCsrf())
                .param("takeaways", "Mine")).andReturn().getResponse().getStatus()).isEqualTo(403);

        MvcResult refused = mvc.perform(post(summaryPath).session(pat).with(MockMvcSignIn.withCsrf())
                .param("takeaways", "Aloud").param("followUpOn", LocalDate.now(MADRID).toString())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(summaryPath);
        assertThat(mvc.perform(get(summaryPath).session(pat).flashAttrs(refused.getFlashMap())).andReturn()
                .getResponse().getContentAsString()).contains("The follow-up comes after the clinic");
        assertThat(status(ended[0])).isEqualTo("AWAITING_SUMMARY");

        MvcResult saved = mvc.perform(post(summaryPath).session(pat).with(MockMvcSignIn.withCsrf())
                .param("takeaways", "Read the alarms aloud\n\nThe day lead signs")
                .param("adopted", String.valueOf(ended[2]))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(summaryPath + "?saved");
        assertThat(status(ended[0])).isEqualTo("HELD");
        assertThat(page(mia, summaryPath)).contains("Read the alarms aloud").contains("The day lead signs")
                .contains("Read the open alarms aloud.").doesNotContain("has not written the summary yet");
        assertThat(page(pat, casePath)).contains("Report back early").doesNotContain("Write your summary")
                .doesNotContain("null");
    }

    @Test
    void shouldKeepTheRoomsSummaryFormPostingToTheRoomOnThePageAndWhenPushed() throws Exception {
        long clinicId = scheduled(readyCase("Summary form in the room"));
        startedAtSummary(clinicId);
        String base = "/communities/" + community.communityId + "/clinics/" + clinicId;
        String sixWeeksOn = "value=\"" + LocalDate.now(MADRID).plusWeeks(6) + "\"";

        String room = page(signIn("pat"), base + "/room");
        // Rendered once for every presenter's screen, outside any request: the same form, and no one's token.
        String pushed = push.render(new LiveEvent(ClinicService.topic(clinicId), Long.MAX_VALUE - clinicId,
                ClinicEventName.STEP_STARTED.wireName(), "{}"), RoomRole.PRESENTER, Locale.ENGLISH, MADRID.getId())
                .orElseThrow().data();

        for (String composer : new String[] {room, pushed}) {
            assertThat(composer).contains("hx-post=\"" + base + "/room/summary\"")
                    .contains("hx-target=\"#composer-status\"").contains("name=\"takeaways\"").contains(sixWeeksOn);
        }
        assertThat(pushed).doesNotContain("_csrf").doesNotContain("action=");
    }

    @Test
    void shouldOfferTheScheduleFormWithItsDefaultStartAndTheSchedulerAsFacilitator() throws Exception {
        String casePath = "/communities/" + community.communityId + "/cases/" + readyCase("Schedule defaults");
        String tomorrowAtTen = LocalDate.now(MADRID).plusDays(1) + "T10:00";

        String fays = page(signIn("fay"), casePath);
        String coles = page(signIn("cole"), casePath);

        assertThat(fays).contains("id=\"startsAt\"").contains("value=\"" + tomorrowAtTen + "\"");
        assertThat(fays).containsPattern("value=\"" + community.get("fay").memberId() + "\"\\s+selected");
        assertThat(coles).containsPattern("value=\"" + community.get("cole").memberId() + "\"\\s+selected");
    }

    @Test
    void shouldNeverPrintNullOnTheCasePageOfACaseNotYetHeld() throws Exception {
        long caseId = readyCase("Not yet held");
        String casePath = "/communities/" + community.communityId + "/cases/" + caseId;
        MockHttpSession pat = signIn("pat");
        MockHttpSession fay = signIn("fay");
        MockHttpSession mia = signIn("mia");

        for (MockHttpSession session : new MockHttpSession[] {pat, fay, mia}) {
            assertThat(page(session, casePath)).as("ready").doesNotContain("null");
        }
        scheduled(caseId);
        for (MockHttpSession session : new MockHttpSession[] {pat, fay, mia}) {
            assertThat(page(session, casePath)).as("scheduled").doesNotContain("null")
                    .doesNotContain("followup-section-heading");
        }
    }
}
