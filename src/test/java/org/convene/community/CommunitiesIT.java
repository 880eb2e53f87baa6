package org.convene.community;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.MockMvcSignIn;
import org.convene.testing.TestAccounts;
import org.convene.testing.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Communities through the API and the pages: who sees them, who may change them, and stale edits. */
@ConveneIntegrationTest
class CommunitiesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void creatorBecomesConvenerAndSeesOnlyTheirCommunities() throws Exception {
        var ana = TestAccounts.create(accounts, "Ana Creator");
        var ben = TestAccounts.create(accounts, "Ben Other");
        var id = create(ana, "Ana's practice");
        create(ben, "Ben's practice");

        mvc.perform(get("/api/communities").with(basic(ana)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem("Ana's practice")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem("Ben's practice"))))
                .andExpect(jsonPath("$[0].myRole").value("CONVENER"))
                .andExpect(jsonPath("$[0].memberCount").value(1))
                .andExpect(jsonPath("$[0].unitTypes[0]").value("Region"));
        mvc.perform(get("/api/communities/" + id).with(basic(ana)))
                .andExpect(jsonPath("$.groundRules").value("Everyone is heard."));
    }

    @Test
    void nonMembersAreToldTheCommunityDoesNotExistOnEveryEndpointAndPage() throws Exception {
        var owner = TestAccounts.create(accounts, "Owner");
        var stranger = TestAccounts.create(accounts, "Stranger");
        var id = create(owner, "Private practice");
        var session = MockMvcSignIn.signIn(mvc, stranger);

        mvc.perform(get("/api/communities/" + id).with(basic(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(patch("/api/communities/" + id).with(basic(stranger)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"name\":\"Taken\"}")).andExpect(status().isNotFound());
        for (var page : new String[] {"", "/settings"}) {
            mvc.perform(get("/communities/" + id + page).session(session)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/communities/" + id + "/settings").session(session).with(csrf())
                .param("name", "Taken").param("purpose", "x").param("groundRules", "").param("unitTypes", "")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/api/communities/" + id).with(basic(owner)))
                .andExpect(jsonPath("$.name").value("Private practice"));
    }

    @Test
    void onlyConvenersChangeACommunity() throws Exception {
        var convener = TestAccounts.create(accounts, "Convener");
        var member = TestAccounts.create(accounts, "Plain member");
        var id = create(convener, "Roles practice");
        join(convener, member, id, "MEMBER");

        mvc.perform(patch("/api/communities/" + id).with(basic(member)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"name\":\"Mine now\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var session = MockMvcSignIn.signIn(mvc, member);
        mvc.perform(get("/communities/" + id + "/settings").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/communities/" + id).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/communities/" + id).with(basic(member)))
                .andExpect(jsonPath("$.name").value("Roles practice"))
                .andExpect(jsonPath("$.myRole").value("MEMBER"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
        var convener = TestAccounts.create(accounts, "Editor");
        var id = create(convener, "Edited practice");

        mvc.perform(patch("/api/communities/" + id).with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"purpose\":\"First edit\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.name").value("Edited practice"));
        mvc.perform(patch("/api/communities/" + id).with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"purpose\":\"Second edit\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://convene.org/problems/stale-edit"));

        var session = MockMvcSignIn.signIn(mvc, convener);
        mvc.perform(post("/communities/" + id + "/settings").session(session).with(csrf())
                        .param("name", "Edited practice").param("purpose", "Typed on a stale page")
                        .param("groundRules", "").param("unitTypes", "Region, Team").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed this")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Typed on a stale page")));
        mvc.perform(get("/api/communities/" + id).with(basic(convener)))
                .andExpect(jsonPath("$.purpose").value("First edit"));
    }

    @Test
    void badInputIsExplainedFieldByFieldAndKeepsWhatWasTyped() throws Exception {
        var convener = TestAccounts.create(accounts, "Typist");
        mvc.perform(post("/api/communities").with(basic(convener)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"purpose\":\"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("purpose")));

        var session = MockMvcSignIn.signIn(mvc, convener);
        mvc.perform(post("/communities").session(session).with(csrf())
                        .param("name", "").param("purpose", "Kept purpose").param("groundRules", "")
                        .param("unitTypes", "Region"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please fill this in.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kept purpose")));
        mvc.perform(post("/communities").session(session).with(csrf())
                        .param("name", "Made on the page").param("purpose", "Learning").param("groundRules", "")
                        .param("unitTypes", "Zone, Plant"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/communities/*?created"));
        mvc.perform(get("/api/communities").with(basic(convener)))
                .andExpect(jsonPath("$[0].unitTypes[0]").value("Zone"));
    }

    private long create(TestAccount account, String name) throws Exception {
        var body = mvc.perform(post("/api/communities").with(basic(account)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"purpose\":\"Learning together\","
                                + "\"groundRules\":\"Everyone is heard.\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(body, "$.id").longValue();
    }

    private void join(TestAccount convener, TestAccount member, long communityId, String role) throws Exception {
        var invitation = mvc.perform(post("/api/communities/" + communityId + "/invitations").with(basic(convener))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + member.email() + "\",\"role\":\"" + role + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/invitations/" + JsonPath.read(invitation, "$.token") + "/accept").with(basic(member)))
                .andExpect(status().isCreated());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(TestAccount account) {
        return httpBasic(account.email(), account.password());
    }
}
