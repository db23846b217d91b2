package se.bilaga1.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The machine's PostgreSQL (127.0.0.1:5432, trust auth, database {@code test}). Each test class gets a schema of
 * its own, dropped afterwards; when the server is unreachable the tests are skipped and say so.
 */
public final class PostgresDatabase {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = System.getenv().getOrDefault("BILAGA1_TEST_PG_USER", "postgres");

    private PostgresDatabase() {
    }

    /** Null when reachable, else why not. */
    public static String unreachableReason() {
        try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=3", USER, "")) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at 127.0.0.1:5432 (database test) unreachable: " + e.getMessage();
        }
    }

    /**
     * For a test class's {@code @BeforeAll}: when PostgreSQL is unreachable, says so on the console
     * ({@code SKIPPED <what>: why}) and skips the class; otherwise a fresh schema of the class's own.
     */
    public static String requireSchema(String what) {
        String unreachable = unreachableReason();
        if (unreachable != null) {
            System.err.println("SKIPPED " + what + ": " + unreachable);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(unreachable == null, unreachable);
        return newSchema();
    }

    /** Points the application under test at {@code schema} (read when the context starts). */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry,
            java.util.function.Supplier<String> schema) {
        registry.add("spring.datasource.url", () -> url(schema.get()));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    public static String newSchema() {
        String schema = "bilaga1_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    public static String url(String schema) {
        return URL + "?currentSchema=" + schema;
    }

    public static void dropSchema(String schema) {
        if (schema == null) {
            return;
        }
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Runs one statement as the test's (super)user, e.g. to create a role or take one's login away. */
    public static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
