package org.convene.identity;

import static org.convene.testing.MockMvcSignIn.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import jakarta.servlet.http.Cookie;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Pages speak the browser's language, unless the member chose one. */
@ConveneIntegrationTest
class LanguageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void followsTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES,es;q=0.9,en;q=0.5"))
                .andExpect(content().string(containsString("lang=\"es\"")))
                .andExpect(content().string(containsString("<h1>Iniciar sesión</h1>")));
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("<h1>Sign in</h1>")));
    }

    @Test
    void fallsBackToEnglishForOtherLanguages() throws Exception {
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("<h1>Sign in</h1>")));
    }

    @Test
    void theLanguageSwitchOverridesTheBrowser() throws Exception {
        var chosen = mvc.perform(get("/login").param("lang", "es").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("<h1>Iniciar sesión</h1>")))
                .andExpect(cookie().value("convene-locale", "es"))
                .andReturn().getResponse().getCookie("convene-locale");

        mvc.perform(get("/login").cookie(new Cookie(chosen.getName(), chosen.getValue()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("<h1>Iniciar sesión</h1>")));
    }

    @Test
    void theMembersChoiceFollowsThemToANewBrowser() throws Exception {
        var ana = TestAccounts.create(accounts, "Ana Idioma");
        var first = signIn(mvc, ana);
        mvc.perform(post("/account").session(first).with(csrf()).param("displayName", "Ana Idioma").param("locale", "es"));

        // Another browser that asks for English: signing in sets the member's language.
        var signedIn = mvc.perform(post("/login").param("email", ana.email()).param("password", ana.password())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(csrf()))
                .andExpect(cookie().value("convene-locale", "es"))
                .andReturn();
        var locale = signedIn.getResponse().getCookie("convene-locale");

        mvc.perform(get("/account").session((org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession())
                        .cookie(new Cookie(locale.getName(), locale.getValue()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("<h1>Tu cuenta</h1>")));
    }
}
