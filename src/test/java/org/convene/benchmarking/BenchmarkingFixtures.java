package org.convene.benchmarking;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.convene.identity.Accounts;
import org.convene.testing.TestAccounts;
import org.convene.testing.TestAccounts.TestAccount;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data for benchmarking, made through the public JSON API as a convener would: a community,
 * units, members placed in them through invitations, a practice model, a round, assessments.
 * Requests are made as a signed-in user (no password check per request: BCrypt is slow).
 */
final class BenchmarkingFixtures {

    static final List<String> LEVELS = List.of("Beginner", "Developing", "Advanced", "World class");
    static final List<String> DIMENSIONS = List.of("Shift handover", "Leak detection", "Training");

    private final MockMvc mvc;
    private final Accounts accounts;
    private final UserDetailsService userDetails;
    private final JsonMapper json;

    BenchmarkingFixtures(MockMvc mvc, Accounts accounts, UserDetailsService userDetails, JsonMapper json) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.json = json;
    }

    /** Someone with an account, and the member id once they have joined a community. */
    record Person(TestAccount account, UserDetails details, long memberId) {

        RequestPostProcessor auth() {
            return user(details);
        }

        Person inCommunity(long memberId) {
            return new Person(account, details, memberId);
        }
    }

    /** A model as created: its id and its dimension ids in the model's order. */
    record Model(long id, List<Long> dimensionIds) {
    }

    Person person(String displayName) {
        var account = TestAccounts.create(accounts, displayName);
        return new Person(account, userDetails.loadUserByUsername(account.email()), 0);
    }

    /** A new community; {@code convener} becomes its convener. */
    long community(Person convener) throws Exception {
        var body = Map.of("name", "Water practice " + UUID.randomUUID(), "purpose", "Learn from each other's plants");
        return id(call(post("/api/communities"), convener, body));
    }

    long unit(long communityId, Person convener, String name) throws Exception {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("type", "Site");
        return id(call(post("/api/communities/{id}/units", communityId), convener, body));
    }

    /** Invites the person, who accepts while signed in; the convener then places them in the unit (or none). */
    Person join(long communityId, Person convener, Person person, String role, Long unitId) throws Exception {
        var invitation = call(post("/api/communities/{id}/invitations", communityId), convener,
                Map.of("email", person.account().email(), "role", role));
        String token = JsonPath.read(invitation.getResponse().getContentAsString(), "$.token");
        var joined = call(post("/api/invitations/{token}/accept", token), person, null);
        var memberId = ((Number) JsonPath.read(joined.getResponse().getContentAsString(), "$.memberId")).longValue();
        if (unitId != null) {
            var profile = mvc.perform(get("/api/communities/{id}/members/{m}", communityId, memberId)
                    .with(convener.auth())).andReturn();
            int version = JsonPath.read(profile.getResponse().getContentAsString(), "$.version");
            call(patch("/api/communities/{id}/members/{m}", communityId, memberId), convener,
                    Map.of("unitId", unitId, "version", version));
        }
        return person.inCommunity(memberId);
    }

    /** The three-dimension, four-level model of these tests; "Leak detection" has a lower-is-better metric. */
    Map<String, Object> modelBody(String name) {
        var levels = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < LEVELS.size(); i++) {
            levels.add(Map.of("rank", i + 1, "label", LEVELS.get(i)));
        }
        var dimensions = new ArrayList<Map<String, Object>>();
        for (var dimension : DIMENSIONS) {
            var body = new LinkedHashMap<String, Object>();
            body.put("name", dimension);
            body.put("description", "How we do " + dimension.toLowerCase());
            body.put("descriptors", LEVELS.stream().map(level -> dimension + " at " + level.toLowerCase()).toList());
            if (dimension.equals("Leak detection")) {
                body.put("metric", Map.of("name", "Time to detect", "unit", "hours", "higherIsBetter", false));
            }
            dimensions.add(body);
        }
        var model = new LinkedHashMap<String, Object>();
        model.put("name", name);
        model.put("levels", levels);
        model.put("dimensions", dimensions);
        return model;
    }

    Model model(long communityId, Person convener) throws Exception {
        var result = call(post("/api/communities/{id}/practice-models", communityId), convener,
                modelBody("Water operations"));
        var body = result.getResponse().getContentAsString();
        List<Number> dimensionIds = JsonPath.read(body, "$.dimensions[*].id");
        return new Model(id(result), dimensionIds.stream().map(Number::longValue).toList());
    }

    Map<String, Object> roundBody(long modelId, String name, String visibility, List<Long> unitIds) {
        var body = new LinkedHashMap<String, Object>();
        body.put("modelId", modelId);
        body.put("name", name);
        body.put("opensOn", LocalDate.now().toString());
        body.put("closesOn", LocalDate.now().plusDays(30).toString());
        body.put("visibility", visibility);
        body.put("unitIds", unitIds);
        return body;
    }

    long round(long communityId, Person convener, long modelId, String visibility, List<Long> unitIds)
            throws Exception {
        return id(call(post("/api/communities/{id}/rounds", communityId), convener,
                roundBody(modelId, "2026 Q4", visibility, unitIds)));
    }

    /** One entry per dimension: level, evidence (given at the top level), metric for "Leak detection". */
    List<Map<String, Object>> entries(Model model, int... levels) {
        var entries = new ArrayList<Map<String, Object>>();
        for (int d = 0; d < levels.length; d++) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("dimensionId", model.dimensionIds().get(d));
            entry.put("level", levels[d]);
            if (levels[d] == LEVELS.size()) {
                entry.put("evidence", "Audited, \"documented\" and shared in " + DIMENSIONS.get(d));
            }
            if (d == 1) {
                entry.put("metric", 10.0 * levels[d] + 0.5);
            }
            entries.add(entry);
        }
        return entries;
    }

    /** Submits the unit's assessment as {@code member}. */
    void submit(long roundId, long unitId, Person member, Model model, int... levels) throws Exception {
        call(put("/api/rounds/{r}/assessments/{u}", roundId, unitId), member,
                Map.of("entries", entries(model, levels), "submit", true));
    }

    /** A request as {@code person} with a JSON body; fails unless the answer is 2xx. */
    MvcResult call(MockHttpServletRequestBuilder request, Person person, Object body) throws Exception {
        request.with(person.auth());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        var result = mvc.perform(request).andReturn();
        var status = result.getResponse().getStatus();
        if (status < 200 || status >= 300) {
            throw new AssertionError(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()
                    + " answered " + status + ": " + result.getResponse().getContentAsString());
        }
        return result;
    }

    String json(Object body) {
        return json.writeValueAsString(body);
    }

    static long id(MvcResult result) throws Exception {
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }
}
