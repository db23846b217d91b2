package se.bilaga1.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.bilaga1.testsupport.PostgresDatabase;

/**
 * After the loads PostgreSQL has statistics of every table the marts read. (That H2 is left be, every rebuild on H2
 * shows: an ANALYZE of a list of tables is not H2's syntax. No H2 database is opened here: the first one a test JVM
 * opens without the app fixes H2's bind address for the JVM, which {@code H2SecretIT} checks.)
 */
class PlannerStatisticsIT {

    @Test
    void onPostgresEveryMartTableIsAnalysed() {
        String schema = PostgresDatabase.requireSchema("planner statistics on PostgreSQL");
        try {
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(PostgresDatabase.url(schema),
                    PostgresDatabase.USER, ""));
            for (String table : PlannerStatistics.MART_TABLES) {
                jdbc.execute("CREATE TABLE " + table + " (n INTEGER)");
                jdbc.execute("INSERT INTO " + table + " SELECT g FROM generate_series(1, 500) g");
            }

            assertThat(new PlannerStatistics(jdbc).refresh()).isTrue();

            assertThat(jdbc.queryForList("SELECT relname FROM pg_stat_user_tables WHERE schemaname = ?"
                    + " AND last_analyze IS NOT NULL", String.class, schema))
                    .containsExactlyInAnyOrderElementsOf(PlannerStatistics.MART_TABLES);
        } finally {
            PostgresDatabase.dropSchema(schema);
        }
    }
}
