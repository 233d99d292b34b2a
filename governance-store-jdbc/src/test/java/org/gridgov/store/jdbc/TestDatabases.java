package org.gridgov.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: {@code GRIDGOV_TEST_POSTGRES} (a JDBC URL; {@code .ci/postgres} starts one
 * and prints it). Without it the PostgreSQL tests are skipped with a message saying so, unless {@code
 * GRIDGOV_REQUIRE_POSTGRES} is set, as CI sets it: there a missing server fails them.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** The server's URL; skips (or, in CI, fails) the calling test without one. */
    public static String postgres() {
        String url = System.getenv("GRIDGOV_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            if (System.getenv("GRIDGOV_REQUIRE_POSTGRES") != null) {
                throw new IllegalStateException("GRIDGOV_REQUIRE_POSTGRES is set but GRIDGOV_TEST_POSTGRES is not:"
                        + " .ci/run starts a PostgreSQL server and exports it");
            }
            Assumptions.abort("no PostgreSQL server: set GRIDGOV_TEST_POSTGRES to a JDBC URL (.ci/postgres starts"
                    + " one and prints it) to run the PostgreSQL tests");
        }
        return url;
    }

    /** A schema name no other test uses. */
    public static String freshSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Drops a test's schema and everything in it. */
    public static void drop(String url, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
