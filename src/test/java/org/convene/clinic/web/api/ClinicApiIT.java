package org.convene.clinic.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.convene.clinic.ClinicTestCommunity;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.MockMvcSignIn;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The clinic's API end to end: prepare, schedule, run, sum up; the rules answer 409, role refusals and access 403/404, input 400. */
@ConveneIntegrationTest
public class ClinicApiIT {

    public static final String PRECISE = "How do we keep night-shift handovers complete when the control room is busy?";
    /** The smallest valid PNG: a 1×1 transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    /** One community for the whole class (accounts cost a password hash each); every test brings its own case. */
    static ClinicTestCommunity community;

    @BeforeEach
    void setUp() throws Exception {
        if (community == null) {
            community = ClinicTestCommunity.create(jdbc, accounts, mvc, json);
        }
    }

    // ----- helpers ---------------------------------------------------------------------

    MvcResult call(String who, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        var person = community.get(who);
        request.header("Authorization", person == null ? "Bearer unknown" : person.bearer());
        if (!(request instanceof MockMultipartHttpServletRequestBuilder)) {
            request.contentType(MediaType.APPLICATION_JSON);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI()
                        + " → " + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    JsonNode json(String who, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        String body = call(who, request, status).getResponse().getContentAsString();
        return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    }

    long readyCase(String presenter, String... withExperience) throws Exception {
        JsonNode drafted = json(presenter, post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"Handovers get lost","context":"Night shift hands over to day shift at 6.","question":"%s",
                 "kind":"CHALLENGE","neededBy":"2030-01-31"}""".formatted(PRECISE)), 201);
        long caseId = drafted.get("id").asLong();
        json(presenter, post("/api/cases/{id}/ready", caseId), 200);
        for (String member : withExperience) {
            json(member, post("/api/cases/{id}/related-experience", caseId), 200);
        }
        return caseId;
    }

    long scheduledClinic(String variation) throws Exception {
        long caseId = readyCase("pat", "mia");
        JsonNode clinic = json("fay", post("/api/communities/{id}/clinics", community.communityId).content("""
                {"caseId":%d,"startsAt":"%s","totalMinutes":60,"variation":"%s","facilitatorId":%d,
                 "inviteeIds":[%d,%d]}""".formatted(caseId, Instant.now().plus(1, ChronoUnit.HOURS), variation,
                community.get("fay").memberId(), community.get("mia").memberId(),
                community.get("max").memberId())), 201);
        return clinic.get("id").asLong();
    }

    JsonNode act(String who, long clinicId, String action, String body, int status) throws Exception {
        return json(who, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/clinics/{id}/" + action, clinicId).content(body), status);
    }

    JsonNode contribute(String who, long clinicId, String body, int status) throws Exception {
        return act(who, clinicId, "contributions", body, status);
    }

    @Test
    void shouldAnswerAPersonPostingFasterThanTheRoomCanFollowWith429AndKeepWhatWasPosted() throws Exception {
        long clinicId = scheduledClinic("STANDARD");
        act("fay", clinicId, "start", "{}", 200);
        act("fay", clinicId, "advance", "{}", 200);
        int burst = 20;
        int accepted = 0;
        MvcResult refused = null;
        // A burst of 20 passes; the next is refused, unless the machine was so slow that a post's worth
        // of time went by meanwhile (one every two seconds): then a later one is.
        while (refused == null && accepted < burst + 10) {
            MvcResult answer = mvc.perform(post("/api/clinics/{id}/contributions", clinicId)
                    .header("Authorization", community.get("mia").bearer()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"QUESTION\",\"text\":\"Question " + accepted + "?\"}")).andReturn();
            if (answer.getResponse().getStatus() == 429) {
                refused = answer;
            } else {
                assertThat(answer.getResponse().getStatus()).isEqualTo(201);
                accepted++;
            }
        }

        assertThat(accepted).isGreaterThanOrEqualTo(burst);
        assertThat(refused).isNotNull();
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(refused.getResponse().getHeader("Retry-After")).isIn("1", "2");
        assertThat(refused.getResponse().getContentAsString()).contains("posting faster than the room can follow");
        contribute("max", clinicId, "{\"kind\":\"QUESTION\",\"text\":\"Someone else may still ask?\"}", 201);
        JsonNode room = json("mia", get("/api/clinics/{id}", clinicId), 200);
        assertThat(room.get("contributions")).hasSize(accepted + 1);
    }

    // ----- preparing ---------------------------------------------------------------------

    @Test
    void shouldCoachTheQuestionAndRefuseReadyUntilItIsPrecise() throws Exception {
        JsonNode draft = json("pat", post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"Handovers","context":"Short.","question":"handovers","kind":"IDEA"}"""), 201);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("questionProblems").toString()).contains("clinic.question.noQuestionMark");

        JsonNode refused = json("pat", post("/api/cases/{id}/ready", draft.get("id").asLong()), 409);
        assertThat(refused.get("refusal").asString()).isEqualTo("QUESTION_NOT_PRECISE");
        assertThat(refused.get("problems").toString()).contains("question mark");
    }

    @Test
    void shouldRefuseAContextOverTheLimitAndAFileThatIsNotAnImage() throws Exception {
        JsonNode tooLong = json("pat", post("/api/communities/{id}/cases", community.communityId).content("""
                {"title":"Long","context":"%s","question":"%s","kind":"CHALLENGE"}"""
                .formatted("x".repeat(1_201), PRECISE)), 400);
        assertThat(tooLong.get("errors").get(0).get("field").asString()).isEqualTo("context");

        long caseId = readyCase("pat");
        var fakePng = new MockMultipartFile("visual", "diagram.png", "image/png", "<svg/>".getBytes());
        JsonNode notAnImage = json("pat", multipart("/api/cases/{id}/visual", caseId).file(fakePng), 400);
        assertThat(notAnImage.get("errors").get(0).get("field").asString()).isEqualTo("visual");
        var png = new MockMultipartFile("visual", "whatever.bin", "application/octet-stream", PNG);
        assertThat(json("pat", multipart("/api/cases/{id}/visual", caseId).file(png), 200)
                .get("hasVisual").asBoolean()).isTrue();
        json("mia", multipart("/api/cases/{id}/visual", caseId).file(png), 403);
    }

    @Test
    void shouldRefuseAnImageWhoseHeaderIsBrokenOrDeclaresTooManyPixelsAndKeepTheVisualItHad() throws Exception {
        long caseId = readyCase("pat");
        json("pat", multipart("/api/cases/{id}/visual", caseId)
                .file(new MockMultipartFile("visual", "v.png", "image/png", PNG)), 200);
        byte[] pngMagicThenJunk = java.util.Arrays.copyOf(PNG, 40);
        java.util.Arrays.fill(pngMagicThenJunk, 8, 40, (byte) 7);

        JsonNode broken = json("pat", multipart("/api/cases/{id}/visual", caseId)
                .file(new MockMultipartFile("visual", "v.png", "image/png", pngMagicThenJunk)), 400);
        assertThat(broken.get("errors").get(0).get("field").asString()).isEqualTo("visual");
        JsonNode bomb = json("pat", multipart("/api/cases/{id}/visual", caseId)
                .file(new MockMultipartFile("visual", "v.png", "image/png", TestImages.pngHeader(10_000, 5_000))), 400);
        assertThat(bomb.get("errors").get(0).get("message").asString()).contains("40 megapixels");
        JsonNode jpegBomb = json("pat", multipart("/api/cases/{id}/visual", caseId)
                .file(new MockMultipartFile("visual", "v.jpg", "image/jpeg", TestImages.jpegDeclaring(9_000, 9_000))),
                400);
        assertThat(jpegBomb.get("errors").get(0).get("message").asString()).contains("40 megapixels");

        var pat = community.get("pat");
        var session = MockMvcSignIn.signIn(mvc, pat.email(), ClinicTestCommunity.PASSWORD);
        String page = mvc.perform(multipart("/communities/{c}/cases/{id}", community.communityId, caseId)
                        .file(new MockMultipartFile("visual", "v.png", "image/png", TestImages.pngHeader(10_000, 5_000)))
                        .param("title", "Handovers lose alarms").param("context", "Two shifts.")
                        .param("question", PRECISE).param("kind", "CHALLENGE")
                        .session(session).with(MockMvcSignIn.withCsrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("at most 40 megapixels");
        assertThat(mvc.perform(get("/communities/{c}/cases/{id}/visual", community.communityId, caseId)
                        .session(session))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(PNG);
    }

    @Test
    void shouldShowTheRelatedExperienceCountToPlannersOnly() throws Exception {
        long caseId = readyCase("pat", "mia", "max");

        assertThat(json("fay", get("/api/cases/{id}", caseId), 200).get("relatedExperienceCount").asInt())
                .isEqualTo(2);
        assertThat(json("max", get("/api/cases/{id}", caseId), 200).get("relatedExperienceCount").isNull())
                .isTrue();
        assertThat(json("max", get("/api/cases/{id}", caseId), 200).get("youHaveRelatedExperience").asBoolean())
                .isTrue();
        json("pat", post("/api/cases/{id}/related-experience", caseId), 403);
    }

    // ----- scheduling --------------------------------------------------------------------

    @Test
    void shouldScheduleWithAnAgendaSizedByTheRelatedExperiences() throws Exception {
        long caseId = readyCase("pat", "mia");

        JsonNode clinic = json("cole", post("/api/communities/{id}/clinics", community.communityId).content("""
                {"caseId":%d,"startsAt":"2030-01-10T09:00:00Z","facilitatorId":%d,"inviteeIds":[]}"""
                .formatted(caseId, community.get("fay").memberId())), 201);

        assertThat(clinic.get("totalMinutes").asInt()).isEqualTo(60);
        assertThat(clinic.get("agenda").toString()).contains("\"step\":\"SHARING\",\"minutes\":3");
        assertThat(clinic.get("variation").asString()).isEqualTo("STANDARD");
        assertThat(clinic.get("caseStatus").asString()).isEqualTo("SCHEDULED");
    }

    @Test
    void shouldRefuseAPresenterAsFacilitatorAndAMemberAsScheduler() throws Exception {
        long caseId = readyCase("pat");
        String body = """
                {"caseId":%d,"startsAt":"2030-01-10T09:00:00Z","facilitatorId":%d}""";

        json("mia", post("/api/communities/{id}/clinics", community.communityId)
                .content(body.formatted(caseId, community.get("fay").memberId())), 403);
        json("cole", post("/api/communities/{id}/clinics", community.communityId)
                .content(body.formatted(caseId, community.get("mia").memberId())), 400);
        json("cole", post("/api/communities/{id}/clinics", community.communityId).content("""
                {"caseId":%d,"startsAt":"2030-01-10T09:00:00Z","facilitatorId":%d,"totalMinutes":20}"""
                .formatted(caseId, community.get("fay").memberId())), 400);
        json("olga", post("/api/communities/{id}/clinics", community.communityId)
                .content(body.formatted(caseId, community.get("fay").memberId())), 404);
    }

    // ----- running -----------------------------------------------------------------------

    @Test
    void shouldRunAWholeClinicThroughTheApi() throws Exception {
        long clinicId = scheduledClinic("STANDARD");

        act("mia", clinicId, "start", "", 403);
        JsonNode started = act("fay", clinicId, "start", "", 200);
        assertThat(started.get("step").asString()).isEqualTo("CONTEXT");
        assertThat(started.get("deadline").isNull()).isFalse();
        contribute("pat", clinicId, """
                {"kind":"FRAMING","text":"Handovers at 6 lose alarms that are still open."}""", 201);
        act("fay", clinicId, "advance", "{\"expectedStepRevision\":" + started.get("stepRevision").asLong() + "}",
                200);

        JsonNode question = contribute("mia", clinicId, """
                {"kind":"QUESTION","text":"Who writes the handover note?"}""", 201);
        assertThat(question.get("kind").asString()).isEqualTo("QUESTION");
        assertThat(question.get("step").asString()).isEqualTo("UNDERSTANDING");
        assertThat(question.get("author").get("name").asString()).isEqualTo("Mia Member");
        long questionId = question.get("id").asLong();
        assertThat(questionId).isEqualTo(2);
        JsonNode refused = contribute("max", clinicId, """
                {"kind":"ADVICE","text":"Use a checklist."}""", 409);
        assertThat(refused.get("detail").asString()).startsWith("Refrain from offering advice at this stage.");
        assertThat(refused.get("refusal").asString()).isEqualTo("ADVICE_IN_UNDERSTANDING");
        contribute("pat", clinicId, """
                {"kind":"ANSWER","text":"The leaving operator.","replyTo":%d}""".formatted(questionId), 201);

        json("mia", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/clinics/{id}/hand", clinicId), 200);
        JsonNode queued = json("max", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/clinics/{id}/hand", clinicId), 200);
        // Max has not spoken yet, Mia has asked a question: Max goes first although he raised his hand later.
        assertThat(queued.get("queue").get(0).get("member").get("name").asString()).isEqualTo("Max Member");
        json("pat", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/clinics/{id}/hand", clinicId), 403);
        act("fay", clinicId, "floor", "{\"memberId\":" + community.get("max").memberId() + "}", 200);
        json("mia", delete("/api/clinics/{id}/hand", clinicId), 200);

        JsonNode extended = act("fay", clinicId, "extend", "{\"minutes\":5}", 200);
        assertThat(extended.get("plannedMinutes").asInt()).isEqualTo(started.get("agenda").get(1).get("minutes")
                .asInt() + 5);
        act("fay", clinicId, "advance", "", 200);
        contribute("max", clinicId, """
                {"kind":"STORY","text":"We had lost alarms too."}""", 201);
        act("fay", clinicId, "advance", "", 200);
        JsonNode advice = contribute("max", clinicId, """
                {"kind":"ADVICE","text":"Read the open alarms aloud at handover.",
                 "story":{"situation":"Alarms got lost","whatIDid":"We read them aloud","whatHappened":"None lost since"}}
                """, 201);
        assertThat(advice.get("story").get("whatHappened").asString()).isEqualTo("None lost since");
        long adviceId = advice.get("id").asLong();
        contribute("pat", clinicId, """
                {"kind":"COMMENT","text":"We could try that.","replyTo":%d}""".formatted(adviceId), 201);
        act("fay", clinicId, "advance", "", 200);

        json("mia", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/clinics/{id}/summary", clinicId).content("{\"takeaways\":[\"x\"]}"), 403);
        JsonNode summed = act("pat", clinicId, "summary", """
                {"takeaways":["Read the alarms aloud","Write the note together"],"adoptedAdviceIds":[%d]}"""
                .formatted(adviceId), 200);
        assertThat(summed.get("caseStatus").asString()).isEqualTo("HELD");
        JsonNode held = json("pat", get("/api/cases/{id}", summed.get("caseId").asLong()), 200);
        assertThat(held.get("followUpOn").asString()).isEqualTo(LocalDate.parse(held.get("heldOn").asString())
                .plusWeeks(6).toString());
        assertThat(held.get("adoptedAdviceIds").toString()).isEqualTo("[" + adviceId + "]");

        JsonNode ended = act("fay", clinicId, "end", "", 200);
        assertThat(ended.get("state").asString()).isEqualTo("ENDED");
        act("fay", clinicId, "advance", "", 409);
    }

    @Test
    void shouldKeepThePresenterSilentDuringAdviceInTheDelayedResponseVariation() throws Exception {
        long clinicId = scheduledClinic("DELAYED_RESPONSE");
        act("fay", clinicId, "start", "", 200);
        act("fay", clinicId, "skip", "", 409);
        act("fay", clinicId, "advance", "", 200);
        act("fay", clinicId, "skip", "", 200);
        JsonNode advice = contribute("mia", clinicId, "{\"kind\":\"ADVICE\",\"text\":\"Pair the shifts.\"}", 201);
        long adviceId = advice.get("id").asLong();

        JsonNode refused = contribute("pat", clinicId, """
                {"kind":"COMMENT","text":"We tried that.","replyTo":%d}""".formatted(adviceId), 409);
        assertThat(refused.get("refusal").asString()).isEqualTo("PRESENTER_LISTENS_DURING_ADVICE");
    }

    @Test
    void shouldChangeTheClinicOnceWhenTwoAdvanceClicksRace() throws Exception {
        long clinicId = scheduledClinic("STANDARD");
        act("fay", clinicId, "start", "", 200);

        // Both clicks name the revision the facilitator saw, as the room's buttons do. (Without one, a
        // command means "the clinic as it is now": a click arriving after the first one committed is
        // a second command, so only clicks that truly overlap collapse into one.)
        for (int round = 0; round < 2; round++) {
            JsonNode seen = json("fay", get("/api/clinics/{id}", clinicId), 200);
            long before = seen.get("revision").asLong();
            String expected = "{\"expectedStepRevision\":" + seen.get("stepRevision").asLong() + "}";
            var ready = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<JsonNode>> clicks = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Callable<JsonNode> click = () -> {
                        ready.await();
                        return act("fay", clinicId, "advance", expected, 200);
                    };
                    clicks.add(pool.submit(click));
                }
                ready.countDown();
                for (Future<JsonNode> click : clicks) {
                    click.get();
                }
            } finally {
                pool.shutdown();
            }
            JsonNode after = json("fay", get("/api/clinics/{id}", clinicId), 200);
            // One step further, and exactly one StepStarted more.
            assertThat(after.get("revision").asLong()).as(expected).isEqualTo(before + 1);
        }
        assertThat(json("fay", get("/api/clinics/{id}", clinicId), 200).get("step").asString())
                .isEqualTo("SHARING");
    }

    @Test
    void shouldAnswer404ToOutsidersAnd403ToTheWrongRoleOnEveryEndpoint() throws Exception {
        long clinicId = scheduledClinic("STANDARD");
        long caseId = json("fay", get("/api/clinics/{id}", clinicId), 200).get("caseId").asLong();
        var png = new MockMultipartFile("visual", "v.png", "image/png", PNG);
        var m = new Object() {
            MockHttpServletRequestBuilder p(String path) {
                return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, clinicId);
            }
        };

        json("olga", post("/api/communities/{id}/cases", community.communityId)
                .content("{\"title\":\"t\",\"context\":\"c\",\"question\":\"q\"}"), 404);
        json("olga", get("/api/cases/{id}", caseId), 404);
        json("olga", multipart("/api/cases/{id}/visual", caseId).file(png), 404);
        json("olga", post("/api/cases/{id}/ready", caseId), 404);
        json("olga", post("/api/cases/{id}/related-experience", caseId), 404);
        json("olga", post("/api/communities/{id}/clinics", community.communityId)
                .content("{\"caseId\":1,\"startsAt\":\"2030-01-01T00:00:00Z\",\"facilitatorId\":1}"), 404);
        json("olga", get("/api/clinics/{id}", clinicId), 404);
        call("olga", get("/api/clinics/{id}/events", clinicId), 404);
        for (String action : List.of("start", "advance", "back", "skip", "end", "hand", "floor", "summary",
                "contributions", "extend")) {
            json("olga", m.p("/api/clinics/{id}/" + action).content("{\"minutes\":1,\"memberId\":1}"), 404);
        }
        json("olga", delete("/api/clinics/{id}/hand", clinicId), 404);
        json("nobody-there", get("/api/clinics/{id}", clinicId), 401);

        json("mia", post("/api/cases/{id}/ready", caseId), 403);
        json("mia", multipart("/api/cases/{id}/visual", caseId).file(png), 403);
        json("mia", post("/api/communities/{id}/clinics", community.communityId)
                .content("{\"caseId\":1,\"startsAt\":\"2030-01-01T00:00:00Z\",\"facilitatorId\":1}"), 403);
        json("mia", m.p("/api/clinics/{id}/summary").content("{}"), 403);
        // Controlling the clinic is the facilitator's role in the room: 403 with its reason.
        for (String action : List.of("start", "advance", "back", "skip", "end", "floor", "extend")) {
            JsonNode refused = json("mia", m.p("/api/clinics/{id}/" + action).content("{\"minutes\":1,\"memberId\":1}"),
                    403);
            assertThat(refused.get("refusal").asString()).isEqualTo("FACILITATOR_ONLY");
        }
    }
}
