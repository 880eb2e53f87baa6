package org.convene.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Convene as on its first start: no {@code CONVENE_ADMIN_EMAIL}, no administrator, so the
 * {@code /setup} page is open and its one-time code is in the log (and in the {@code FirstRun}
 * bean). Completing setup is once per database, so the context is thrown away after the class.
 * Combine with {@link ConveneIntegrationTest} or {@link BrowserTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = {"convene.admin.email=", "convene.admin.password="})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface FreshInstall {
}
