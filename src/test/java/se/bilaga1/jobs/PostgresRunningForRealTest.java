package se.bilaga1.jobs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bilaga1.testsupport.PostgresDatabase;

/**
 * Nightly runs, the run lock and snapshots against the machine's PostgreSQL, in a schema of their own. Skipped,
 * with a message on the console, when PostgreSQL is unreachable.
 */
@SpringBootTest
class PostgresRunningForRealTest extends RunningForRealContract {

    private static String schema;

    @BeforeAll
    static void requirePostgres() {
        String unreachable = PostgresDatabase.unreachableReason();
        if (unreachable != null) {
            System.err.println("SKIPPED PostgreSQL nightly/lock/snapshot tests: " + unreachable);
        }
        Assumptions.assumeTrue(unreachable == null, unreachable);
        schema = PostgresDatabase.newSchema();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresDatabase.url(schema));
        registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            PostgresDatabase.dropSchema(schema);
        }
    }
}
