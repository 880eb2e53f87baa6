package org.convene.clinic.web;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.convene.testing.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Screenshots of the clinic pages of a running demo server, to look at them:
 * {@code ./mvnw test -Dtest=ClinicLook -Dclinic.look=http://localhost:8383}; PNGs in target/clinic-look.
 */
@EnabledIfSystemProperty(named = "clinic.look", matches = "http.*")
class ClinicLook {

    @Test
    void takeScreenshots() {
        String base = System.getProperty("clinic.look");
        String[] paths = System.getProperty("clinic.look.paths", "/communities/1/clinics/1/room").split(",");
        String who = System.getProperty("clinic.look.who", "ben");
        Path out = Path.of("target/clinic-look");
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(Browsers.launchOptions());
            for (int[] size : List.of(new int[] {1280, 900}, new int[] {390, 844})) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(size[0], size[1]));
                Page page = context.newPage();
                page.navigate(base + "/login");
                page.fill("input[name=email]", who + "@demo.convene.test");
                page.fill("input[name=password]", "practice-together");
                page.click("button[type=submit]");
                page.waitForURL("**/communities**");
                int i = 0;
                for (String path : paths) {
                    page.navigate(base + path);
                    page.waitForTimeout(600);
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(out.resolve(who + "-" + (i++) + "-" + size[0] + ".png")));
                }
                context.close();
            }
        }
    }
}
