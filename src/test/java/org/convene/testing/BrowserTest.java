package org.convene.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Convene through headless Chromium (Playwright), on the same Spring context
 * as the other {@link ConveneIntegrationTest}s. Name the class {@code *BrowserIT}: failsafe runs
 * it once, on H2 (the database makes no difference to a browser, and Chromium is slow).
 *
 * <p>Take a {@link Browsers} parameter in the test method; each {@link Browsers#newPage()} is
 * another person, in a browser context of their own (cookies, session, language), all open at
 * once if need be. Then {@link Pages#signIn} and {@link Accessibility#assertAccessible} on every
 * page visited. On failure a screenshot of each open page is left in {@code target/playwright}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ConveneIntegrationTest
@ExtendWith(PlaywrightExtension.class)
public @interface BrowserTest {
}
