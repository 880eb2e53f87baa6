package org.convene.benchmarking;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.convene.benchmarking.BenchmarkingFixtures.Person;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values at and beyond the edges of what benchmarking means: metric values that are no finite
 * number, dates no round can have, lists with holes, broken CSV, and models of the fewest and the
 * most dimensions a model may have. Each is refused with a 400 naming the field, or works, and the
 * round's report keeps answering for everyone.
 */
@ConveneIntegrationTest
class BenchmarkingBoundariesIT {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JsonMapper jsonMapper;

    private BenchmarkingFixtures fixtures;
    private Person convener;
    private long communityId;
    private long north;
    private long south;
    private Person northMember;
    private Person southMember;

    @BeforeEach
    void twoUnitsWithAMemberEach() throws Exception {
        fixtures = new BenchmarkingFixtures(mvc, accounts, userDetails, jsonMapper);
        convener = fixtures.person("Bea");
        communityId = fixtures.community(convener);
        north = fixtures.unit(communityId, convener, "North");
        south = fixtures.unit(communityId, convener, "South");
        northMember = fixtures.join(communityId, convener, fixtures.person("Nia"), "MEMBER", north);
        southMember = fixtures.join(communityId, convener, fixtures.person("Sol"), "MEMBER", south);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, ModelDraft.MAX_DIMENSIONS})
    void everyReportAnswersForEveryModelSizeAccepted(int dimensions) throws Exception {
        var model = model(dimensions);
        var round = fixtures.round(communityId, convener, model.id(), "NAMED", List.of(north, south));
        fixtures.call(put("/api/rounds/{r}/assessments/{u}", round, north), northMember,
                Map.of("entries", entries(model, 1), "submit", true));
        fixtures.call(put("/api/rounds/{r}/assessments/{u}", round, south), southMember,
                Map.of("entries", entries(model, 2), "submit", true));

        for (var person : List.of(convener, northMember, southMember)) {
            mvc.perform(get("/api/rounds/{id}/report", round).with(person.auth())).andExpect(status().isOk());
            mvc.perform(get("/communities/{c}/benchmarking/rounds/{r}/report", communityId, round).with(person.auth()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aMetricThatIsNoFiniteNumberIsRefusedThroughTheApiAndCsvAndTheReportStillAnswers() throws Exception {
        var model = model(3);
        var round = fixtures.round(communityId, convener, model.id(), "NAMED", List.of(north, south));
        var url = "/api/rounds/{r}/assessments/{u}";
        for (var metric : List.of("1e309", "-1e309", "1e16")) {
            var body = "{\"submit\":false,\"entries\":[{\"dimensionId\":" + model.dimensionIds().get(0)
                    + ",\"level\":1,\"metric\":" + metric + "}]}";
            mvc.perform(put(url, round, north).with(northMember.auth()).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.errors[0].field", containsString("metric")));
        }
        for (var metric : List.of("NaN", "Infinity", "-Infinity", "1e309")) {
            var csv = "unit,dimension,level,evidence,metric\nNorth,Dimension 1,1,," + metric + "\n";
            mvc.perform(post("/api/rounds/{r}/assessments.csv", round).with(convener.auth())
                            .contentType("text/csv").content(csv))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].line").value(2))
                    .andExpect(jsonPath("$.errors[0].message", containsString("not a finite number")));
        }

        mvc.perform(get("/api/rounds/{id}/report", round).with(convener.auth())).andExpect(status().isOk());
    }

    @Test
    void aRoundDateOutsideTheAcceptedYearsIsRefusedWithAClearMessage() throws Exception {
        var model = model(3);
        for (var date : List.of("+999999999-12-31", "-0001-01-01", "1899-12-31", "10000-01-01")) {
            var body = fixtures.roundBody(model.id(), "Far away", "NAMED", List.of(north, south));
            body.put("opensOn", date);
            mvc.perform(post("/api/communities/{id}/rounds", communityId).with(convener.auth())
                            .contentType(MediaType.APPLICATION_JSON).content(fixtures.json(body)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.errors[0].field").value("opensOn"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("from the year 1900 to 9999")));
            mvc.perform(post("/communities/{c}/benchmarking/rounds", communityId).with(csrf()).with(convener.auth())
                            .param("name", "Far away").param("modelId", "" + model.id()).param("opensOn", date)
                            .param("closesOn", "2030-01-01").param("visibility", "NAMED")
                            .param("unitIds", "" + north, "" + south))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Use a date from the year 1900 to 9999.")));
        }
    }

    @Test
    void aHoleInAListIsRefusedNamingItsPlace() throws Exception {
        var model = model(3);
        var round = fixtures.round(communityId, convener, model.id(), "NAMED", List.of(north, south));

        mvc.perform(put("/api/rounds/{r}/assessments/{u}", round, north).with(northMember.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"submit\":false,\"entries\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("entries[0]"));
        var body = fixtures.roundBody(model.id(), "Holes", "NAMED", List.of(north, south));
        body.put("unitIds", Arrays.asList(north, null, south));
        mvc.perform(post("/api/communities/{id}/rounds", communityId).with(convener.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(fixtures.json(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitIds[1]"));
    }

    @Test
    void aCsvThatIsNoCsvIsRefusedWholeAndNeverA500() throws Exception {
        var model = model(3);
        var round = fixtures.round(communityId, convener, model.id(), "NAMED", List.of(north, south));
        var random = new byte[4096];
        new Random(9).nextBytes(random);
        for (var csv : List.of("unit,dimension,level\n\"North,Dimension 1,1\n".getBytes(), random)) {
            mvc.perform(post("/api/rounds/{r}/assessments.csv", round).with(convener.auth())
                            .contentType("text/csv").content(csv))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        }
    }

    private BenchmarkingFixtures.Model model(int dimensions) throws Exception {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", dimensions + " dimensions");
        var levels = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < BenchmarkingFixtures.LEVELS.size(); i++) {
            levels.add(Map.of("rank", i + 1, "label", BenchmarkingFixtures.LEVELS.get(i)));
        }
        body.put("levels", levels);
        var list = new ArrayList<Map<String, Object>>();
        for (int d = 1; d <= dimensions; d++) {
            var dimension = new LinkedHashMap<String, Object>();
            dimension.put("name", "Dimension " + d);
            dimension.put("descriptors", BenchmarkingFixtures.LEVELS.stream().map(level -> "At " + level).toList());
            dimension.put("metric", Map.of("name", "Count", "unit", "items", "higherIsBetter", true));
            list.add(dimension);
        }
        body.put("dimensions", list);
        var result = fixtures.call(post("/api/communities/{id}/practice-models", communityId), convener, body);
        List<Number> ids = JsonPath.read(result.getResponse().getContentAsString(), "$.dimensions[*].id");
        return new BenchmarkingFixtures.Model(BenchmarkingFixtures.id(result),
                ids.stream().map(Number::longValue).toList());
    }

    private static List<Map<String, Object>> entries(BenchmarkingFixtures.Model model, int level) {
        return model.dimensionIds().stream()
                .<Map<String, Object>>map(id -> Map.of("dimensionId", id, "level", level, "metric", 3.5 * level))
                .toList();
    }
}
