package org.convene.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with {@code MockMvc} for requests and a private
 * database (H2 or PostgreSQL, see {@link TestDatabase}). Name the class {@code *IT}: failsafe
 * runs it once on each database.
 *
 * <p>Every class carrying only this annotation shares one Spring context per test JVM (Spring
 * caches it), so tests must not depend on a clean database: create what you need with unique
 * names ({@link TestAccounts}). An administrator {@link TestAccounts#ADMIN_EMAIL} exists from
 * the start. Adding {@code @TestPropertySource}, {@code @MockitoBean} or {@code @Import} creates
 * a second context; do it only when the test needs it.
 *
 * <p>Inject {@code MockMvc} for requests, or {@code @LocalServerPort int port}
 * ({@code org.springframework.boot.test.web.server.LocalServerPort}) for a real HTTP client.
 * Browser tests use {@link BrowserTest}, which builds on this one and shares its context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface ConveneIntegrationTest {
}
