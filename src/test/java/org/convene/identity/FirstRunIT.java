package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.FreshInstall;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The first start without CONVENE_ADMIN_EMAIL: the setup page, guarded by the code from the log, works once. */
@ConveneIntegrationTest
@FreshInstall
class FirstRunIT {

    static final String ADMIN = "first-admin@convene.test";
    static final String PASSWORD = "quiet-morning-harbour";

    @Autowired
    MockMvc mvc;

    @Autowired
    FirstRun firstRun;

    @Autowired
    Accounts accounts;

    @Test
    void setupCreatesTheAdministratorOnceWithTheCodeFromTheLog() throws Exception {
        var code = firstRun.setupCode();
        assertThat(code).as("a code is printed in the log while no administrator exists").isNotBlank();
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("href=\"/setup\"")));
        mvc.perform(get("/setup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Setup code from the server log")));

        // A wrong code is refused, what was typed is kept, nobody is created.
        mvc.perform(setup("not-the-code", ADMIN, "First Admin", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not the setup code printed in the server log.")))
                .andExpect(content().string(containsString("value=\"" + ADMIN + "\"")));
        assertThat(accounts.findByEmail(ADMIN)).isEmpty();

        // Field rules are checked before the code is used up.
        mvc.perform(setup(code, "not-an-email", "First Admin", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please enter a valid email address.")));
        // So is the password policy: not short, not common, nothing of the account's own.
        mvc.perform(setup(code, ADMIN, "First Admin", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at least 10 characters.")));
        mvc.perform(setup(code, ADMIN, "First Admin", "1234567890"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("one of the most common passwords")));
        mvc.perform(setup(code, ADMIN, "First Admin", "first-admin-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leave out your name, your email")));
        assertThat(accounts.findByEmail(ADMIN)).isEmpty();
        assertThat(firstRun.setupOpen()).isTrue();

        // The right code creates the administrator, who can sign in.
        mvc.perform(setup("  " + code + " ", ADMIN, "First Admin", PASSWORD))
                .andExpect(redirectedUrl("/login?setupDone"));
        var admin = accounts.findByEmail(ADMIN).orElseThrow();
        assertThat(admin.administrator()).isTrue();
        assertThat(admin.displayName()).isEqualTo("First Admin");
        mvc.perform(post("/login").param("email", ADMIN).param("password", PASSWORD).with(csrf()))
                .andExpect(authenticated().withRoles("USER", "ADMIN"));

        // After that the page is gone, for the same code too.
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(setup(code, "second@convene.test", "Second", PASSWORD)).andExpect(status().isNotFound());
        assertThat(accounts.findByEmail("second@convene.test")).isEmpty();
        mvc.perform(get("/login"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/setup\""))));
    }

    private static MockHttpServletRequestBuilder setup(String code, String email, String name, String password) {
        return post("/setup").param("code", code).param("email", email).param("displayName", name)
                .param("password", password).with(csrf());
    }
}
