package org.convene.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.convene.testing.Accessibility.assertAccessible;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.Page;
import org.convene.testing.BrowserTest;
import org.convene.testing.Browsers;
import org.convene.testing.FreshInstall;
import org.convene.testing.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer installs Convene: sets up the administrator with the code from the log, signs in, makes a token, signs out. */
@BrowserTest
@FreshInstall
class IdentityBrowserIT {

    static final String ADMIN = "owner@convene.test";
    static final String PASSWORD = "a-long-admin-password";

    @Autowired
    FirstRun firstRun;

    @Test
    void firstAdministratorSetsUpSignsInAndMakesAToken(Browsers browsers) {
        var page = browsers.newPage();

        page.navigate("/login");
        assertAccessible(page);
        Browsers.screenshot(page, Path.of("target/playwright/login.png"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up Convene")).click();

        assertThat(page).hasURL(Pattern.compile("/setup$"));
        assertAccessible(page);
        page.getByLabel("Setup code from the server log").fill("wrong-code");
        page.getByLabel("Email").fill(ADMIN);
        page.getByLabel("Display name").fill("Olga Owner");
        page.getByLabel("Password (at least 10 characters)").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the administrator")).click();
        assertThat(page.locator("#code-error")).hasText("That is not the setup code printed in the server log.");
        assertAccessible(page);

        page.getByLabel("Setup code from the server log").fill(firstRun.setupCode());
        page.getByLabel("Password (at least 10 characters)").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the administrator")).click();
        assertThat(page).hasURL(Pattern.compile("/login\\?setupDone$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The administrator is ready.");
        assertAccessible(page);

        Pages.signIn(page, ADMIN, PASSWORD);
        page.navigate("/account");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
        assertThat(page.getByLabel("Display name")).hasValue("Olga Owner");
        assertAccessible(page);

        page.getByLabel("Token name").fill("release script");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        var issued = page.locator("#issued-token");
        assertThat(issued).hasValue(Pattern.compile("^" + ApiTokenService.PREFIX + ".+"));
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("release script").setExact(true))).isVisible();
        assertAccessible(page);
        Browsers.screenshot(page, Path.of("target/playwright/account.png"));
        var me = page.request().get("/api/me", RequestOptions.create()
                .setHeader("Authorization", "Bearer " + issued.inputValue()));
        org.assertj.core.api.Assertions.assertThat(me.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(me.text()).contains(ADMIN);

        Pages.signOut(page);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are signed out.");
        assertAccessible(page);
        page.navigate("/account");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void setupIsClosedToEveryoneOnceDoneAndPagesSpeakSpanishToSpanishBrowsers(Browsers browsers) {
        var spanish = browsers.newPage("es-ES");
        var english = browsers.newPage();

        spanish.navigate("/login");
        english.navigate("/login");

        assertThat(spanish.locator("h1")).hasText("Iniciar sesión");
        assertThat(spanish.locator("html")).hasAttribute("lang", "es");
        assertAccessible(spanish);
        assertThat(english.locator("h1")).hasText("Sign in");
    }
}
