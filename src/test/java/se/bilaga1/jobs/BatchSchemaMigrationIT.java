package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;

/**
 * Spring Batch's tables are Flyway's: the migration per database is the script spring-batch-core ships for it (so
 * that a Spring Batch whose script changes fails here, and gets a migration of its own), and a warehouse made before
 * the migration, whose Batch tables Spring Batch created itself, migrates over them and keeps its runs.
 */
class BatchSchemaMigrationIT {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theMigrationIsTheScriptSpringBatchShips(String vendor) throws IOException {
        String shipped = resource("/org/springframework/batch/core/schema-" + vendor + ".sql");
        String migration = resource("/db/vendor/" + vendor + "/V12__spring_batch_schema.sql");
        assertThat(statements(migration.replace("IF NOT EXISTS ", ""))).isEqualTo(statements(shipped))
                .hasSizeGreaterThanOrEqualTo(9);
        assertThat(Job.class.getPackage().getImplementationVersion())
                .as("the Spring Batch whose script the migration copies: a new one needs a new migration, if its"
                        + " script changed (this test says)").isEqualTo("6.0.6");
    }

    @Test
    void aWarehouseWhoseBatchTablesSpringBatchMadeMigratesOverThem(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("old").toAbsolutePath() + "/bilaga1";
        // as an earlier version left it: the warehouse's migrations by Flyway, Batch's tables by Batch, a run in them
        // (up to V11: the versions before Spring Batch's tables came under Flyway)
        assertThat(Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("11").load()
                .migrate().success).isTrue();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String sql : statements(resource("/org/springframework/batch/core/schema-h2.sql"))) {
                c.createStatement().execute(sql);
            }
            c.createStatement().execute("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY)"
                    + " VALUES (1, 0, 'rebuild', 'k')");
        }
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load();
        assertThat(flyway.migrate().success).isTrue();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT JOB_NAME FROM BATCH_JOB_INSTANCE")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("rebuild");
        }
        assertThat(flyway.info().current().getVersion().getMajor().intValue()).isGreaterThanOrEqualTo(12);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BatchSchemaMigrationIT.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The script's statements, comments dropped and white space folded. */
    private static List<String> statements(String script) {
        String code = script.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
        return java.util.Arrays.stream(code.split(";")).map(s -> s.strip().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty()).toList();
    }
}
