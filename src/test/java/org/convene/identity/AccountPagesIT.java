package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.testing.MockMvcSignIn.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The account page: name, language, password, and API tokens made and revoked from the page. */
@ConveneIntegrationTest
class AccountPagesIT {

    static final Pattern ISSUED_TOKEN = Pattern.compile("id=\"issued-token\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*id=\"issued-token\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokenService tokens;

    @Test
    void showsTheAccount() throws Exception {
        var ana = TestAccounts.create(accounts, "Ana Page");
        var session = signIn(mvc, ana);

        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Your account</h1>")))
                .andExpect(content().string(containsString("value=\"Ana Page\"")));
    }

    @Test
    void changesDisplayNameAndLanguage() throws Exception {
        var ben = TestAccounts.create(accounts, "Ben Page");
        var session = signIn(mvc, ben);

        mvc.perform(post("/account").session(session).with(csrf())
                        .param("displayName", "  Benjamin Page ").param("locale", "es"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("saved", true))
                .andExpect(cookie().value("convene-locale", "es"));

        var saved = accounts.findById(ben.id()).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Benjamin Page");
        assertThat(saved.locale()).isEqualTo("es");
    }

    @Test
    void refusesABlankNameAndAnUnknownLanguageKeepingWhatWasTyped() throws Exception {
        var cleo = TestAccounts.create(accounts, "Cleo Page");
        var session = signIn(mvc, cleo);

        mvc.perform(post("/account").session(session).with(csrf()).param("displayName", " ").param("locale", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/account").session(session).with(csrf()).param("displayName", "Cleo New").param("locale", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Cleo New\"")))
                .andExpect(content().string(containsString("This value is not allowed here.")));

        assertThat(accounts.findById(cleo.id()).orElseThrow().displayName()).isEqualTo("Cleo Page");
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        var dev = TestAccounts.create(accounts, "Dev Page");
        var session = signIn(mvc, dev);

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("current", "not-my-password").param("replacement", "a-brand-new-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("current", dev.password()).param("replacement", "a-brand-new-password"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(post("/login").param("email", dev.email()).param("password", dev.password()).with(csrf()))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").param("email", dev.email()).param("password", "a-brand-new-password").with(csrf()))
                .andExpect(authenticated());
    }

    @Test
    void createsATokenShownOnceAndRevokesIt() throws Exception {
        var eva = TestAccounts.create(accounts, "Eva Page");
        var session = signIn(mvc, eva);

        var page = mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "laptop script"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Token &quot;laptop script&quot; created.")))
                .andReturn().getResponse().getContentAsString();
        var raw = issuedToken(page);
        assertThat(page).as("the name field is empty again").contains("id=\"name\" name=\"name\" value=\"\"");
        mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + raw))
                .andExpect(status().isOk());

        // Shown once: the page after that lists the name, not the secret.
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString("<td>laptop script</td>")))
                .andExpect(content().string(not(containsString(raw))));

        var id = tokens.list(eva.id()).get(0).id();
        mvc.perform(post("/account/tokens/revoke").session(session).with(csrf()).param("tokenId", String.valueOf(id)))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("revoked", true));
        assertThat(tokens.list(eva.id())).isEmpty();
        mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + raw))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATokenWithoutAName() throws Exception {
        var fay = TestAccounts.create(accounts, "Fay Page");
        var session = signIn(mvc, fay);

        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(not(containsString("id=\"issued-token\""))));
        assertThat(tokens.list(fay.id())).isEmpty();
    }

    @Test
    void nobodyRevokesAnotherPersonsTokenFromThePage() throws Exception {
        var owner = TestAccounts.create(accounts, "Gus Page");
        var intruder = TestAccounts.create(accounts, "Hal Page");
        var issued = tokens.issue(owner.id(), "owned");
        MockHttpSession session = signIn(mvc, intruder);

        mvc.perform(post("/account/tokens/revoke").session(session).with(csrf())
                        .param("tokenId", String.valueOf(issued.token().id())))
                .andExpect(status().isNotFound());
        assertThat(tokens.list(owner.id())).hasSize(1);
    }

    private static String issuedToken(String page) {
        var matcher = ISSUED_TOKEN.matcher(page);
        assertThat(matcher.find()).as("the page shows the new token").isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
