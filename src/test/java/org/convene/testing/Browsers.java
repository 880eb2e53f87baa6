package org.convene.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;

/**
 * The browsers of one test: each {@link #newPage()} is a different person with their own
 * cookies, so a live room can hold a facilitator and three members at once. All are closed
 * after the test. Relative URLs ({@code page.navigate("/account")}) go to the application.
 */
public final class Browsers implements AutoCloseable {

    private static final double TIMEOUT_MS = 10_000;

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();

    Browsers(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Headless Debian Chromium with the flags this machine needs, for tools that drive a browser too. */
    public static BrowserType.LaunchOptions launchOptions() {
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(PlaywrightExtension.CHROMIUM_ARGS);
        if (Files.isExecutable(PlaywrightExtension.SYSTEM_CHROMIUM)) {
            options.setExecutablePath(PlaywrightExtension.SYSTEM_CHROMIUM);
        }
        return options;
    }

    /** A new person, whose browser asks for English pages. */
    public Page newPage() {
        return newPage("en-US");
    }

    /** A new person whose browser asks for pages in {@code locale} (e.g. {@code "es-ES"}). */
    public Page newPage(String locale) {
        return newPage(new Browser.NewContextOptions().setLocale(locale));
    }

    /** A new person with browser options of the test's choosing (the base URL is set here). */
    public Page newPage(Browser.NewContextOptions options) {
        var context = browser.newContext(options.setBaseURL(baseUrl));
        context.setDefaultTimeout(TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    /** {@code http://localhost:<port>} of the application under test. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A full-page screenshot, for the failure report or to look at. */
    public static Path screenshot(Page page, Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    void screenshotAll(Path directory, String name) {
        var number = 0;
        for (var context : contexts) {
            for (var page : context.pages()) {
                try {
                    screenshot(page, directory.resolve(name + "-" + ++number + ".png"));
                } catch (RuntimeException e) {
                    // a page that crashed cannot be photographed; the test failure says enough
                }
            }
        }
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
