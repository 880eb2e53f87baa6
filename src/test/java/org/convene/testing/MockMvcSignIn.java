package org.convene.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.convene.testing.TestAccounts.TestAccount;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in through the real sign-in form and hands back the session, for MockMvc requests made
 * as that person: {@code mvc.perform(get("/account").session(session))}. Add
 * {@code .with(csrf())} to every POST, as a browser sends the form's token.
 */
public final class MockMvcSignIn {

    private MockMvcSignIn() {
    }

    public static MockHttpSession signIn(MockMvc mvc, String email, String password) {
        try {
            var result = mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
                    .andReturn();
            var location = result.getResponse().getRedirectedUrl();
            if (location == null || location.contains("/login")) {
                throw new AssertionError("sign-in as " + email + " failed: redirected to " + location);
            }
            return (MockHttpSession) result.getRequest().getSession(false);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static MockHttpSession signIn(MockMvc mvc, TestAccount account) {
        return signIn(mvc, account.email(), account.password());
    }

    /** The CSRF token a form would carry; re-exported so tests need one import less. */
    public static SecurityMockMvcRequestPostProcessors.CsrfRequestPostProcessor withCsrf() {
        return csrf();
    }
}
