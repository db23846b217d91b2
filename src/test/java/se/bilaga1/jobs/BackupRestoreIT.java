package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.testsupport.PostgresDatabase;

/**
 * The README's backup and restore, tried: the warehouse dumped with {@code pg_dump -Fc} and the snapshots' archive
 * with {@code tar}, the warehouse lost, then {@code pg_restore --clean --if-exists --no-owner} and {@code tar -x}
 * bring back the same snapshots, cells, runs and archived files. The same tools and options as the README's
 * commands, for the test's own schema ({@code -n}) on the local server instead of the compose service's database.
 */
@SpringBootTest
class BackupRestoreIT {

    private static String schema;

    @TempDir
    static Path work;

    @BeforeAll
    static void requirePostgres() {
        schema = PostgresDatabase.requireSchema("PostgreSQL backup and restore test");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, () -> schema);
    }

    @AfterAll
    static void dropSchema() {
        PostgresDatabase.dropSchema(schema);
    }

    @Autowired
    TestRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWarehouseAndTheArchiveComeBackFromTheirBackups() throws Exception {
        Path output = work.resolve("output");
        assertThat(rebuild.rebuild(2024, Path.of("input"), output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> before = contents();
        assertThat(output.resolve("arkiv")).isDirectory();
        List<String> archived = files(output.resolve("arkiv"));
        assertThat(archived).isNotEmpty();

        Path dump = work.resolve("warehouse.dump");
        Path tarball = work.resolve("arkiv.tar.gz");
        run("pg_dump", "-h", "127.0.0.1", "-U", PostgresDatabase.USER, "-d", "test", "-n", schema, "-Fc", "-f",
                dump.toString());
        run("tar", "-czf", tarball.toString(), "-C", output.toString(), "arkiv");
        assertThat(dump).isNotEmptyFile();

        // the loss
        PostgresDatabase.execute("DROP SCHEMA " + schema + " CASCADE");
        run("rm", "-rf", output.resolve("arkiv").toString());
        assertThat(output.resolve("arkiv")).doesNotExist();

        run("pg_restore", "-h", "127.0.0.1", "-U", PostgresDatabase.USER, "-d", "test", "--clean", "--if-exists",
                "--no-owner", dump.toString());
        run("tar", "-xzf", tarball.toString(), "-C", output.toString());
        assertThat(contents()).isEqualTo(before);
        assertThat(files(output.resolve("arkiv"))).isEqualTo(archived);
    }

    /** What a backup must keep: the snapshots with their cells, the runs, the files with their accounting. */
    private List<String> contents() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("SELECT report_year || '/' || snapshot_no FROM snapshot ORDER BY 1", String.class));
        rows.add("cells " + jdbc.queryForObject("SELECT COUNT(*) FROM snapshot_cell", Long.class));
        rows.addAll(jdbc.queryForList("SELECT tabell || ';' || rad || ';' || kolumn || ';' || COALESCE(varde, '')"
                + " FROM snapshot_cell ORDER BY tabell, rad, kolumn", String.class));
        rows.add("runs " + jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class));
        rows.addAll(jdbc.queryForList("SELECT file_name || ' ' || sha256 || ' ' || rows_read || '=' || rows_loaded"
                + " || '+' || rows_quarantined || '+' || rows_notes FROM source_file ORDER BY file_name, id", String.class));
        return rows;
    }

    private static List<String> files(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p) + " " + size(p)).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + printed).isZero();
    }
}
