package org.convene.clinic;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.convene.clinic.cases.Stores;
import org.convene.identity.Accounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A community for the clinic's integration tests: Pat presents, Fay facilitates, Cole convenes,
 * Mia and Max are members, and Olga belongs to another community. Each person has an API token.
 */
public final class ClinicTestCommunity {

    public static final String PASSWORD = "clinic-test-password";

    public record Person(String name, long accountId, long memberId, String email, String token) {

        public String bearer() {
            return "Bearer " + token;
        }
    }

    public final long communityId;
    final long otherCommunityId;
    final Map<String, Person> people = new LinkedHashMap<>();

    private ClinicTestCommunity(long communityId, long otherCommunityId) {
        this.communityId = communityId;
        this.otherCommunityId = otherCommunityId;
    }

    public Person get(String name) {
        return people.get(name);
    }

    public static ClinicTestCommunity create(JdbcClient jdbc, Accounts accounts, MockMvc mvc, JsonMapper json)
            throws Exception {
        return create(jdbc, accounts, person -> token(mvc, json, person));
    }

    public interface Tokens {
        String issue(String email) throws Exception;
    }

    public static ClinicTestCommunity create(JdbcClient jdbc, Accounts accounts, Tokens tokens) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var community = new ClinicTestCommunity(community(jdbc, "Clinic test " + run),
                community(jdbc, "Elsewhere " + run));
        String[][] people = {
                {"pat", "Pat Presenter", "MEMBER"}, {"fay", "Fay Facilitator", "FACILITATOR"},
                {"cole", "Cole Convener", "CONVENER"}, {"mia", "Mia Member", "MEMBER"},
                {"max", "Max Member", "MEMBER"}};
        for (String[] person : people) {
            community.add(jdbc, accounts, tokens, run, person[0], person[1], person[2], community.communityId);
        }
        community.add(jdbc, accounts, tokens, run, "olga", "Olga Outsider", "CONVENER", community.otherCommunityId);
        return community;
    }

    private void add(JdbcClient jdbc, Accounts accounts, Tokens tokens, String run, String key, String name,
            String role, long inCommunity) throws Exception {
        String email = key + "-" + run + "@clinic.test";
        long accountId = accounts.register(email, name, PASSWORD).id();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into member (community_id, account_id, role, display_name, time_zone, joined_at, version)
                values (:community, :account, :role, :name, 'Europe/Madrid', :now, 0)
                """)
                .param("community", inCommunity).param("account", accountId).param("role", role)
                .param("name", name).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        people.put(key, new Person(name, accountId, Stores.generatedId(keys), email, tokens.issue(email)));
    }

    private static long community(JdbcClient jdbc, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into community (name, purpose, ground_rules, unit_types, created_at, version)
                values (:name, 'Learning from each other', '', 'Team', :now, 0)
                """)
                .param("name", name).param("now", Instant.now().atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return Stores.generatedId(keys);
    }

    private static String token(MockMvc mvc, JsonMapper json, String email) throws Exception {
        String body = mvc.perform(post("/api/tokens").with(httpBasic(email, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"test\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asString();
    }
}
