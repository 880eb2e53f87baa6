package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.testing.MockMvcSignIn.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-in, sign-out, remember-me, throttling of password guessing and CSRF on forms. */
@ConveneIntegrationTest
class SignInIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void signsInWithTheRightPassword() throws Exception {
        var ana = TestAccounts.create(accounts, "Ana Lima");

        mvc.perform(login(ana.email(), ana.password()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(ana.email()));
    }

    @Test
    void emailIsMatchedWithoutRegardToCaseOrSpaces() throws Exception {
        var ana = TestAccounts.create(accounts, "Ana Case");

        mvc.perform(login("  " + ana.email().toUpperCase() + " ", ana.password()))
                .andExpect(authenticated());
    }

    @Test
    void refusesAWrongPasswordAndKeepsTheEmailTyped() throws Exception {
        var ben = TestAccounts.create(accounts, "Ben Okafor");

        var location = mvc.perform(login(ben.email(), "not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?error*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(URI.create(location)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That email and password do not match an account.")))
                .andExpect(content().string(containsString("value=\"" + ben.email() + "\"")));
    }

    @Test
    void keepsAPlusInTheEmailTyped() throws Exception {
        var typed = "ana+work-" + TestAccounts.uniqueEmail("x");

        var location = mvc.perform(login(typed, "not-the-password"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(URI.create(location)))
                .andExpect(content().string(containsString("value=\"" + typed + "\"")));
    }

    @Test
    void refusesAnUnknownEmailWithTheSameMessage() throws Exception {
        mvc.perform(login(TestAccounts.uniqueEmail("nobody"), "whatever-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?error*"));
    }

    @Test
    void delaysTheEmailFromWhereFiveAttemptsFailedAndNotTheOwnerElsewhere() throws Exception {
        var cleo = TestAccounts.create(accounts, "Cleo Martin");
        var guesser = uniqueAddress();
        for (var attempt = 1; attempt <= LoginThrottle.FROM_ONE_CLIENT.freeAttempts(); attempt++) {
            mvc.perform(login(cleo.email(), "wrong-" + attempt).with(from(guesser)))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrlPattern("/login?error*"));
        }

        // Even the right password is refused from there now, and the page says why.
        mvc.perform(login(cleo.email(), cleo.password()).with(from(guesser)))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?locked*"));
        mvc.perform(get("/login").param("locked", "").param("email", cleo.email()))
                .andExpect(content().string(containsString("Too many failed attempts for this email from here.")));
        // The owner, somewhere else, is not locked out.
        mvc.perform(login(cleo.email(), cleo.password()).with(from(uniqueAddress())))
                .andExpect(authenticated());
    }

    @Test
    void delaysUnknownEmailsToo() throws Exception {
        var unknown = TestAccounts.uniqueEmail("ghost");
        var guesser = uniqueAddress();
        for (var attempt = 1; attempt <= LoginThrottle.FROM_ONE_CLIENT.freeAttempts(); attempt++) {
            mvc.perform(login(unknown, "guess-" + attempt).with(from(guesser)))
                    .andExpect(redirectedUrlPattern("/login?error*"));
        }
        mvc.perform(login(unknown, "guess-6").with(from(guesser))).andExpect(redirectedUrlPattern("/login?locked*"));
    }

    @Test
    void apiBasicSignInIsDelayedTheSameWayWithRetryAfter() throws Exception {
        var hana = TestAccounts.create(accounts, "Hana Ito");
        var guesser = uniqueAddress();
        for (var attempt = 1; attempt <= LoginThrottle.FROM_ONE_CLIENT.freeAttempts(); attempt++) {
            mvc.perform(get("/api/me").with(httpBasic(hana.email(), "wrong-" + attempt)).with(from(guesser)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/me").with(httpBasic(hana.email(), hana.password())).with(from(guesser)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, String.valueOf(
                        LoginThrottle.FROM_ONE_CLIENT.firstDelay().toSeconds())))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/me").with(httpBasic(hana.email(), hana.password())).with(from(uniqueAddress())))
                .andExpect(status().isOk());
    }

    @Test
    void aHugeEmailIsRefusedLikeAnyWrongOneAndNotEchoed() throws Exception {
        var huge = "x".repeat(20_000) + "@convene.test";

        mvc.perform(login(huge, "whatever-password").with(from(uniqueAddress())))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error&email="));
        mvc.perform(get("/api/me").with(httpBasic(huge, "whatever-password")).with(from(uniqueAddress())))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
        var dev = TestAccounts.create(accounts, "Dev Patel");
        var address = uniqueAddress();
        for (var attempt = 1; attempt < LoginThrottle.FROM_ONE_CLIENT.freeAttempts(); attempt++) {
            mvc.perform(login(dev.email(), "wrong-" + attempt).with(from(address))).andExpect(unauthenticated());
        }
        mvc.perform(login(dev.email(), dev.password()).with(from(address))).andExpect(authenticated());
        for (var attempt = 1; attempt < LoginThrottle.FROM_ONE_CLIENT.freeAttempts(); attempt++) {
            mvc.perform(login(dev.email(), "wrong-again-" + attempt).with(from(address))).andExpect(unauthenticated());
        }

        mvc.perform(login(dev.email(), dev.password()).with(from(address))).andExpect(authenticated());
    }

    @Test
    void issuesARememberMeCookieOnlyWhenAsked() throws Exception {
        var eva = TestAccounts.create(accounts, "Eva Novak");

        var remembered = mvc.perform(login(eva.email(), eva.password()).param("remember-me", "on"))
                .andExpect(authenticated())
                .andExpect(cookie().exists(SecurityConfiguration.REMEMBER_ME_COOKIE))
                .andExpect(cookie().maxAge(SecurityConfiguration.REMEMBER_ME_COOKIE, 60 * 60 * 24 * 30))
                .andExpect(cookie().httpOnly(SecurityConfiguration.REMEMBER_ME_COOKIE, true))
                .andReturn().getResponse().getCookie(SecurityConfiguration.REMEMBER_ME_COOKIE);

        // A new browser session with only the cookie is signed in.
        mvc.perform(get("/account").cookie(new Cookie(remembered.getName(), remembered.getValue())))
                .andExpect(status().isOk())
                .andExpect(authenticated().withUsername(eva.email()));

        mvc.perform(login(eva.email(), eva.password()))
                .andExpect(authenticated())
                .andExpect(cookie().doesNotExist(SecurityConfiguration.REMEMBER_ME_COOKIE));
    }

    @Test
    void pagesNeedASignedInPerson() throws Exception {
        mvc.perform(get("/account"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void signOutEndsTheSessionAndForgetsTheDevice() throws Exception {
        var fay = TestAccounts.create(accounts, "Fay Wong");
        var session = signIn(mvc, fay);

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/login?signedOut"))
                .andExpect(cookie().maxAge(SecurityConfiguration.REMEMBER_ME_COOKIE, 0));
        mvc.perform(get("/account").session(session))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/login").param("signedOut", ""))
                .andExpect(content().string(containsString("You are signed out.")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var gus = TestAccounts.create(accounts, "Gus Berg");
        var session = signIn(mvc, gus);

        mvc.perform(post("/account").session(session).param("displayName", "Hijacked").param("locale", ""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("email", gus.email()).param("password", gus.password()))
                .andExpect(status().isForbidden());

        assertThat(accounts.findById(gus.id()).orElseThrow().displayName()).isEqualTo("Gus Berg");
    }

    @Test
    void theEnvironmentAdministratorExistsAndSetupIsClosed() throws Exception {
        var admin = accounts.findByEmail(TestAccounts.ADMIN_EMAIL).orElseThrow();
        assertThat(admin.administrator()).isTrue();

        mvc.perform(login(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD))
                .andExpect(authenticated().withRoles("USER", "ADMIN"));
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("/setup"))));
    }

    /** Failed sign-ins are counted per address: each test guesses from its own. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String uniqueAddress() {
        var n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private static MockHttpServletRequestBuilder login(String email, String password) {
        return post("/login").param("email", email).param("password", password).with(csrf());
    }
}
