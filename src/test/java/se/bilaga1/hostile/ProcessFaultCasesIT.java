package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.AppProcess;

/**
 * Process faults that no input file causes. The database lost in the middle of a load, {@code kill -9} during a load
 * and two runs at once are the crash and restart scenarios ({@code CrashRestartContract}, tagged as hostile cases);
 * here, the database that is not there when a run starts, as cron would meet it.
 */
class ProcessFaultCasesIT {

    /** A port where nothing listens: connections are refused at once. */
    static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/bilaga1";

    @TempDir
    Path dir;

    @Test
    void aRebuildWhoseDatabaseIsUnreachableSaysSoInTwoSentencesAndExitsWith1() throws Exception {
        AppProcess.Result run = AppProcess.run(List.of("rebuild", "2024", "--bilaga1.input=" + Path.of("input").toAbsolutePath(),
                "--bilaga1.output=" + dir.resolve("out")), Map.of("SPRING_DATASOURCE_URL", NOWHERE,
                        "SPRING_DATASOURCE_USERNAME", "bilaga1", "SPRING_DATASOURCE_PASSWORD", "hemligt"));

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        String printed = run.stdout() + run.stderr();
        assertThat(printed).as("%s", run).contains("The warehouse database cannot be reached at " + NOWHERE + ": Connection to"
                + " 127.0.0.1:1 refused").contains("Nothing was run (exit status 1).")
                .contains("Start the database (PostgreSQL on this server: pg_ctlcluster <version> main start) or correct"
                        + " SPRING_DATASOURCE_URL")
                .doesNotContain("hemligt") // the password is never printed
                .doesNotContain("\tat org.springframework"); // no stack trace for the operator to read through
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void aNightlyRunWhoseDatabaseIsUnreachableExitsWith1AndTheSameMessage() throws Exception {
        AppProcess.Result run = AppProcess.run(List.of("nightly", "--bilaga1.input=" + Path.of("input").toAbsolutePath(),
                "--bilaga1.output=" + dir.resolve("out")), Map.of("SPRING_DATASOURCE_URL", NOWHERE,
                        "SPRING_DATASOURCE_USERNAME", "bilaga1", "SPRING_DATASOURCE_PASSWORD", ""));

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.stdout() + run.stderr()).as("%s", run).contains("The warehouse database cannot be reached at " + NOWHERE);
    }
}
