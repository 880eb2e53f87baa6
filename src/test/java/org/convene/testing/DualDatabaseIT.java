package org.convene.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The harness itself: each failsafe execution really runs on the database it names, never on ./data. */
@ConveneIntegrationTest
class DualDatabaseIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnTheDatabaseNamedByTheSystemProperty() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            var expected = switch (TestDatabase.kind()) {
                case H2 -> "H2";
                case POSTGRES -> "PostgreSQL";
            };
            assertThat(metadata.getDatabaseProductName()).isEqualTo(expected);
            assertThat(metadata.getURL()).doesNotContain("./data").doesNotContain("file:");
        }
    }

    @Test
    void migrationsHaveRun() {
        var accounts = jdbc.sql("select count(*) from account").query(Long.class).single();
        assertThat(accounts).as("the administrator from the test profile").isPositive();
    }
}
