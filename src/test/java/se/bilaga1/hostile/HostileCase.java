package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.bilaga1.jobs.RebuildCommand;
import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.testsupport.AppProcess;
import se.bilaga1.testsupport.H2Warehouse;

/**
 * One hostile case: a bad file or fault built for real beside a good delivery of the same source, the real rebuild
 * run on them, and what the warehouse then holds. Every test of this package is a case and counts in the suite's
 * summary line ({@link HostileSummary}). {@link #assertNoRowLost()} belongs in every case.
 */
@SpringBootTest
abstract class HostileCase {

    static final int YEAR = 2024;

    @Autowired
    RebuildCommand rebuildCommand;

    @Autowired
    TestRebuild testRebuild;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @TempDir
    Path output;

    /** {@code input/<source>/<name>}, its folder created. */
    Path place(String source, String name) throws Exception {
        Files.createDirectories(input.resolve(source));
        return input.resolve(source).resolve(name);
    }

    /** Copies a committed sample delivery ({@code input/<source>/<name>} of the project) into the case's input. */
    Path copySample(String source, String name) throws Exception {
        return Files.copy(Path.of("input", source, name), place(source, name));
    }

    /** Copies the folder {@code from} into {@code to}, links as links. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    /** The yearly rebuild in this JVM, as {@code ./jobs/rebuild 2024} runs it; it must complete (exit status 0). */
    JobExecution rebuild() throws Exception {
        JobExecution run = testRebuild.rebuild(YEAR, input, output);
        assertThat(run.getStatus()).as("the run's status (COMPLETED is exit status 0)").isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    Warehouse warehouse() {
        return new Warehouse(jdbc);
    }

    void assertNoRowLost() {
        warehouse().assertNoRowLost();
    }

    /** A run of the real application in a JVM of its own, and its embedded warehouse afterwards. */
    record Forked(AppProcess.Result result, Warehouse warehouse) {
    }

    /**
     * The rebuild as {@code ./jobs/rebuild} runs it, in a forked JVM with {@code -Xmx<heap>} and a warehouse of its own
     * under {@code data}: for the cases that are about size, where running out of memory must not be possible.
     */
    Forked forkedRebuild(String heap, Path data) {
        return forkedRebuild(List.of(), heap, data);
    }

    /** {@link #forkedRebuild(String, Path)} with the JVM started through {@code launcher} ({@link AppProcess}). */
    Forked forkedRebuild(List<String> launcher, String heap, Path data) {
        AppProcess.Result result = AppProcess.run(launcher, List.of("-Xmx" + heap), rebuildArguments(data), Map.of());
        return new Forked(result, embeddedWarehouse(data));
    }

    /** The arguments of {@code ./jobs/rebuild 2024} on this case's folders, its embedded warehouse under {@code data}. */
    List<String> rebuildArguments(Path data) {
        return List.of("rebuild", String.valueOf(YEAR), "--bilaga1.input=" + input, "--bilaga1.output=" + output,
                "--bilaga1.data=" + data.toAbsolutePath());
    }

    /** The embedded warehouse a forked run left under {@code data}. */
    static Warehouse embeddedWarehouse(Path data) {
        DriverManagerDataSource h2 = new DriverManagerDataSource(H2Warehouse.url(data), "sa", H2Warehouse.password(data));
        return new Warehouse(new JdbcTemplate(h2));
    }
}
