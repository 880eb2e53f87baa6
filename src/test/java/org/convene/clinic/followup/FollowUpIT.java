package org.convene.clinic.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.convene.clinic.ClinicTestCommunity;
import org.convene.clinic.cases.Stores;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.MockMvcSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up end to end on both databases: the due check, the report through the API and
 * the page (400/403/404/409), the advisers' notifications, the case library and the bridge
 * from benchmarking (a case tagged with a dimension, invitees from units strong in it).
 */
@ConveneIntegrationTest
class FollowUpIT {

    static final String PRECISE = "How do we keep night-shift handovers complete when the control room is busy?";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired FollowUpService followUps;

    static ClinicTestCommunity community;

    @BeforeEach
    void setUp() throws Exception {
        if (community == null) {
            community = ClinicTestCommunity.create(jdbc, accounts, mvc, json);
        }
    }

    // ----- helpers ---------------------------------------------------------------------

    MvcResult call(String who, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        request.header("Authorization", community.get(who).bearer()).contentType(MediaType.APPLICATION_JSON);
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result;
    }

    JsonNode json(String who, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        String body = call(who, request, status).getResponse().getContentAsString();
        return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    }

    /** A case Pat presented, held with Mia's and Max's advice adopted: {caseId, miaAdvice, maxAdvice}. */
    long[] heldCase(String title, String takeaway) throws Exception {
        JsonNode drafted = json("pat", post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"%s","context":"Night shift hands over to day shift at 6.","question":"%s","kind":"CHALLENGE"}
                """.formatted(title, PRECISE)), 201);
        long caseId = drafted.get("id").asLong();
        json("pat", post("/api/cases/{id}/ready", caseId), 200);
        long clinicId = json("fay", post("/api/communities/{id}/clinics", community.communityId).content("""
                {"caseId":%d,"startsAt":"%s","facilitatorId":%d,"inviteeIds":[%d,%d]}""".formatted(caseId,
                Instant.now().plus(1, ChronoUnit.HOURS), community.get("fay").memberId(),
                community.get("mia").memberId(), community.get("max").memberId())), 201).get("id").asLong();
        json("fay", post("/api/clinics/{id}/start", clinicId), 200);
        json("fay", post("/api/clinics/{id}/advance", clinicId), 200);
        json("fay", post("/api/clinics/{id}/skip", clinicId), 200);
        List<Long> advice = new ArrayList<>();
        advice.add(json("mia", post("/api/clinics/{id}/contributions", clinicId).content("""
                {"kind":"ADVICE","text":"Read the open alarms aloud."}"""), 201).get("id").asLong());
        advice.add(json("max", post("/api/clinics/{id}/contributions", clinicId).content("""
                {"kind":"ADVICE","text":"Write the note together."}"""), 201).get("id").asLong());
        json("fay", post("/api/clinics/{id}/advance", clinicId), 200);
        json("pat", post("/api/clinics/{id}/summary", clinicId).content("""
                {"takeaways":["%s"],"adoptedAdviceIds":[%d,%d]}""".formatted(takeaway, advice.get(0),
                advice.get(1))), 200);
        return new long[] {caseId, advice.get(0), advice.get(1)};
    }

    String report(long[] held, String first, String second) {
        return """
                {"whatHappened":"We read the alarms aloud at every handover.","outcomes":[
                 {"adviceId":%d,"outcome":"%s","note":"None lost since."},
                 {"adviceId":%d,"outcome":"%s","note":""}]}""".formatted(held[1], first, held[2], second);
    }

    // ----- the due check ---------------------------------------------------------------------

    @Test
    void shouldMakeAFollowUpDueWhenItsDateComesAndRemindThePresenter() throws Exception {
        long[] held = heldCase("Alarms lost at handover (due)", "Read aloud");
        assertThat(followUps.moveDueFollowUps()).as("not yet: six weeks to go").isZero();
        assertThat(json("pat", get("/api/cases/{id}", held[0]), 200).get("status").asString()).isEqualTo("HELD");

        // The clock moves on: as far as the case knows, its follow-up date was yesterday.
        jdbc.sql("update clinic_case set follow_up_on = :day where id = :id")
                .param("day", LocalDate.now().minusDays(1)).param("id", held[0]).update();
        assertThat(followUps.moveDueFollowUps()).isGreaterThanOrEqualTo(1);
        assertThat(followUps.moveDueFollowUps()).as("idempotent").isZero();

        assertThat(json("pat", get("/api/cases/{id}", held[0]), 200).get("status").asString())
                .isEqualTo("FOLLOW_UP_DUE");
        assertThat(json("pat", get("/api/communities/{id}/follow-ups", community.communityId), 200).toString())
                .contains("Alarms lost at handover (due)");
        assertThat(json("cole", get("/api/communities/{id}/follow-ups", community.communityId), 200).toString())
                .as("a convener sees everyone's").contains("Alarms lost at handover (due)");
        assertThat(json("mia", get("/api/communities/{id}/follow-ups", community.communityId), 200).toString())
                .doesNotContain("Alarms lost at handover (due)");
        JsonNode reminded = json("pat", get("/api/notifications"), 200);
        assertThat(reminded.toString()).contains("FOLLOW_UP_DUE").contains("Alarms lost at handover (due)")
                .contains("/cases/" + held[0] + "/follow-up");
        call("olga", get("/api/communities/{id}/follow-ups", community.communityId), 404);
    }

    // ----- filing ------------------------------------------------------------------------------

    @Test
    void shouldFileTheReportThroughTheApiAndTellEachAdviser() throws Exception {
        long[] held = heldCase("Alarms lost at handover (api)", "Write it together");
        int maxUnreadBefore = json("max", get("/api/notifications"), 200).get("unread").asInt();

        JsonNode invalid = json("pat", post("/api/cases/{id}/follow-up", held[0]).content("""
                {"whatHappened":" ","outcomes":[{"adviceId":%d},{"adviceId":999999,"outcome":"WORKED"}]}"""
                .formatted(held[1])), 400);
        assertThat(invalid.get("errors").toString()).contains("whatHappened").contains("outcomes[0].outcome")
                .contains("outcomes[1].adviceId").contains("\"outcomes\"");
        call("mia", post("/api/cases/{id}/follow-up", held[0]).content(report(held, "WORKED", "PARTLY")), 403);
        call("olga", post("/api/cases/{id}/follow-up", held[0]).content(report(held, "WORKED", "PARTLY")), 404);
        int version = json("pat", get("/api/cases/{id}", held[0]), 200).get("version").asInt();
        JsonNode stale = json("pat", post("/api/cases/{id}/follow-up", held[0]).content(
                report(held, "WORKED", "PARTLY").replaceFirst("\\{", "{\"version\":" + (version - 1) + ",")), 409);
        assertThat(stale.get("type").asString()).endsWith("stale-edit");

        JsonNode closed = json("pat", post("/api/cases/{id}/follow-up", held[0]).content(
                report(held, "WORKED", "NOT_TRIED").replaceFirst("\\{", "{\"version\":" + version + ",")), 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("followUp").get("whatHappened").asString()).startsWith("We read the alarms aloud");
        assertThat(closed.get("adopted").get(0).get("outcome").asString()).isEqualTo("WORKED");
        call("pat", post("/api/cases/{id}/follow-up", held[0]).content(report(held, "WORKED", "PARTLY")), 409);

        JsonNode mia = json("mia", get("/api/notifications"), 200);
        assertThat(mia.toString()).contains("Your advice to Pat Presenter on \\\"Alarms lost at handover (api)\\\" worked.")
                .contains("None lost since.");
        JsonNode max = json("max", get("/api/notifications"), 200);
        assertThat(max.get("unread").asInt()).isEqualTo(maxUnreadBefore + 1);
        JsonNode maxs = max.get("notifications").get(0);
        assertThat(maxs.get("text").asString()).contains("was not tried");
        assertThat(maxs.get("link").asString()).isEqualTo("/communities/" + community.communityId + "/cases/" + held[0]);
        call("mia", post("/api/notifications/{id}/read", maxs.get("id").asLong()), 404);
        assertThat(json("max", post("/api/notifications/{id}/read", maxs.get("id").asLong()), 200)
                .get("read").asBoolean()).isTrue();
        assertThat(json("max", get("/api/notifications"), 200).get("unread").asInt()).isEqualTo(maxUnreadBefore);
        assertThat(json("max", post("/api/notifications/read"), 200).get("unread").asInt()).isZero();
    }

    @Test
    void shouldFileTheReportFromThePageAndShowItOnTheCaseAndTheSummary() throws Exception {
        long[] held = heldCase("Alarms lost at handover (page)", "Aloud");
        MockHttpSession pat = MockMvcSignIn.signIn(mvc, community.get("pat").email(), ClinicTestCommunity.PASSWORD);
        MockHttpSession mia = MockMvcSignIn.signIn(mvc, community.get("mia").email(), ClinicTestCommunity.PASSWORD);
        String form = "/communities/" + community.communityId + "/cases/" + held[0] + "/follow-up";
        assertThat(mvc.perform(get(form).session(mia)).andReturn().getResponse().getStatus()).isEqualTo(403);
        String page = mvc.perform(get(form).session(pat)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Read the open alarms aloud.").contains("name=\"outcomes[1].outcome\"");
        int version = json("pat", get("/api/cases/{id}", held[0]), 200).get("version").asInt();

        String invalid = mvc.perform(post(form).session(pat).with(MockMvcSignIn.withCsrf())
                        .param("version", String.valueOf(version)).param("whatHappened", "")
                        .param("outcomes[0].adviceId", String.valueOf(held[1]))
                        .param("outcomes[1].adviceId", String.valueOf(held[2])))
                .andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("Tell the community what happened.").contains("Say how this advice worked out.");

        MvcResult filed = mvc.perform(post(form).session(pat).with(MockMvcSignIn.withCsrf())
                        .param("version", String.valueOf(version))
                        .param("whatHappened", "The alarms are read aloud now.")
                        .param("outcomes[0].adviceId", String.valueOf(held[1])).param("outcomes[0].outcome", "PARTLY")
                        .param("outcomes[0].note", "Sometimes forgotten.")
                        .param("outcomes[1].adviceId", String.valueOf(held[2]))
                        .param("outcomes[1].outcome", "DID_NOT_WORK"))
                .andReturn();
        assertThat(filed.getResponse().getRedirectedUrl()).endsWith("/cases/" + held[0] + "?followedUp");
        String casePage = mvc.perform(get("/communities/" + community.communityId + "/cases/" + held[0]).session(mia))
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("The alarms are read aloud now.").contains("Partly worked")
                .contains("Sometimes forgotten.").contains("Did not work");
        JsonNode caseView = json("mia", get("/api/cases/{id}", held[0]), 200);
        String summary = mvc.perform(get("/communities/" + community.communityId + "/clinics/"
                        + caseView.get("clinicId").asLong() + "/summary").session(mia))
                .andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("Follow-up report").contains("The alarms are read aloud now.");
        // Mia's bell shows her unread count on every page.
        assertThat(casePage).contains("bell__count");
        String notifications = mvc.perform(get("/notifications").session(mia)).andReturn().getResponse()
                .getContentAsString();
        assertThat(notifications).contains("Your advice to Pat Presenter on &quot;Alarms lost at handover (page)&quot; partly worked.");
    }

    @Test
    void shouldPutADueFollowUpOnTheAgendaOfALaterClinic() throws Exception {
        long[] held = heldCase("Alarms lost at handover (agenda)", "Agenda");
        long later = json("pat", post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"Later case","context":"Short.","question":"%s","kind":"CHALLENGE"}""".formatted(PRECISE)),
                201).get("id").asLong();
        json("pat", post("/api/cases/{id}/ready", later), 200);
        long laterClinic = json("fay", post("/api/communities/{id}/clinics", community.communityId).content("""
                {"caseId":%d,"startsAt":"%s","facilitatorId":%d}""".formatted(later,
                Instant.now().plus(3, ChronoUnit.DAYS), community.get("fay").memberId())), 201).get("id").asLong();

        call("mia", post("/api/cases/{id}/agenda", held[0]).content("{\"clinicId\":" + laterClinic + "}"), 403);
        JsonNode onAgenda = json("cole", post("/api/cases/{id}/agenda", held[0])
                .content("{\"clinicId\":" + laterClinic + "}"), 200);
        assertThat(onAgenda.get("agendaClinicId").asLong()).isEqualTo(laterClinic);
        MockHttpSession mia = MockMvcSignIn.signIn(mvc, community.get("mia").email(), ClinicTestCommunity.PASSWORD);
        String list = mvc.perform(get("/communities/" + community.communityId + "/clinics").session(mia))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Also on the agenda").contains("Alarms lost at handover (agenda)");
    }

    // ----- the library -------------------------------------------------------------------------

    @Test
    void shouldFindHeldCasesInTheLibraryForMembersOnly() throws Exception {
        String marker = "Checklist" + System.nanoTime();
        long[] held = heldCase("Library case " + marker, "Use a laminated " + marker);
        json("pat", post("/api/cases/{id}/follow-up", held[0]).content(report(held, "WORKED", "PARTLY")), 200);

        JsonNode found = json("mia", get("/api/communities/{id}/cases", community.communityId)
                .param("q", "laminated " + marker.toLowerCase()), 200);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asLong()).isEqualTo(held[0]);
        assertThat(found.get(0).get("outcomes").toString()).contains("WORKED").contains("PARTLY");
        assertThat(json("mia", get("/api/communities/{id}/cases", community.communityId).param("q", marker)
                .param("status", "HELD"), 200)).isEmpty();
        assertThat(json("mia", get("/api/communities/{id}/cases", community.communityId).param("q", marker)
                .param("status", "CLOSED").param("kind", "CHALLENGE"), 200)).hasSize(1);
        assertThat(json("mia", get("/api/communities/{id}/cases", community.communityId).param("kind", "IDEA")
                .param("q", marker), 200)).isEmpty();
        call("mia", get("/api/communities/{id}/cases", community.communityId).param("status", "SOMETIMES"), 400);
        call("olga", get("/api/communities/{id}/cases", community.communityId), 404);

        MockHttpSession mia = MockMvcSignIn.signIn(mvc, community.get("mia").email(), ClinicTestCommunity.PASSWORD);
        String page = mvc.perform(get("/communities/" + community.communityId + "/cases/library").param("q", marker)
                .session(mia)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Library case " + marker).contains("Use a laminated");
        MockHttpSession olga = MockMvcSignIn.signIn(mvc, community.get("olga").email(), ClinicTestCommunity.PASSWORD);
        assertThat(mvc.perform(get("/communities/" + community.communityId + "/cases/library").session(olga))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    // ----- the bridge from benchmarking -----------------------------------------------------------

    @Test
    void shouldTagACaseWithItsDimensionAndSuggestMembersOfUnitsStrongInIt() throws Exception {
        long strong = unit("Strong team " + System.nanoTime());
        long middle = unit("Middle team " + System.nanoTime());
        long weak = unit("Weak team " + System.nanoTime());
        jdbc.sql("update member set unit_id = :unit where id = :id").param("unit", strong)
                .param("id", community.get("mia").memberId()).update();
        jdbc.sql("update member set unit_id = :unit where id = :id").param("unit", weak)
                .param("id", community.get("pat").memberId()).update();
        JsonNode model = json("cole", post("/api/communities/{id}/practice-models", community.communityId).content("""
                {"name":"Bridge model","levels":[{"rank":1,"label":"Beginner"},{"rank":2,"label":"Developing"},
                 {"rank":3,"label":"Advanced"},{"rank":4,"label":"World class"}],
                 "dimensions":[{"name":"Shift handover","description":"","descriptors":["a","b","c","d"]},
                               {"name":"Alarm hygiene","description":"","descriptors":["a","b","c","d"]}]}"""), 201);
        long handover = model.get("dimensions").get(0).get("id").asLong();
        long alarms = model.get("dimensions").get(1).get("id").asLong();
        long round = json("cole", post("/api/communities/{id}/rounds", community.communityId).content("""
                {"modelId":%d,"name":"Bridge round","opensOn":"%s","closesOn":"%s","visibility":"NAMED",
                 "unitIds":[%d,%d,%d]}""".formatted(model.get("id").asLong(), LocalDate.now().minusDays(7),
                LocalDate.now().plusDays(7), strong, middle, weak)), 201).get("id").asLong();
        assess(round, strong, handover, 3, alarms, 2);
        assess(round, middle, handover, 2, alarms, 2);
        assess(round, weak, handover, 1, alarms, 2);

        String form = mvc.perform(get("/communities/" + community.communityId + "/cases/new")
                        .param("dimension", "Shift handover")
                        .session(MockMvcSignIn.signIn(mvc, community.get("pat").email(), ClinicTestCommunity.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"dimension\" value=\"Shift handover\"").contains("Growing in Shift handover");

        JsonNode drafted = json("pat", post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"Handover on a growth area","context":"Short.","question":"%s","kind":"CHALLENGE",
                 "dimension":"Shift handover"}""".formatted(PRECISE)), 201);
        assertThat(drafted.get("dimension").asString()).isEqualTo("Shift handover");
        long caseId = drafted.get("id").asLong();
        json("pat", post("/api/cases/{id}/ready", caseId), 200);
        JsonNode suggested = json("fay", get("/api/cases/{id}/suggested-invitees", caseId), 200);
        assertThat(suggested.get("memberIds").toString()).isEqualTo("[" + community.get("mia").memberId() + "]");
        call("max", get("/api/cases/{id}/suggested-invitees", caseId), 403);

        String casePage = mvc.perform(get("/communities/" + community.communityId + "/cases/" + caseId)
                        .session(MockMvcSignIn.signIn(mvc, community.get("fay").email(), ClinicTestCommunity.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Growth area: Shift handover")
                .containsPattern("value=\"" + community.get("mia").memberId() + "\"\\s+checked");
    }

    private long unit(String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (community_id, name, type, version) values (:community, :name, 'Team', 0)")
                .param("community", community.communityId).param("name", name).update(keys, "id");
        return Stores.generatedId(keys);
    }

    private void assess(long round, long unit, long first, int firstLevel, long second, int secondLevel)
            throws Exception {
        json("cole", put("/api/rounds/{r}/assessments/{u}", round, unit).content("""
                {"entries":[{"dimensionId":%d,"level":%d,"evidence":"e"},{"dimensionId":%d,"level":%d,"evidence":"e"}],
                 "submit":true}""".formatted(first, firstLevel, second, secondLevel)), 200);
    }
}
