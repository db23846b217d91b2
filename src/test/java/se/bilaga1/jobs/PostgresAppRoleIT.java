package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.bilaga1.testsupport.PostgresDatabase;

/**
 * docker-compose.yml's database roles, on the machine's PostgreSQL: deploy/postgres/app-role.sql, run by psql as
 * the admin in a scratch database as the postgres image's init script runs it, gives the app a role that owns its
 * schema and nothing else. As that role Flyway migrates the whole warehouse, while creating a database or a role,
 * reading another schema's table or creating in the public schema is refused.
 */
class PostgresAppRoleIT {

    static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    static final String DB = "bilaga1_role_" + SUFFIX;
    static final String ROLE = "bilaga1_app_" + SUFFIX;
    static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/";

    @BeforeAll
    static void createTheDatabaseAsComposeDoes() throws Exception {
        String unreachable = PostgresDatabase.unreachableReason();
        if (unreachable != null) {
            System.err.println("SKIPPED the app's least-privilege PostgreSQL role: " + unreachable);
        }
        Assumptions.assumeTrue(unreachable == null, unreachable);
        boolean psql = new ProcessBuilder("psql", "--version").start().waitFor(10, TimeUnit.SECONDS);
        Assumptions.assumeTrue(psql, "no psql on this machine");
        admin("postgres", "CREATE DATABASE " + DB);
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", PostgresDatabase.USER, "-d", DB,
                "-v", "app_role=" + ROLE, "-v", "app_password=ett-langt-slumpat-losen", "-v", "app_schema=bilaga1",
                "-v", "db=" + DB, "-f", Path.of("deploy/postgres/app-role.sql").toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // another schema of the same database, with a table the app must not read
        admin(DB, "CREATE SCHEMA annat", "CREATE TABLE annat.hemligt (x INTEGER)", "INSERT INTO annat.hemligt VALUES (1)");
    }

    @AfterAll
    static void dropIt() throws Exception {
        if (PostgresDatabase.unreachableReason() == null) {
            admin("postgres", "DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)", "DROP ROLE IF EXISTS " + ROLE);
        }
    }

    private static void admin(String database, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL + database, PostgresDatabase.USER, "");
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static Connection asApp() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL + DB, ROLE, "ett-langt-slumpat-losen");
    }

    @Test
    void theAppsRoleMigratesItsOwnSchemaAndCanDoNothingElse() throws Exception {
        // Flyway as the app runs it: its locations, the app's role, the schema its search path names
        Flyway.configure().dataSource(ADMIN_URL + DB + "?currentSchema=bilaga1", ROLE, "ett-langt-slumpat-losen")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        try (Connection c = asApp(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user");
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).containsOnly(false);
            rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'bilaga1'"
                    + " AND table_name IN ('source_file', 'batch_job_execution', 'audit_event')");
            rs.next();
            assertThat(rs.getInt(1)).as("the warehouse, Spring Batch's and the audit tables in the app's schema").isEqualTo(3);

            for (String forbidden : List.of("CREATE DATABASE bilaga1_intrang", "CREATE ROLE intrang",
                    "SELECT * FROM annat.hemligt", "CREATE TABLE public.intrang (x INTEGER)", "DROP SCHEMA annat CASCADE")) {
                assertThatThrownBy(() -> s.execute(forbidden)).as(forbidden).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
        assertThat(Files.readString(Path.of("deploy/postgres/initdb/10-app-role.sh"))).contains("bilaga1_app")
                .contains("/run/secrets/db_password").contains("/bilaga1-postgres/app-role.sql");
    }
}
