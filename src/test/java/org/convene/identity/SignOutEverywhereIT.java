package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.testing.MockMvcSignIn.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.convene.testing.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Credentials end when their owner means them to: a password change ends the other sessions and the
 * remembered browsers, "sign out everywhere" ends them all (API tokens when asked), and a remember-me
 * cookie is a revocable row, never replayed after signing out.
 */
@ConveneIntegrationTest
class SignOutEverywhereIT {

    private static final String NEW_PASSWORD = "lanterns over the quay";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndRememberedBrowsersButNotThisOne() throws Exception {
        var gia = signedInThreeWays("Gia Sessions");
        assertThat(rememberedBrowsers(gia.account())).isOne();

        mvc.perform(post("/account/password").session(gia.here()).with(csrf())
                        .param("current", gia.account().password()).param("replacement", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(gia.here())).andExpect(status().isOk());
        mvc.perform(get("/account").session(gia.elsewhere())).andExpect(redirectedUrl("/login?sessionEnded"));
        assertThat(gia.elsewhere().isInvalid()).isTrue();
        assertNotSignedIn(gia.remembered());
        assertThat(rememberedBrowsers(gia.account())).isZero();
        mvc.perform(get("/login?sessionEnded"))
                .andExpect(content().string(containsString("your password was changed")));
    }

    @Test
    void signingOutEverywhereEndsEverySessionEveryRememberedBrowserAndTheTokensWhenAsked() throws Exception {
        var hal = signedInThreeWays("Hal Sessions");
        var token = tokens.issue(hal.account().id(), "script").raw();

        mvc.perform(get("/account").session(hal.here()))
                .andExpect(content().string(containsString("Also revoke all my API tokens")));
        mvc.perform(post("/account/sign-out-everywhere").session(hal.here()).with(csrf()).param("apiTokens", "true"))
                .andExpect(redirectedUrl("/login?signedOutEverywhere"));

        assertThat(hal.here().isInvalid()).isTrue();
        mvc.perform(get("/account").session(hal.elsewhere())).andExpect(redirectedUrl("/login?sessionEnded"));
        assertNotSignedIn(hal.remembered());
        assertThat(rememberedBrowsers(hal.account())).isZero();
        mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
        // The password still works: signing out is not locking out.
        signIn(mvc, hal.account());
    }

    @Test
    void signingOutEverywhereKeepsTheApiTokensUnlessAsked() throws Exception {
        var ida = TestAccounts.create(accounts, "Ida Sessions");
        var token = tokens.issue(ida.id(), "script").raw();

        mvc.perform(post("/account/sign-out-everywhere").session(signIn(mvc, ida)).with(csrf()))
                .andExpect(redirectedUrl("/login?signedOutEverywhere"));

        mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void aRememberMeCookieIsNotReplayedAfterSigningOutNorAfterItWasUsed() throws Exception {
        var jo = TestAccounts.create(accounts, "Jo Sessions");
        var remembered = rememberMe(jo);
        var used = mvc.perform(get("/account").cookie(remembered)).andExpect(status().isOk()).andReturn();
        var renewed = used.getResponse().getCookie(SecurityConfiguration.REMEMBER_ME_COOKIE);
        assertThat(renewed).as("each use gives the browser a new token").isNotNull();

        // The copy taken before that use is stale: it signs nobody in, and makes the account forget every browser.
        assertNotSignedIn(remembered);
        assertThat(rememberedBrowsers(jo)).isZero();

        var again = rememberMe(jo);
        var session = mvc.perform(get("/account").cookie(again)).andReturn().getRequest().getSession(false);
        mvc.perform(post("/logout").session((MockHttpSession) session).cookie(again)
                .with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        assertThat(rememberedBrowsers(jo)).isZero();
        assertNotSignedIn(again);
    }

    @Test
    void aNewPasswordMustPassThePolicyAndSaysWhyNot() throws Exception {
        var kim = TestAccounts.create(accounts, "Kim Sessions");
        var session = signIn(mvc, kim);

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("current", kim.password()).param("replacement", "qwertyuiop"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("one of the most common passwords")));
        mvc.perform(post("/account/password").session(session).with(csrf()).header("Accept-Language", "es")
                        .param("current", kim.password()).param("replacement", "kim sessions 2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No incluyas tu nombre")));
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        signIn(mvc, kim);
    }

    /** One person signed in on this device, on another, and in a third browser that remembers them. */
    private record SignedIn(TestAccount account, MockHttpSession here, MockHttpSession elsewhere, Cookie remembered) {
    }

    private SignedIn signedInThreeWays(String name) throws Exception {
        var account = TestAccounts.create(accounts, name);
        return new SignedIn(account, signIn(mvc, account), signIn(mvc, account), rememberMe(account));
    }

    /** Signs in with "remember me" and gives back the cookie alone, as a browser keeps it after its session. */
    private Cookie rememberMe(TestAccount account) throws Exception {
        var cookie = mvc.perform(post("/login").param("email", account.email()).param("password", account.password())
                        .param("remember-me", "on").with(csrf()))
                .andReturn().getResponse().getCookie(SecurityConfiguration.REMEMBER_ME_COOKIE);
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private void assertNotSignedIn(Cookie remembered) throws Exception {
        mvc.perform(get("/account").cookie(remembered)).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
    }

    private long rememberedBrowsers(TestAccount account) {
        return jdbc.sql("select count(*) from persistent_logins where username = :email")
                .param("email", Accounts.normalizeEmail(account.email())).query(Long.class).single();
    }
}
