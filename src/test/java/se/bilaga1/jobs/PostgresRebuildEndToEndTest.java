package se.bilaga1.jobs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bilaga1.testsupport.PostgresDatabase;

/**
 * The same end-to-end rebuild against the machine's PostgreSQL, for real, in a schema of its own. Skipped, with
 * a message on the console, when PostgreSQL is unreachable.
 */
@SpringBootTest
class PostgresRebuildEndToEndTest extends RebuildEndToEndContract {

    private static String schema;

    @BeforeAll
    static void requirePostgres() {
        String unreachable = PostgresDatabase.unreachableReason();
        if (unreachable != null) {
            System.err.println("SKIPPED PostgreSQL end-to-end tests: " + unreachable);
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
