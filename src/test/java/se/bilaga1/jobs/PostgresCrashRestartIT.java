package se.bilaga1.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.bilaga1.testsupport.PostgresDatabase;

/**
 * The crash and restart scenarios against the machine's PostgreSQL, a schema of its own per scenario, named to
 * the child processes the way production names its database (SPRING_DATASOURCE_*). Skipped, with a message on the
 * console, when PostgreSQL is unreachable.
 */
class PostgresCrashRestartIT extends CrashRestartContract {

    @Override
    String unavailableReason() {
        String unreachable = PostgresDatabase.unreachableReason();
        return unreachable == null ? null : "PostgreSQL crash-restart tests: " + unreachable;
    }

    @Override
    boolean databaseCanBeLost() {
        return true;
    }

    @Test
    void aRebuildThatLosesTheDatabaseDuringALoadFailsAndTheNextRunResumesWithNothingDuplicated() {
        assertARebuildThatLostItsDatabaseIsResumedWithNothingDuplicated();
    }

    @Override
    Warehouse newWarehouse(Path dir) {
        String schema = PostgresDatabase.newSchema();
        // the application logs in as a role of its own, owner of the schema, so that the database can be taken away
        // from this one scenario (NOLOGIN, its connections ended) while the other scenarios go on
        String role = schema + "_app";
        PostgresDatabase.execute("CREATE ROLE " + role + " LOGIN");
        PostgresDatabase.execute("ALTER SCHEMA " + schema + " OWNER TO " + role);
        return new Warehouse() {

            @Override
            public List<String> args() {
                return List.of("--bilaga1.data=" + dir.resolve("data").toAbsolutePath());
            }

            @Override
            public Map<String, String> env() {
                return Map.of("SPRING_DATASOURCE_URL", PostgresDatabase.url(schema), "SPRING_DATASOURCE_USERNAME",
                        role, "SPRING_DATASOURCE_PASSWORD", "");
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(PostgresDatabase.url(schema), PostgresDatabase.USER, "");
            }

            @Override
            public void drop() {
                PostgresDatabase.dropSchema(schema);
                PostgresDatabase.execute("DROP ROLE IF EXISTS " + role);
            }

            @Override
            public void cutOff() {
                PostgresDatabase.execute("ALTER ROLE " + role + " NOLOGIN");
                PostgresDatabase.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
            }

            @Override
            public void restore() {
                PostgresDatabase.execute("ALTER ROLE " + role + " LOGIN");
            }
        };
    }
}
