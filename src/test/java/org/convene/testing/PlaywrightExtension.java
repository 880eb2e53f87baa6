package org.convene.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts headless Chromium once per test class and hands each test method a {@link Browsers}
 * whose pages point at the application's random port. Use it through {@link BrowserTest}.
 *
 * <p>The Debian {@code /usr/bin/chromium} is used when it exists (as on CI, installed by
 * {@code .ci/run}); otherwise Playwright's own Chromium, if it was downloaded.
 */
final class PlaywrightExtension implements ParameterResolver, AfterTestExecutionCallback {

    static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlaywrightExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The class-level store closes Chromium after the class; the method-level store closes
        // this test's browser contexts after the test.
        var chromium = context.getParent().orElseThrow().getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class);
        var port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        return context.getStore(NAMESPACE).computeIfAbsent(Browsers.class,
                key -> new Browsers(chromium.browser(), "http://localhost:" + port), Browsers.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        var browsers = context.getStore(NAMESPACE).get(Browsers.class, Browsers.class);
        if (browsers != null && context.getExecutionException().isPresent()) {
            var name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            browsers.screenshotAll(Path.of("target", "playwright"), name);
        }
    }

    /** Playwright's driver and one Chromium process; closed by JUnit with the class's store. */
    record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static Chromium launch() {
            var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                return new Chromium(playwright, playwright.chromium().launch(Browsers.launchOptions()));
            } catch (RuntimeException e) {
                playwright.close();
                throw new IllegalStateException("Chromium did not start; install it with "
                        + "'apt-get install -y chromium' (as .ci/run does)", e);
            }
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
