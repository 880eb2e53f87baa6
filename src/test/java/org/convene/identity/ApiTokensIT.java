package org.convene.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.convene.testing.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Personal API tokens: created with HTTP Basic, used as Bearer, revoked; every error as problem+json. */
@ConveneIntegrationTest
class ApiTokensIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void basicAuthenticationCreatesATokenThatWorksAsBearer() throws Exception {
        var ana = TestAccounts.create(accounts, "Ana Api");

        var token = createToken(ana, "{\"name\": \"nightly export\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/tokens/")))
                .andExpect(jsonPath("$.name").value("nightly export"))
                .andExpect(jsonPath("$.token", startsWith(ApiTokenService.PREFIX)))
                .andReturn().getResponse().getContentAsString();
        var raw = JsonPath.<String>read(token, "$.token");

        mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + raw))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(ana.email()))
                .andExpect(jsonPath("$.displayName").value("Ana Api"))
                .andExpect(jsonPath("$.id").value(ana.id()));
    }

    @Test
    void listsTokensWithoutTheirSecrets() throws Exception {
        var ben = TestAccounts.create(accounts, "Ben Api");
        var raw = JsonPath.<String>read(createToken(ben, "{\"name\": \"listed\"}").andReturn().getResponse()
                .getContentAsString(), "$.token");

        mvc.perform(get("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + raw))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("listed"))
                .andExpect(jsonPath("$[0].lastUsedAt").exists())
                .andExpect(content().string(not(containsString(raw))))
                .andExpect(content().string(not(containsString(SecretTokens.hash(raw)))));
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        var cleo = TestAccounts.create(accounts, "Cleo Api");
        var created = createToken(cleo, "{\"name\": \"short-lived\"}").andReturn().getResponse().getContentAsString();
        var raw = JsonPath.<String>read(created, "$.token");
        var id = JsonPath.<Number>read(created, "$.id").longValue();

        mvc.perform(delete("/api/tokens/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + raw))
                .andExpect(status().isNoContent());

        expectUnauthorizedProblem(mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + raw)));
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() throws Exception {
        var owner = TestAccounts.create(accounts, "Owner Api");
        var other = TestAccounts.create(accounts, "Other Api");
        var created = createToken(owner, "{\"name\": \"mine\"}").andReturn().getResponse().getContentAsString();
        var ownerToken = JsonPath.<String>read(created, "$.token");
        var id = JsonPath.<Number>read(created, "$.id").longValue();

        mvc.perform(delete("/api/tokens/{id}", id).with(httpBasic(other.email(), other.password())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerToken))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownTokenIsA401Problem() throws Exception {
        expectUnauthorizedProblem(mvc.perform(get("/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ApiTokenService.PREFIX + "made-up")))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
    }

    @Test
    void noCredentialsIsA401Problem() throws Exception {
        expectUnauthorizedProblem(mvc.perform(get("/api/me")));
    }

    @Test
    void aWrongPasswordIsA401Problem() throws Exception {
        var dev = TestAccounts.create(accounts, "Dev Api");

        expectUnauthorizedProblem(mvc.perform(post("/api/tokens").with(httpBasic(dev.email(), "wrong-password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}")));
    }

    @Test
    void invalidInputIsA400ProblemNamingTheField() throws Exception {
        var eva = TestAccounts.create(accounts, "Eva Api");

        createToken(eva, "{\"name\": \"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("https://convene.org/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Please fill this in."));
    }

    @Test
    void problemsSpeakTheCallersLanguage() throws Exception {
        var fay = TestAccounts.create(accounts, "Fay Api");

        mvc.perform(post("/api/tokens").with(httpBasic(fay.email(), fay.password()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(not("Please fill this in.")))
                .andExpect(jsonPath("$.detail").value(not("Some fields need attention.")));
    }

    @Test
    void aTokenCannotCreateTokens() throws Exception {
        var gil = TestAccounts.create(accounts, "Gil Api");
        String token = JsonPath.read(createToken(gil, "{\"name\": \"script\"}").andReturn().getResponse()
                .getContentAsString(), "$.token");

        mvc.perform(post("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"another\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void apiDocsDescribeTheIdentityEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/tokens'].post").exists());
    }

    private ResultActions createToken(TestAccount account, String json) throws Exception {
        return mvc.perform(post("/api/tokens").with(httpBasic(account.email(), account.password()))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static ResultActions expectUnauthorizedProblem(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("https://convene.org/problems/unauthorized"));
    }
}
