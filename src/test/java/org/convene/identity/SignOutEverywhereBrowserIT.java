package org.convene.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.convene.testing.Accessibility.assertAccessible;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.convene.testing.BrowserTest;
import org.convene.testing.Browsers;
import org.convene.testing.Pages;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone signed in on a shared computer ("remember me" ticked) and has left it: from their own device
 * they sign out everywhere, API tokens included, and the shared computer is signed out at its next page.
 */
@BrowserTest
class SignOutEverywhereBrowserIT {

    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokenService tokens;

    @Test
    void signingOutEverywhereReachesTheSharedComputerThatRemembersYou(Browsers browsers) {
        var lia = TestAccounts.create(accounts, "Lia Everywhere");
        var token = tokens.issue(lia.id(), "backup script").raw();

        var shared = browsers.newPage();
        shared.navigate("/login");
        shared.getByLabel("Email").fill(lia.email());
        shared.getByLabel("Password").fill(lia.password());
        shared.getByLabel("Remember me").check();
        shared.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(shared).not().hasURL(Pattern.compile("/login"));

        var own = browsers.newPage();
        Pages.signIn(own, lia);
        own.navigate("/account");
        var section = own.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sign out everywhere"));
        assertThat(section).containsText("this one included");
        assertAccessible(own);
        section.getByLabel("Also revoke all my API tokens").check();
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out everywhere")).click();
        assertThat(own).hasURL(Pattern.compile("/login\\?signedOutEverywhere$"));
        assertThat(own.getByRole(AriaRole.STATUS)).containsText("You are signed out on every device.");
        assertAccessible(own);

        shared.navigate("/account");
        assertThat(shared).hasURL(Pattern.compile("/login\\?sessionEnded$"));
        assertThat(shared.getByRole(AriaRole.STATUS)).containsText("Sign out everywhere");
        assertAccessible(shared);
        // The remember-me cookie the shared computer still holds signs nobody in any more.
        shared.navigate("/account");
        assertThat(shared).hasURL(Pattern.compile("/login$"));

        var me = own.request().get("/api/me", RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        org.assertj.core.api.Assertions.assertThat(me.status()).isEqualTo(401);
    }
}
