package org.convene.community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.convene.testing.Accessibility.assertAccessible;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convene.identity.Accounts;
import org.convene.testing.BrowserTest;
import org.convene.testing.Browsers;
import org.convene.testing.Pages;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The foundation as people live it: the administrator creates a community, builds its units,
 * invites a member who joins through the link and fills in a profile, the directory finds her by
 * expertise, the convener puts her in her unit (a member cannot choose one), and someone who is not a member is told the community does not exist.
 */
@BrowserTest
class FoundationStoryBrowserIT {

    @Autowired
    Accounts accounts;

    @Test
    void aCommunityComesToLife(Browsers browsers) {
        var admin = browsers.newPage();
        Pages.signIn(admin, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        admin.navigate("/communities/new");
        assertAccessible(admin);
        var name = "Story practice " + Math.floorMod(TestAccounts.uniqueEmail("c").hashCode(), 10_000);
        admin.getByLabel("Name").fill(name);
        admin.getByLabel("Purpose").fill("Operators learn from each other's real challenges.");
        admin.getByLabel("Ground rules").fill("Everyone is heard.");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create community")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Your community is ready");
        assertAccessible(admin);
        var communityPath = admin.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");

        admin.navigate(communityPath + "/units");
        assertAccessible(admin);
        admin.getByLabel("Name").fill("North");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit")).click();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a sub-unit to North")).click();
        admin.getByLabel("Name").fill("Riverside");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit")).click();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a sub-unit to Riverside")).click();
        admin.getByLabel("Name").fill("Night shift");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit")).click();
        var tree = admin.locator("main");
        assertThat(tree).containsText("North");
        assertThat(tree).containsText("Riverside");
        assertThat(tree).containsText("Night shift");
        assertAccessible(admin);

        admin.navigate(communityPath + "/invitations");
        assertAccessible(admin);
        var memberEmail = TestAccounts.uniqueEmail("dana");
        admin.getByLabel("Email").fill(memberEmail);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation")).click();
        var link = admin.locator("#invitation-link").inputValue();
        assertThat(admin.locator("#invitation-link")).hasValue(Pattern.compile(".*/invitations/inv_.+"));
        assertAccessible(admin);

        var member = browsers.newPage();
        member.navigate(link);
        assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertThat(member.locator("main")).containsText("You are invited as");
        assertThat(member.locator("main")).containsText("Everyone is heard.");
        assertAccessible(member);
        member.getByLabel("Display name").fill("Dana Diaz");
        member.getByLabel("Password (at least 10 characters)").fill(TestAccounts.PASSWORD);
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join")).click();
        assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertAccessible(member);

        member.navigate(communityPath + "/profile");
        assertAccessible(member);
        member.getByLabel("Job role").fill("Shift lead");
        // A unit's members fill in its self-assessment: the member cannot pick one, a convener assigns it.
        assertThat(member.locator("#profile-unit")).containsText("No unit");
        assertThat(member.locator("#profile-unit")).containsText("Conveners assign units");
        member.getByLabel("Expertise").fill("alarm flood, handover");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();
        assertThat(member.getByRole(AriaRole.STATUS).first()).containsText("Your profile is saved.");

        admin.navigate(communityPath + "/members");
        assertAccessible(admin);
        var search = admin.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Search members"));
        search.getByLabel("Expertise").selectOption("alarm flood");
        search.getByRole(AriaRole.BUTTON).click();
        var results = admin.locator("main");
        assertThat(results).containsText("Dana Diaz");
        assertThat(results).containsText("Shift lead");
        assertThat(results).not().containsText(TestAccounts.ADMIN_EMAIL);
        Browsers.screenshot(admin, Path.of("target/screenshots/foundation/directory.png"));

        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dana Diaz")).click();
        var unitSelect = admin.getByLabel("Unit", new Page.GetByLabelOptions().setExact(true));
        unitSelect.selectOption(unitSelect.locator("option", new Locator.LocatorOptions().setHasText("Night shift"))
                .getAttribute("value"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save role and unit")).click();
        assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("Role and unit saved.");
        assertAccessible(admin);
        member.navigate(communityPath + "/profile");
        assertThat(member.locator("#profile-unit")).containsText("Night shift");

        var outsiderAccount = TestAccounts.create(accounts, "Olly Outsider");
        var outsider = browsers.newPage();
        Pages.signIn(outsider, outsiderAccount);
        for (var path : new String[] {"", "/members", "/units", "/profile", "/invitations", "/settings"}) {
            var response = outsider.navigate(communityPath + path);
            org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(outsider.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        }
        assertAccessible(outsider);
    }
}
