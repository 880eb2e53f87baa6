package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.convene.benchmarking.BenchmarkingFixtures.Model;
import org.convene.benchmarking.BenchmarkingFixtures.Person;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutual benchmarking through the JSON API and the pages, on H2 and PostgreSQL: models and their
 * versions, rounds, self-assessment and its guards, the report's figures (hand-computed below),
 * who sees which unit under each visibility, introductions, CSV in and out.
 *
 * <p>The four-unit round used throughout (levels 1..4, dimensions in model order):
 * <pre>
 *                 Shift handover  Leak detection  Training
 *   Northgate          4               1             2
 *   Southmere          1               3             2
 *   Eastbrook          3               2             3
 *   Westfield          4               4             4      (top everywhere: calibration talk)
 *   min/median/max  1/3.5/4         1/2.5/4       2/2.5/4
 *   spread             3               3             2
 * </pre>
 * Learning potential: Leak detection (spread 3, median 2.5), Shift handover (3, 3.5), Training (2).
 * Strengths: Northgate {Shift handover}, Westfield {all three}; share 2/4 = 0.5.
 * Growth areas (below the median): Northgate {Leak detection, Training}, Southmere {Shift handover,
 * Training}, Eastbrook {Shift handover, Leak detection}, Westfield none.
 * Gains: N←S 2, S←N 3 (mutual 2); N←E 2, E←N 1 (1); S←E 3, E←S 1 (1); nobody can teach Westfield.
 * The one best pair is Northgate and Southmere, mutual gain 2.
 */
@ConveneIntegrationTest
class BenchmarkingIT {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String NORTH = "Northgate Works";
    private static final String SOUTH = "Southmere Plant";
    private static final String EAST = "Eastbrook Site";
    private static final String WEST = "Westfield Depot";
    private static final List<String> NAMES = List.of(NORTH, SOUTH, EAST, WEST);
    private static final int[][] LEVELS = {{4, 1, 2}, {1, 3, 2}, {3, 2, 3}, {4, 4, 4}};

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JsonMapper jsonMapper;

    BenchmarkingFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BenchmarkingFixtures(mvc, accounts, userDetails, jsonMapper);
    }

    /** A community with four units, one member in each, a member without a unit, and an outsider. */
    record World(long communityId, Person convener, List<Long> units, List<Person> members, Person unplaced,
            Person outsider, Model model) {

        long unit(String name) {
            return units.get(NAMES.indexOf(name));
        }

        Person member(String name) {
            return members.get(NAMES.indexOf(name));
        }
    }

    private World world() throws Exception {
        var convener = fixtures.person("Carla");
        var communityId = fixtures.community(convener);
        var units = new ArrayList<Long>();
        var members = new ArrayList<Person>();
        for (var name : NAMES) {
            var unitId = fixtures.unit(communityId, convener, name);
            units.add(unitId);
            members.add(fixtures.join(communityId, convener, fixtures.person(name.split(" ")[0] + "member"),
                    "MEMBER", unitId));
        }
        var unplaced = fixtures.join(communityId, convener, fixtures.person("Uma"), "MEMBER", null);
        var outsider = fixtures.person("Otto");
        return new World(communityId, convener, units, members, unplaced, outsider,
                fixtures.model(communityId, convener));
    }

    private long roundWithEveryoneSubmitted(World world, String visibility) throws Exception {
        var round = fixtures.round(world.communityId(), world.convener(), world.model().id(), visibility, world.units());
        for (int u = 0; u < NAMES.size(); u++) {
            fixtures.submit(round, world.units().get(u), world.members().get(u), world.model(), LEVELS[u]);
        }
        return round;
    }

    // ---- practice models ------------------------------------------------------------------------

    @Test
    void shouldCreateAModelReviseItInPlaceUntilARoundUsesItThenVersionIt() throws Exception {
        var world = world();
        var modelId = world.model().id();
        mvc.perform(get("/api/practice-models/{id}", modelId).with(world.unplaced().auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Water operations"))
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andExpect(jsonPath("$.previousModelId").doesNotExist())
                .andExpect(jsonPath("$.levels[*].label", contains("Beginner", "Developing", "Advanced", "World class")))
                .andExpect(jsonPath("$.levels[*].rank", contains(1, 2, 3, 4)))
                .andExpect(jsonPath("$.dimensions[*].name", contains("Shift handover", "Leak detection", "Training")))
                .andExpect(jsonPath("$.dimensions[0].descriptors", hasSize(4)))
                .andExpect(jsonPath("$.dimensions[0].descriptors[3]").value("Shift handover at world class"))
                .andExpect(jsonPath("$.dimensions[0].metric").doesNotExist())
                .andExpect(jsonPath("$.dimensions[1].metric.name").value("Time to detect"))
                .andExpect(jsonPath("$.dimensions[1].metric.unit").value("hours"))
                .andExpect(jsonPath("$.dimensions[1].metric.higherIsBetter").value(false));

        // Before any round: edited in place, same id.
        var revised = fixtures.modelBody("Water operations (revised)");
        revised.put("version", 0);
        fixtures.call(put("/api/practice-models/{id}", modelId), world.convener(), revised);
        mvc.perform(get("/api/practice-models/{id}", modelId).with(world.convener().auth()))
                .andExpect(jsonPath("$.id").value(modelId))
                .andExpect(jsonPath("$.name").value("Water operations (revised)"))
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andExpect(jsonPath("$.version").value(1));
        // A stale version changes nothing.
        revised.put("name", "Lost edit");
        mvc.perform(put("/api/practice-models/{id}", modelId).with(world.convener().auth())
                        .contentType(MediaType.APPLICATION_JSON).content(fixtures.json(revised)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        // Once a round uses it: a new version, and the round keeps the old one.
        var current = JsonPath.read(mvc.perform(get("/api/practice-models/{id}", modelId)
                .with(world.convener().auth())).andReturn().getResponse().getContentAsString(), "$.dimensions[*].id");
        var usedDimensions = ((List<?>) current).stream().map(id -> ((Number) id).longValue()).toList();
        var round = fixtures.round(world.communityId(), world.convener(), modelId, "NAMED", world.units());
        var next = fixtures.modelBody("Water operations 2027");
        next.put("version", 1);
        var answer = fixtures.call(put("/api/practice-models/{id}", modelId), world.convener(), next)
                .getResponse().getContentAsString();
        long nextId = ((Number) JsonPath.read(answer, "$.id")).longValue();
        assertThat(nextId).isNotEqualTo(modelId);
        assertThat(((Number) JsonPath.read(answer, "$.previousModelId")).longValue()).isEqualTo(modelId);
        assertThat((int) JsonPath.read(answer, "$.modelVersion")).isEqualTo(2);
        mvc.perform(get("/api/rounds/{id}", round).with(world.convener().auth()))
                .andExpect(jsonPath("$.modelId").value(modelId))
                .andExpect(jsonPath("$.baseline").value(true));
        var old = mvc.perform(get("/api/practice-models/{id}", modelId).with(world.convener().auth()))
                .andExpect(jsonPath("$.name").value("Water operations (revised)"))
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andReturn().getResponse().getContentAsString();
        List<Number> oldDimensions = JsonPath.read(old, "$.dimensions[*].id");
        assertThat(oldDimensions.stream().map(Number::longValue).toList()).isEqualTo(usedDimensions);
        // The old round's assessment still works against the old model's dimensions.
        var usedModel = new Model(modelId, usedDimensions);
        fixtures.submit(round, world.unit(NORTH), world.member(NORTH), usedModel, 2, 2, 2);
    }

    @Test
    void shouldEnforceThreeToSevenLevelsAndOneDescriptorPerLevel() throws Exception {
        var world = world();
        var tooFew = fixtures.modelBody("Two levels");
        tooFew.put("levels", List.of(Map.of("rank", 1, "label", "Low"), Map.of("rank", 2, "label", "High")));
        var tooMany = fixtures.modelBody("Eight levels");
        tooMany.put("levels", java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(rank -> Map.of("rank", rank, "label", "L" + rank)).toList());
        for (var body : List.of(tooFew, tooMany)) {
            mvc.perform(post("/api/communities/{id}/practice-models", world.communityId()).with(world.convener().auth())
                            .contentType(MediaType.APPLICATION_JSON).content(fixtures.json(body)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.errors[0].field").value("levels"))
                    .andExpect(jsonPath("$.errors[0].message").value("Use between 3 and 7 levels."));
        }
        var missingDescriptor = fixtures.modelBody("Three descriptors for four levels");
        @SuppressWarnings("unchecked")
        var second = (Map<String, Object>) ((List<?>) missingDescriptor.get("dimensions")).get(1);
        second.put("descriptors", List.of("a", "b", "c"));
        mvc.perform(post("/api/communities/{id}/practice-models", world.communityId()).with(world.convener().auth())
                        .contentType(MediaType.APPLICATION_JSON).content(fixtures.json(missingDescriptor)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("dimensions[1].descriptors"))
                .andExpect(jsonPath("$.errors[0].message").value("Each dimension needs one descriptor per level."));
        mvc.perform(get("/api/communities/{id}/practice-models", world.communityId()).with(world.convener().auth()))
                .andExpect(jsonPath("$[*].name", contains("Water operations")));
    }

    // ---- rounds ---------------------------------------------------------------------------------

    @Test
    void shouldRefuseARoundThatClosesBeforeItOpensHasFewerThanTwoUnitsOrAForeignUnit() throws Exception {
        var world = world();
        var url = "/api/communities/" + world.communityId() + "/rounds";
        var backwards = fixtures.roundBody(world.model().id(), "Backwards", "NAMED", world.units());
        backwards.put("closesOn", java.time.LocalDate.now().minusDays(1).toString());
        expectFieldError(post(url), world.convener(), backwards, "closesOn", "The round must close on or after");

        var alone = fixtures.roundBody(world.model().id(), "Alone", "NAMED", List.of(world.unit(NORTH)));
        expectFieldError(post(url), world.convener(), alone, "unitIds", null);

        var otherConvener = fixtures.person("Olga");
        var elsewhere = fixtures.community(otherConvener);
        var foreign = fixtures.unit(elsewhere, otherConvener, "Foreign Plant");
        var mixed = fixtures.roundBody(world.model().id(), "Mixed", "NAMED", List.of(world.unit(NORTH), foreign));
        expectFieldError(post(url), world.convener(), mixed, "unitIds", "not part of this community");

        // The page form shows and takes ISO dates, the only format a date input understands.
        var today = java.time.LocalDate.now();
        mvc.perform(get("/communities/{c}/benchmarking/rounds/new", world.communityId()).with(world.convener().auth()))
                .andExpect(content().string(containsString("value=\"" + today + "\"")))
                .andExpect(content().string(containsString("value=\"" + today.plusWeeks(3) + "\"")));
        mvc.perform(post("/communities/{c}/benchmarking/rounds", world.communityId()).with(csrf())
                        .with(world.convener().auth()).param("name", "Through the page")
                        .param("modelId", "" + world.model().id()).param("opensOn", today.toString())
                        .param("closesOn", today.plusDays(10).toString()).param("visibility", "NAMED")
                        .param("unitIds", "" + world.unit(NORTH), "" + world.unit(SOUTH)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/communities/{c}/benchmarking", world.communityId()).with(world.convener().auth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Through the page")))
                .andExpect(content().string(not(containsString("Backwards"))))
                .andExpect(content().string(not(containsString("Mixed"))));
    }

    // ---- self-assessment ------------------------------------------------------------------------

    @Test
    void shouldSaveDraftsSubmitOnceCompleteAndKeepEachUnitToItsMembers() throws Exception {
        var world = world();
        var model = world.model();
        var round = fixtures.round(world.communityId(), world.convener(), model.id(), "ANONYMOUS", world.units());
        var north = world.member(NORTH);
        var url = "/api/rounds/" + round + "/assessments/" + world.unit(NORTH);

        // A draft may be incomplete.
        var draft = new LinkedHashMap<String, Object>();
        draft.put("entries", List.of(Map.of("dimensionId", model.dimensionIds().get(0), "level", 2,
                "evidence", "Checklist at every handover")));
        draft.put("submit", false);
        mvc.perform(put(url).with(north.auth()).contentType(MediaType.APPLICATION_JSON).content(fixtures.json(draft)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(false))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get(url).with(north.auth()))
                .andExpect(jsonPath("$.entries['" + model.dimensionIds().get(0) + "'].levelRank").value(2))
                .andExpect(jsonPath("$.entries['" + model.dimensionIds().get(0) + "'].evidence")
                        .value("Checklist at every handover"))
                .andExpect(jsonPath("$.submittedAt").doesNotExist());

        // Submitting needs a level everywhere...
        var incomplete = Map.of("entries", fixtures.entries(model, 2, 2), "submit", true, "version", 0);
        expectFieldError(put(url), north, incomplete, "entries[" + model.dimensionIds().get(2) + "].level",
                "Choose a level");
        // ... and evidence at the top level.
        var entries = fixtures.entries(model, 2, 4, 1);
        entries.get(1).remove("evidence");
        expectFieldError(put(url), north, Map.of("entries", entries, "submit", true, "version", 0),
                "entries[" + model.dimensionIds().get(1) + "].evidence", "The top level needs evidence");

        // Another unit's member may not touch it, nor learn in this anonymous round that it takes part;
        // a non-member does not even see it.
        var complete = Map.of("entries", fixtures.entries(model, 2, 4, 1), "submit", true, "version", 0);
        mvc.perform(put(url).with(world.member(SOUTH).auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(complete)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(assessmentPage(world, round, NORTH)).with(world.member(SOUTH).auth()))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).with(world.member(SOUTH).auth())).andExpect(status().isNotFound());
        mvc.perform(put(url).with(world.outsider().auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(complete)))
                .andExpect(status().isNotFound());

        // Still nothing but the draft: the refused requests changed nothing.
        mvc.perform(get(url).with(north.auth()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.submitted").value(false));

        // One member submits; who and when is kept.
        mvc.perform(put(url).with(north.auth()).contentType(MediaType.APPLICATION_JSON).content(fixtures.json(complete)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(true))
                .andExpect(jsonPath("$.submittedAt").isNotEmpty())
                .andExpect(jsonPath("$.version").value(1));
        // Someone who read version 0 is told, not overwritten.
        mvc.perform(put(url).with(north.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(Map.of("entries", fixtures.entries(model, 1, 1, 1), "submit", false,
                                "version", 0))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value(containsString("stale-edit")));
        mvc.perform(get(url).with(north.auth()))
                .andExpect(jsonPath("$.entries['" + model.dimensionIds().get(1) + "'].levelRank").value(4));

        // The page: level cards for every dimension, the saved answer checked.
        mvc.perform(get(assessmentPage(world, round, NORTH)).with(north.auth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leak detection at world class")))
                .andExpect(content().string(containsString("Submitted on")));

        // Closing the round (the convener's page action) makes it read-only everywhere.
        var version = JsonPath.read(mvc.perform(get("/api/rounds/{id}", round).with(world.convener().auth()))
                .andReturn().getResponse().getContentAsString(), "$.version");
        mvc.perform(post("/communities/{c}/benchmarking/rounds/{r}/close", world.communityId(), round)
                        .param("version", String.valueOf(version)).with(csrf()).with(world.convener().auth()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/rounds/{id}", round).with(north.auth())).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(put(url).with(north.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(Map.of("entries", fixtures.entries(model, 1, 1, 1), "submit", false))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        var southUrl = "/api/rounds/" + round + "/assessments/" + world.unit(SOUTH);
        mvc.perform(put(southUrl).with(world.member(SOUTH).auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(Map.of("entries", fixtures.entries(model, 1, 1, 1), "submit", true))))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/rounds/{r}/assessments.csv", round).with(world.convener().auth())
                        .contentType("text/csv").content("unit,dimension,level\n" + SOUTH + ",Training,2\n"))
                .andExpect(status().isConflict());
        mvc.perform(get(assessmentPage(world, round, NORTH)).with(north.auth()))
                .andExpect(content().string(containsString("This round is not open")))
                .andExpect(content().string(containsString("disabled")))
                .andExpect(content().string(not(containsString("name=\"submit\""))));
        mvc.perform(get(url).with(north.auth()))
                .andExpect(jsonPath("$.entries['" + model.dimensionIds().get(1) + "'].levelRank").value(4));
        mvc.perform(get(southUrl).with(world.member(SOUTH).auth())).andExpect(status().isNotFound());
    }

    @Test
    void shouldAnswerAUnitThatTakesPartAsOneThatDoesNotUnlessTheRoundIsNamed() throws Exception {
        var world = world();
        var someUnits = world.units().subList(0, 3);
        var anonymous = fixtures.round(world.communityId(), world.convener(), world.model().id(), "ANONYMOUS", someUnits);
        var aggregate = fixtures.round(world.communityId(), world.convener(), world.model().id(), "AGGREGATE", someUnits);
        var named = fixtures.round(world.communityId(), world.convener(), world.model().id(), "NAMED", someUnits);
        var south = world.member(SOUTH);
        var draft = fixtures.json(Map.of("entries", fixtures.entries(world.model(), 2, 2, 2), "submit", false));

        for (var round : List.of(anonymous, aggregate)) {
            var takesPart = refusals(world, round, NORTH, south, draft);
            assertThat(takesPart).as("round " + round).allMatch(answer -> answer.startsWith("404 "));
            assertThat(refusals(world, round, WEST, south, draft)).isEqualTo(takesPart);
        }
        assertThat(refusals(world, named, NORTH, south, draft)).allMatch(answer -> answer.startsWith("403 "));
        assertThat(refusals(world, named, WEST, south, draft)).allMatch(answer -> answer.startsWith("404 "));
    }

    /**
     * The answers to the API's save and the page's show and save of a unit's assessment: the status, and the
     * problem type (API) or the length of the error page.
     */
    private List<String> refusals(World world, long round, String unit, Person who, String draft) throws Exception {
        var answers = new ArrayList<String>();
        for (var request : List.of(
                put("/api/rounds/" + round + "/assessments/" + world.unit(unit)).contentType(MediaType.APPLICATION_JSON)
                        .content(draft),
                get(assessmentPage(world, round, unit)),
                post(assessmentPage(world, round, unit)).with(csrf()))) {
            var response = mvc.perform(request.with(who.auth())).andReturn().getResponse();
            String body = response.getContentAsString();
            answers.add(response.getStatus() + " " + (body.startsWith("{")
                    ? JsonPath.<String>read(body, "$.type").replaceFirst("^https?://[^/]+", "") : body.length()));
        }
        return answers;
    }

    @Test
    void shouldShowWhoLastChangedASubmittedAssessment() throws Exception {
        var world = world();
        var round = fixtures.round(world.communityId(), world.convener(), world.model().id(), "ANONYMOUS",
                world.units());
        var north = world.member(NORTH);
        fixtures.submit(round, world.unit(NORTH), north, world.model(), LEVELS[0]);
        var url = "/api/rounds/" + round + "/assessments/" + world.unit(NORTH);
        mvc.perform(get(url).with(north.auth()))
                .andExpect(jsonPath("$.submittedBy").value(north.memberId()))
                .andExpect(jsonPath("$.updatedBy").value(north.memberId()));

        long convenerMemberId = ((Number) JsonPath.read(mvc.perform(get("/api/communities/{id}/members/me",
                world.communityId()).with(world.convener().auth())).andReturn().getResponse().getContentAsString(),
                "$.id")).longValue();
        mvc.perform(put(url).with(world.convener().auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(Map.of("entries", fixtures.entries(world.model(), 1, 1, 1),
                                "submit", true))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedBy").value(convenerMemberId))
                .andExpect(jsonPath("$.updatedBy").value(convenerMemberId));
        mvc.perform(get(assessmentPage(world, round, NORTH)).with(north.auth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Last changed by Carla")));
    }

    // ---- access ---------------------------------------------------------------------------------

    @Test
    void shouldHideEveryBenchmarkingEndpointAndPageFromNonMembers() throws Exception {
        var world = world();
        var round = roundWithEveryoneSubmitted(world, "ANONYMOUS");
        var requests = everyEndpoint(world, round);
        for (var request : requests) {
            var result = mvc.perform(request.with(world.outsider().auth())).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
                    .isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).doesNotContain(NORTH).doesNotContain("Water operations");
        }
        assertThat(requests).hasSize(29);
        mvc.perform(get("/api/practice-models/{id}", world.model().id()).with(world.convener().auth()))
                .andExpect(jsonPath("$.name").value("Water operations"));
    }

    @Test
    void shouldForbidEveryConvenerActionToMembers() throws Exception {
        var world = world();
        var round = roundWithEveryoneSubmitted(world, "NAMED");
        var model = world.model().id();
        var pages = "/communities/" + world.communityId() + "/benchmarking";
        var modelBody = fixtures.json(fixtures.modelBody("Taken over"));
        var roundBody = fixtures.json(fixtures.roundBody(model, "Taken over", "NAMED", world.units()));
        List<AbstractMockHttpServletRequestBuilder<?>> convenerOnly = List.of(
                post("/api/communities/{c}/practice-models", world.communityId()).contentType(MediaType.APPLICATION_JSON)
                        .content(modelBody),
                put("/api/practice-models/{m}", model).contentType(MediaType.APPLICATION_JSON).content(modelBody),
                post("/api/communities/{c}/rounds", world.communityId()).contentType(MediaType.APPLICATION_JSON)
                        .content(roundBody),
                post("/api/rounds/{r}/assessments.csv", round).contentType("text/csv")
                        .content("unit,dimension,level\n" + NORTH + ",Training,1\n"),
                get(pages + "/models/new"),
                get(pages + "/models/" + model + "/edit"),
                post(pages + "/models").with(csrf()).param("name", "Taken over"),
                post(pages + "/models/" + model).with(csrf()).param("name", "Taken over"),
                get(pages + "/rounds/new"),
                post(pages + "/rounds").with(csrf()).param("name", "Taken over").param("modelId", "" + model),
                post(pages + "/rounds/" + round + "/close").with(csrf()).param("version", "0"),
                get(pages + "/rounds/" + round + "/import"),
                multipart(pages + "/rounds/" + round + "/import")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "unit,dimension,level\n".getBytes()))
                        .with(csrf()));
        for (var person : List.of(world.member(NORTH), world.unplaced())) {
            for (var request : convenerOnly) {
                var result = mvc.perform(request.with(person.auth())).andReturn();
                assertThat(result.getResponse().getStatus())
                        .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
                        .isEqualTo(403);
            }
        }
        mvc.perform(get("/api/communities/{c}/practice-models", world.communityId()).with(world.convener().auth()))
                .andExpect(jsonPath("$[*].name", contains("Water operations")));
        mvc.perform(get("/api/rounds/{id}", round).with(world.convener().auth()))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(get("/api/rounds/{r}/assessments/{u}", round, world.unit(NORTH)).with(world.member(NORTH).auth()))
                .andExpect(jsonPath("$.entries['" + world.model().dimensionIds().get(0) + "'].levelRank").value(4));
    }

    private List<AbstractMockHttpServletRequestBuilder<?>> everyEndpoint(World world, long round) {
        var c = world.communityId();
        var m = world.model().id();
        var u = world.unit(NORTH);
        var pages = "/communities/" + c + "/benchmarking";
        var modelBody = fixtures.json(fixtures.modelBody("Taken over"));
        var roundBody = fixtures.json(fixtures.roundBody(m, "Taken over", "NAMED", world.units()));
        var assessment = fixtures.json(Map.of("entries", fixtures.entries(world.model(), 1, 1, 1), "submit", false));
        var json = MediaType.APPLICATION_JSON;
        return new ArrayList<AbstractMockHttpServletRequestBuilder<?>>(List.of(
                // API
                post("/api/communities/{c}/practice-models", c).contentType(json).content(modelBody),
                get("/api/communities/{c}/practice-models", c),
                get("/api/practice-models/{m}", m),
                put("/api/practice-models/{m}", m).contentType(json).content(modelBody),
                post("/api/communities/{c}/rounds", c).contentType(json).content(roundBody),
                get("/api/rounds/{r}", round),
                put("/api/rounds/{r}/assessments/{u}", round, u).contentType(json).content(assessment),
                get("/api/rounds/{r}/assessments/{u}", round, u),
                get("/api/rounds/{r}/report", round),
                post("/api/rounds/{r}/introductions", round).contentType(json)
                        .content("{\"ownUnitId\":" + u + ",\"otherUnit\":\"Unit A\"}"),
                get("/api/rounds/{r}/assessments.csv", round),
                post("/api/rounds/{r}/assessments.csv", round).contentType("text/csv")
                        .content("unit,dimension,level\n" + NORTH + ",Training,1\n"),
                // pages
                get(pages),
                get(pages + "/models/new"),
                get(pages + "/models/" + m),
                get(pages + "/models/" + m + "/edit"),
                post(pages + "/models").with(csrf()).param("name", "Taken over"),
                post(pages + "/models/" + m).with(csrf()).param("name", "Taken over"),
                get(pages + "/rounds/new"),
                post(pages + "/rounds").with(csrf()).param("name", "Taken over").param("modelId", "" + m),
                get(pages + "/rounds/" + round),
                post(pages + "/rounds/" + round + "/close").with(csrf()).param("version", "0"),
                get(pages + "/rounds/" + round + "/units/" + u + "/assessment"),
                post(pages + "/rounds/" + round + "/units/" + u + "/assessment").with(csrf()),
                get(pages + "/rounds/" + round + "/report"),
                post(pages + "/rounds/" + round + "/introductions").with(csrf()).param("ownUnit", "" + u)
                        .param("otherUnit", "Unit A"),
                get(pages + "/rounds/" + round + "/assessments.csv"),
                get(pages + "/rounds/" + round + "/import"),
                multipart(pages + "/rounds/" + round + "/import")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "unit,dimension,level\n".getBytes()))
                        .with(csrf())));
    }

    // ---- the report -----------------------------------------------------------------------------

    @Test
    void shouldReportTheHandComputedFiguresOfAFourUnitRoundWithoutALeagueTable() throws Exception {
        var world = world();
        var round = roundWithEveryoneSubmitted(world, "NAMED");
        var d = world.model().dimensionIds();
        var roundJson = mvc.perform(get("/api/rounds/{id}", round).with(world.convener().auth()))
                .andReturn().getResponse().getContentAsString();
        List<String> roundOrder = JsonPath.read(roundJson, "$.units[*].name");
        assertThat(roundOrder).containsExactlyInAnyOrderElementsOf(NAMES);

        var report = mvc.perform(get("/api/rounds/{id}/report", round).with(world.convener().auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("NAMED"))
                .andExpect(jsonPath("$.submitted").value(4))
                .andExpect(jsonPath("$.distributionsShown").value(true))
                .andExpect(jsonPath("$.learningPotential", contains(d.get(1).intValue(), d.get(0).intValue(),
                        d.get(2).intValue())))
                .andExpect(jsonPath("$.dimensions[*].name", contains("Leak detection", "Shift handover", "Training")))
                .andExpect(jsonPath("$.dimensions[*].min", contains(1, 1, 2)))
                .andExpect(jsonPath("$.dimensions[*].max", contains(4, 4, 4)))
                .andExpect(jsonPath("$.dimensions[*].median", contains(2.5, 3.5, 2.5)))
                .andExpect(jsonPath("$.dimensions[*].spread", contains(3, 3, 2)))
                .andExpect(jsonPath("$.dimensions[*].count", contains(4, 4, 4)))
                .andExpect(jsonPath("$.shareWithStrength").value(0.5))
                .andExpect(jsonPath("$.pairs", hasSize(1)))
                .andExpect(jsonPath("$.pairs[0].mutualGain").value(2))
                .andReturn().getResponse().getContentAsString();

        // No league table: units come in the round's label order, never by a total.
        List<String> reportOrder = JsonPath.read(report, "$.units[*].label");
        assertThat(reportOrder).isEqualTo(roundOrder);

        assertThat(unitField(report, NORTH, "strengths")).isEqualTo(List.of("Shift handover"));
        assertThat(unitField(report, SOUTH, "strengths")).isEqualTo(List.of());
        assertThat(unitField(report, EAST, "strengths")).isEqualTo(List.of());
        assertThat(unitField(report, WEST, "strengths")).isEqualTo(List.of("Shift handover", "Leak detection", "Training"));

        assertThat(unitField(report, NORTH, "growthAreas[*].dimension")).isEqualTo(List.of("Leak detection", "Training"));
        assertThat(unitField(report, SOUTH, "growthAreas[*].dimension")).isEqualTo(List.of("Shift handover", "Training"));
        assertThat(unitField(report, EAST, "growthAreas[*].dimension"))
                .isEqualTo(List.of("Shift handover", "Leak detection"));
        assertThat(unitField(report, WEST, "growthAreas")).isEqualTo(List.of());
        // The next level's descriptor is the developmental path; learn from those above, nearest first.
        assertThat(unitField(report, NORTH, "growthAreas[0].nextLevelLabel")).isEqualTo(List.of("Developing"));
        assertThat(unitField(report, NORTH, "growthAreas[0].nextDescriptor"))
                .isEqualTo(List.of("Leak detection at developing"));
        assertThat(unitField(report, NORTH, "growthAreas[0].learnFrom")).isEqualTo(List.of(List.of(EAST, SOUTH, WEST)));
        assertThat(unitField(report, EAST, "growthAreas[0].nextLevelLabel")).isEqualTo(List.of("World class"));
        assertThat(unitField(report, EAST, "growthAreas[1].learnFrom")).isEqualTo(List.of(List.of(SOUTH, WEST)));

        // The pair: Northgate and Southmere; Northgate passes on 3 (handover), Southmere 2 (leak detection).
        String a = JsonPath.read(report, "$.pairs[0].a");
        String b = JsonPath.read(report, "$.pairs[0].b");
        assertThat(List.of(a, b)).containsExactlyInAnyOrder(NORTH, SOUTH);
        var northFirst = a.equals(NORTH);
        assertThat((int) JsonPath.read(report, "$.pairs[0].gainAtoB")).isEqualTo(northFirst ? 3 : 2);
        assertThat((int) JsonPath.read(report, "$.pairs[0].gainBtoA")).isEqualTo(northFirst ? 2 : 3);
        assertThat((List<String>) JsonPath.read(report, "$.pairs[0].aTeachesB"))
                .containsExactly(northFirst ? "Shift handover" : "Leak detection");
        assertThat((List<String>) JsonPath.read(report, "$.pairs[0].bTeachesA"))
                .containsExactly(northFirst ? "Leak detection" : "Shift handover");

        // Calibration: for the convener's eyes only.
        mvc.perform(get("/communities/{c}/benchmarking/rounds/{r}/report", world.communityId(), round)
                        .with(world.convener().auth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calibration-heading\"")))
                .andExpect(content().string(containsString("<li>" + WEST + "</li>")));
        for (var member : world.members()) {
            mvc.perform(get("/communities/{c}/benchmarking/rounds/{r}/report", world.communityId(), round)
                            .with(member.auth()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("calibration"))))
                    .andExpect(content().string(not(containsString("For a calibration talk"))));
            mvc.perform(get("/api/rounds/{id}/report", round).with(member.auth()))
                    .andExpect(content().string(not(containsString("alibration"))));
        }
        // A member's own unit comes first in their report, the rest in round order.
        var west = mvc.perform(get("/api/rounds/{id}/report", round).with(world.member(WEST).auth()))
                .andExpect(jsonPath("$.units[0].label").value(WEST))
                .andExpect(jsonPath("$.units[0].yours").value(true))
                .andReturn().getResponse().getContentAsString();
        var others = new ArrayList<>(roundOrder);
        others.remove(WEST);
        List<String> westOrder = JsonPath.read(west, "$.units[*].label");
        assertThat(westOrder.subList(1, 4)).isEqualTo(others);
    }

    @Test
    void shouldShowAnonymousUnitsAsLabelsUntilBothSidesAcceptTheIntroduction() throws Exception {
        var world = world();
        var round = roundWithEveryoneSubmitted(world, "ANONYMOUS");
        for (var name : NAMES) {
            var member = world.member(name);
            var report = memberViews(world, round, member);
            var strangers = NAMES.stream().filter(other -> !other.equals(name)).toList();
            for (var view : report) {
                for (var stranger : strangers) {
                    assertThat(view).as(name + "'s member must not see " + stranger).doesNotContain(stranger);
                }
            }
            var json = report.get(0);
            List<String> labels = JsonPath.read(json, "$.units[*].label");
            assertThat(labels).contains(name).hasSize(4);
            assertThat(labels.stream().filter(label -> !label.equals(name)))
                    .allSatisfy(label -> assertThat(label).matches("Unit [A-D]"));
            assertThat((String) JsonPath.read(json, "$.units[0].label")).isEqualTo(name);
            assertThat((Boolean) JsonPath.read(json, "$.units[0].yours")).isTrue();
        }

        // Northgate's member sees the pair with Southmere's label, and accepts.
        var north = world.member(NORTH);
        var south = world.member(SOUTH);
        var northReport = report(round, north);
        String southLabel = partnerIn(northReport, NORTH);
        assertThat(southLabel).matches("Unit [A-D]");
        // The page's "Introduce us" form names the partner by label, never by an id that the units API could resolve.
        mvc.perform(get("/communities/{c}/benchmarking/rounds/{r}/report", world.communityId(), round).with(north.auth()))
                .andExpect(content().string(containsString("name=\"otherUnit\" value=\"" + southLabel + "\"")))
                .andExpect(content().string(containsString("Introduce us")));
        mvc.perform(post("/api/rounds/{r}/introductions", round).with(north.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(Map.of("ownUnitId", world.unit(NORTH), "otherUnit", southLabel))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.namesRevealed").value(false));
        assertThat(report(round, north)).doesNotContain(SOUTH);
        assertThat(report(round, south)).doesNotContain(NORTH);
        // Someone else cannot accept for Southmere.
        mvc.perform(post("/api/rounds/{r}/introductions", round).with(world.member(EAST).auth())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(Map.of("ownUnitId", world.unit(SOUTH), "otherUnit", NORTH))))
                .andExpect(status().isForbidden());
        assertThat(report(round, north)).doesNotContain(SOUTH);

        // Southmere accepts through the page: names are revealed to both, and to nobody else.
        String northLabel = partnerIn(report(round, south), SOUTH);
        mvc.perform(post("/communities/{c}/benchmarking/rounds/{r}/introductions", world.communityId(), round)
                        .with(csrf()).with(south.auth())
                        .param("ownUnit", "" + world.unit(SOUTH)).param("otherUnit", northLabel))
                .andExpect(status().is3xxRedirection());
        var revealedToNorth = report(round, north);
        assertThat(partnerIn(revealedToNorth, NORTH)).isEqualTo(SOUTH);
        assertThat(revealedToNorth).doesNotContain(EAST).doesNotContain(WEST);
        assertThat(partnerIn(report(round, south), SOUTH)).isEqualTo(NORTH);
        mvc.perform(get("/communities/{c}/benchmarking/rounds/{r}/report", world.communityId(), round).with(south.auth()))
                .andExpect(content().string(containsString(NORTH)))
                .andExpect(content().string(containsString("Introduced")));
        for (var name : List.of(EAST, WEST)) {
            for (var view : memberViews(world, round, world.member(name))) {
                assertThat(view).doesNotContain(NORTH).doesNotContain(SOUTH);
            }
        }
        // Names are no business of a named round's introductions.
        var named = roundWithEveryoneSubmitted(world, "NAMED");
        mvc.perform(post("/api/rounds/{r}/introductions", named).with(north.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(Map.of("ownUnitId", world.unit(NORTH), "otherUnit", SOUTH))))
                .andExpect(status().isConflict());
    }

    @Test
    void shouldShowOnlyTheOwnRowInAggregateRoundsAndNothingOfOthersBelowThreeSubmissions() throws Exception {
        var world = world();
        var aggregate = roundWithEveryoneSubmitted(world, "AGGREGATE");
        for (var name : NAMES) {
            var views = memberViews(world, aggregate, world.member(name));
            var json = views.get(0);
            assertThat((List<String>) JsonPath.read(json, "$.units[*].label")).containsExactly(name);
            assertThat((Boolean) JsonPath.read(json, "$.distributionsShown")).isTrue();
            assertThat((List<Object>) JsonPath.read(json, "$.dimensions")).hasSize(3);
            for (var view : views) {
                for (var other : NAMES.stream().filter(other -> !other.equals(name)).toList()) {
                    assertThat(view).doesNotContain(other);
                }
            }
            // The CSV holds the own unit's lines only.
            var csv = views.get(2);
            assertThat(csv.lines().skip(1).toList()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith(name + ","));
        }

        // Two of four submitted: no distributions, no pairs, nobody else's data.
        var early = fixtures.round(world.communityId(), world.convener(), world.model().id(), "NAMED", world.units());
        fixtures.submit(early, world.unit(NORTH), world.member(NORTH), world.model(), LEVELS[0]);
        fixtures.submit(early, world.unit(SOUTH), world.member(SOUTH), world.model(), LEVELS[1]);
        // A draft of Eastbrook's must not leak either.
        fixtures.call(put("/api/rounds/{r}/assessments/{u}", early, world.unit(EAST)), world.member(EAST),
                Map.of("entries", fixtures.entries(world.model(), 3, 2, 3), "submit", false));
        var views = memberViews(world, early, world.member(NORTH));
        mvc.perform(get("/api/rounds/{id}/report", early).with(world.member(NORTH).auth()))
                .andExpect(jsonPath("$.submitted").value(2))
                .andExpect(jsonPath("$.distributionsShown").value(false))
                .andExpect(jsonPath("$.dimensions", empty()))
                .andExpect(jsonPath("$.learningPotential", empty()))
                .andExpect(jsonPath("$.pairs", empty()))
                .andExpect(jsonPath("$.units[*].label", contains(NORTH)))
                .andExpect(jsonPath("$.units[0].strengths", empty()))
                .andExpect(jsonPath("$.units[0].growthAreas", empty()));
        assertThat(views.get(1)).contains("2 units have submitted so far").doesNotContain(SOUTH)
                .doesNotContain("potential-heading").doesNotContain("pairs-heading");
        assertThat(views.get(2).lines().skip(1).toList()).hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith(NORTH + ","));
        // The convener manages the round and sees every line, drafts included.
        var all = mvc.perform(get("/api/rounds/{r}/assessments.csv", early).with(world.convener().auth()))
                .andReturn().getResponse().getContentAsString();
        assertThat(all.lines().skip(1).toList()).hasSize(9);
    }

    // ---- CSV --------------------------------------------------------------------------------------

    @Test
    void shouldRoundTripAssessmentsThroughCsv() throws Exception {
        var world = world();
        var source = roundWithEveryoneSubmitted(world, "NAMED");
        var csv = mvc.perform(get("/api/rounds/{r}/assessments.csv", source).with(world.convener().auth()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).contains("unit,dimension,level,evidence,metric");
        assertThat(csv).contains("\"Audited, \"\"documented\"\" and shared in Training\"");

        var target = fixtures.round(world.communityId(), world.convener(), world.model().id(), "NAMED", world.units());
        mvc.perform(post("/api/rounds/{r}/assessments.csv", target).with(world.convener().auth())
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.linesImported").value(12));
        for (int u = 0; u < NAMES.size(); u++) {
            var unit = world.units().get(u);
            var member = world.members().get(u);
            var original = mvc.perform(get("/api/rounds/{r}/assessments/{u}", source, unit).with(member.auth()))
                    .andReturn().getResponse().getContentAsString();
            var copy = mvc.perform(get("/api/rounds/{r}/assessments/{u}", target, unit).with(member.auth()))
                    .andExpect(jsonPath("$.submitted").value(true))
                    .andReturn().getResponse().getContentAsString();
            assertThat((Map<?, ?>) JsonPath.read(copy, "$.entries")).isEqualTo(JsonPath.read(original, "$.entries"));
        }
        var again = mvc.perform(get("/api/rounds/{r}/assessments.csv", target).with(world.convener().auth()))
                .andReturn().getResponse().getContentAsString();
        assertThat(again.lines().sorted().toList()).isEqualTo(csv.lines().sorted().toList());
        // The same figures, so the same report.
        var sourceReport = report(source, world.convener());
        var targetReport = report(target, world.convener());
        assertThat((List<Object>) JsonPath.read(targetReport, "$.dimensions"))
                .isEqualTo(JsonPath.read(sourceReport, "$.dimensions"));
    }

    @Test
    void shouldRejectABadCsvWholeWithLineNumbersAndSaveNothing() throws Exception {
        var world = world();
        var round = fixtures.round(world.communityId(), world.convener(), world.model().id(), "NAMED", world.units());
        fixtures.submit(round, world.unit(NORTH), world.member(NORTH), world.model(), LEVELS[0]);
        var before = mvc.perform(get("/api/rounds/{r}/assessments.csv", round).with(world.convener().auth()))
                .andReturn().getResponse().getContentAsString();
        var bad = String.join("\n",
                "unit,dimension,level,evidence,metric",
                NORTH + ",Shift handover,2,,",                  // 2: fine on its own, but not saved
                "Atlantis,Shift handover,2,,",                    // 3: unknown unit
                SOUTH + ",Leak detection,9,,",                    // 4: not on the scale
                SOUTH + ",Training,World class,,",                // 5: top level without evidence
                NORTH + ",Shift handover,3,,",                    // 6: same unit and dimension as line 2
                EAST + ",Training",                               // 7: two columns
                EAST + ",Leak detection,2,,12.5") + "\n";
        mvc.perform(post("/api/rounds/{r}/assessments.csv", round).with(world.convener().auth())
                        .contentType("text/csv").content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("nothing was saved")))
                .andExpect(jsonPath("$.errors[*].line", contains(3, 4, 5, 6, 7)))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown unit \"Atlantis\" in this round."))
                .andExpect(jsonPath("$.errors[1].message").value("Level \"9\" is not on the model's scale."))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("needs evidence")))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("already appear on an earlier line")))
                .andExpect(jsonPath("$.errors[4].message").value("Expected 3 to 5 columns, found 2."));
        assertUnchanged(world, round, before);

        // The page shows the same report, line by line, and saves nothing either.
        mvc.perform(multipart("/communities/{c}/benchmarking/rounds/{r}/import", world.communityId(), round)
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes()))
                        .with(csrf()).with(world.convener().auth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was saved: 5 lines need attention.")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("<td>7</td>")))
                .andExpect(content().string(containsString("Unknown unit &quot;Atlantis&quot; in this round.")))
                .andExpect(content().string(containsString("Expected 3 to 5 columns, found 2.")));
        assertUnchanged(world, round, before);

        // Corrected, it goes in whole.
        var good = String.join("\n", "unit,dimension,level,evidence,metric",
                SOUTH + ",Shift handover,1,,", SOUTH + ",Leak detection,Advanced,,30.5", SOUTH + ",Training,2,,") + "\n";
        mvc.perform(multipart("/communities/{c}/benchmarking/rounds/{r}/import", world.communityId(), round)
                        .file(new MockMultipartFile("file", "good.csv", "text/csv", good.getBytes()))
                        .with(csrf()).with(world.convener().auth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 lines imported.")));
        mvc.perform(get("/api/rounds/{r}/assessments/{u}", round, world.unit(SOUTH)).with(world.member(SOUTH).auth()))
                .andExpect(jsonPath("$.submitted").value(true))
                .andExpect(jsonPath("$.entries['" + world.model().dimensionIds().get(1) + "'].levelRank").value(3))
                .andExpect(jsonPath("$.entries['" + world.model().dimensionIds().get(1) + "'].metricValue").value(30.5));
    }

    private void assertUnchanged(World world, long round, String before) throws Exception {
        mvc.perform(get("/api/rounds/{r}/assessments.csv", round).with(world.convener().auth()))
                .andExpect(content().string(before));
        mvc.perform(get("/api/rounds/{r}/assessments/{u}", round, world.unit(NORTH)).with(world.member(NORTH).auth()))
                .andExpect(jsonPath("$.entries['" + world.model().dimensionIds().get(0) + "'].levelRank").value(4));
        for (var name : List.of(SOUTH, EAST)) {
            mvc.perform(get("/api/rounds/{r}/assessments/{u}", round, world.unit(name)).with(world.member(name).auth()))
                    .andExpect(status().isNotFound());
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** What a member can read of a round: the report as JSON, the report page, the CSV, the round (API and page). */
    private List<String> memberViews(World world, long round, Person member) throws Exception {
        var pages = "/communities/" + world.communityId() + "/benchmarking/rounds/" + round;
        var views = new ArrayList<String>();
        for (var url : List.of("/api/rounds/" + round + "/report", pages + "/report", "/api/rounds/" + round
                + "/assessments.csv", pages + "/assessments.csv", "/api/rounds/" + round, pages)) {
            var result = mvc.perform(get(url).with(member.auth())).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            views.add(result.getResponse().getContentAsString());
        }
        return views;
    }

    private static String assessmentPage(World world, long round, String unit) {
        return "/communities/" + world.communityId() + "/benchmarking/rounds/" + round + "/units/" + world.unit(unit)
                + "/assessment";
    }

    private String report(long round, Person person) throws Exception {
        return mvc.perform(get("/api/rounds/{id}/report", round).with(person.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The other side of the viewer's pair, as the viewer sees it. */
    private static String partnerIn(String report, String own) {
        String a = JsonPath.read(report, "$.pairs[0].a");
        String b = JsonPath.read(report, "$.pairs[0].b");
        assertThat(List.of(a, b)).contains(own);
        return a.equals(own) ? b : a;
    }

    /** A field of the unit with that label; a path with an index or [*] gives the list of matches. */
    private static Object unitField(String report, String label, String path) {
        List<Object> values = JsonPath.read(report, "$.units[?(@.label == '" + label + "')]." + path);
        return path.contains("[") ? values : values.get(0);
    }

    private void expectFieldError(MockHttpServletRequestBuilder request, Person person, Object body, String field,
            String message) throws Exception {
        var result = mvc.perform(request.with(person.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        if (message != null) {
            result.andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message",
                    hasItem(containsString(message))));
        }
    }
}
