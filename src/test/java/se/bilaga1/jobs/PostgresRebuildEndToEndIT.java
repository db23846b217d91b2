package se.bilaga1.jobs;

import org.junit.jupiter.api.AfterAll;
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
class PostgresRebuildEndToEndIT extends RebuildEndToEndContract {

    private static String schema;

    @BeforeAll
    static void requirePostgres() {
        schema = PostgresDatabase.requireSchema("PostgreSQL end-to-end tests");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, () -> schema);
    }

    @AfterAll
    static void dropSchema() {
        PostgresDatabase.dropSchema(schema);
    }
}
