package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.bilaga1.hostile.HostileSummary;
import se.bilaga1.testsupport.AppProcess;

/**
 * Issue 7 for real: the application runs as a child process, is stopped at a known point of a run
 * ({@code --bilaga1.crash-test.pause-at}) and killed there with SIGKILL; the next run must recover the run the
 * killed process left STARTED, restart it where it stopped and end exactly as an uninterrupted run on the same
 * inputs: the same published cells, the same tables CSV byte for byte, the same rows in the warehouse. And only
 * one run at a time: a second trigger while a run is under way is refused, whichever job either is.
 *
 * <p>Every scenario gets a warehouse of its own (the subclass says what that is: an H2 file, a PostgreSQL schema).
 * Child JVMs take seconds each, so the scenarios are all started at once in {@link #startEveryScenario()}, a few
 * at a time, and each test waits for its own and checks it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(HostileSummary.TAG)
abstract class CrashRestartContract {

    static final Path INPUT = Path.of("input").toAbsolutePath();
    static final String TABLES_CSV = "bilaga1-2024-tabeller.csv";
    /** The load steps commit every 10 rows, so that a load has many chunks to be killed after. */
    static final String SMALL_CHUNKS = "--bilaga1.chunk-size=10";
    /** The killed runs load their files side by side, whatever the machine's cores; the reference file after file. */
    static final String TWO_WORKERS = "--bilaga1.load-workers=2";
    static final String ONE_WORKER = "--bilaga1.load-workers=1";
    static final int SIGKILL_EXIT = 128 + 9;
    /** The warehouse tables a run fills from the inputs (snapshots aside: only the rebuild records them). */
    static final List<String> LOADED_TABLES = List.of("source_note", "quarantine_row", "kommunenkat_svar",
            "bra_published_count", "bra_detail_count", "bra_detail_sum", "bra_kartlaggning", "regionkoordinator_case",
            "migrationsverket_permit", "stodprogram_antal", "stodprogram_medel", "korrigering", "reconciliation_result");
    static final List<String> LOADS = List.of("loadKommunenkat", "loadBra", "loadRegionkoordinatorer",
            "loadMigrationsverket", "loadStodprogram", "loadKorrigeringar");
    static final List<String> REBUILD_STEPS = concat(List.of("registerInputs"), LOADS,
            List.of("updateStatistics", "applyCorrections", "reconcile", "snapshot", "publish"));
    static final List<String> NIGHTLY_STEPS = concat(List.of("registerChanges"), LOADS,
            List.of("updateStatistics", "applyCorrections", "reconcile", "publish"));
    /**
     * Where the rebuild is killed, one scenario each. The one with two points is killed again while restarting: in
     * the restarted load, 3 chunks after where the first run had stopped.
     */
    static final String[] REBUILD_KILL_POINTS = {"registerInputs:0", "loadBra:1", "loadBra:40",
        "loadRegionkoordinatorer:5 loadRegionkoordinatorer:3", "reconcile:0", "publish:0"};

    @TempDir
    static Path root;

    private ExecutorService pool;
    private final List<Warehouse> warehouses = new ArrayList<>();
    private CompletableFuture<Outcome> uninterrupted;
    private final Map<String, CompletableFuture<Outcome>> killedRebuilds = new ConcurrentHashMap<>();
    private CompletableFuture<Outcome> killedNightly;
    private CompletableFuture<TwoTriggers> twoTriggers;
    private CompletableFuture<Outcome> databaseLost;

    /** One scenario's warehouse: how the application is pointed at it, and a connection to look inside afterwards. */
    interface Warehouse {

        List<String> args();

        Map<String, String> env();

        Connection connect() throws SQLException;

        void drop();

        /**
         * Takes the database away from the application as a restart of the server or a lost network would: its
         * connections are cut and new ones refused until {@link #restore()}. Only where the database can be taken away
         * from a running application ({@link CrashRestartContract#databaseCanBeLost()}; H2 runs inside it).
         */
        default void cutOff() {
            throw new UnsupportedOperationException("this warehouse cannot be taken away from a running application");
        }

        default void restore() {
        }
    }

    /** Null when the database is there, else why not: the tests are skipped and say so. */
    abstract String unavailableReason();

    /** A fresh, empty warehouse for one scenario; {@code dir} is the scenario's own folder. */
    abstract Warehouse newWarehouse(Path dir);

    /** Whether the database can be taken away from a running application ({@link Warehouse#cutOff()}). */
    boolean databaseCanBeLost() {
        return false;
    }

    @BeforeAll
    void startEveryScenario() {
        String unavailable = unavailableReason();
        if (unavailable != null) {
            System.err.println("SKIPPED " + unavailable);
        }
        Assumptions.assumeTrue(unavailable == null, unavailable);
        int parallel = Math.max(2, Math.min(3, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "crash-scenario");
            t.setDaemon(true);
            return t;
        });
        twoTriggers = async(this::twoTriggersWhileARebuildIsPaused);
        databaseLost = databaseCanBeLost() ? async(this::databaseLostDuringALoad) : null;
        uninterrupted = async(this::uninterruptedRebuild);
        killedNightly = async(() -> killAndRestart("nightly", "loadRegionkoordinatorer:3"));
        for (String points : REBUILD_KILL_POINTS) {
            killedRebuilds.put(points, async(() -> killAndRestart("rebuild", points.split(" "))));
        }
    }

    @AfterAll
    void stopAndDrop() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow(); // a scenario still running kills its child (AppProcess is closed when interrupted)
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        synchronized (warehouses) {
            warehouses.forEach(Warehouse::drop);
        }
    }

    Stream<String> rebuildKillPoints() {
        return Stream.of(REBUILD_KILL_POINTS);
    }

    @ParameterizedTest(name = "killed at {0}")
    @MethodSource("rebuildKillPoints")
    void aRebuildKilledWithSigkillIsRestartedWhereItStoppedAndEndsAsIfUninterrupted(String points) {
        Outcome reference = join(uninterrupted);
        Outcome crash = join(killedRebuilds.get(points));
        List<String> pausedAt = List.of(points.split(" "));

        assertKilledWhereAsked(crash, pausedAt);
        AppProcess.Result restart = crash.finalRun();
        assertThat(restart.exitCode()).as("%s", restart).isZero();
        assertThat(restart.stdout()).as("%s", restart).contains("Bilaga 1 rebuild 2024: COMPLETED")
                .contains("Snapshot: 2024 nr 1 (new)");
        assertRecoveredAndRestarted(crash, "rebuild", stepOf(pausedAt.get(pausedAt.size() - 1)));

        assertEndsAsTheUninterruptedRun(crash, reference, crash.dir().resolve("out"));
        assertThat(crash.rows()).as("rows per table, snapshot tables included").isEqualTo(reference.rows())
                .containsEntry("snapshot", 1L);
        assertEveryStepCompletedOnce(crash, REBUILD_STEPS);
        assertPartitionsRestartedUnderTheirNames(crash);
    }

    /**
     * For the subclasses whose database can be taken away ({@link Warehouse#cutOff()}): the rebuild that lost it
     * failed with exit status 1, and the next run resumed it and ended as the uninterrupted run, nothing duplicated.
     */
    void assertARebuildThatLostItsDatabaseIsResumedWithNothingDuplicated() {
        Outcome reference = join(uninterrupted);
        Outcome lost = join(databaseLost);

        AppProcess.Result failed = lost.killed().get(0);
        assertThat(failed.exitCode()).as("the run that lost its database: %s", failed).isEqualTo(RebuildCommand.ExitCodes.FAILED);
        assertThat(failed.stdout()).as("%s", failed).contains("CRASH-TEST PAUSE at loadBra:1").doesNotContain("Published cells");
        AppProcess.Result next = lost.finalRun();
        assertThat(next.exitCode()).as("%s", next).isZero();
        assertRecoveredAndRestarted(lost, "rebuild", "loadBra");
        assertEndsAsTheUninterruptedRun(lost, reference, lost.dir().resolve("out"));
        assertThat(lost.rows()).as("rows per table, snapshot tables included").isEqualTo(reference.rows());
        assertEveryStepCompletedOnce(lost, REBUILD_STEPS);
    }

    @Test
    void aFirstNightlyKilledDuringALoadIsRestartedThereAndPublishesTheRebuildsCells() {
        Outcome reference = join(uninterrupted);
        Outcome crash = join(killedNightly);

        assertKilledWhereAsked(crash, List.of("loadRegionkoordinatorer:3"));
        AppProcess.Result restart = crash.finalRun();
        assertThat(restart.exitCode()).as("%s", restart).isZero();
        assertThat(restart.stdout()).as("%s", restart).contains("Bilaga 1 nightly 2024: COMPLETED")
                .contains("Input: 40 new, 0 changed, 0 removed, 0 unchanged");
        assertRecoveredAndRestarted(crash, "nightly", "loadRegionkoordinatorer");

        assertEndsAsTheUninterruptedRun(crash, reference, crash.dir().resolve("out").resolve(NightlyCommand.CURRENT));
        assertEveryStepCompletedOnce(crash, NIGHTLY_STEPS);
        assertPartitionsRestartedUnderTheirNames(crash);
    }

    @Test
    void whileARunIsUnderWayASecondIsRefusedAndStatusShowsItAndOnceItIsKilledTheNextRunRecoversIt() {
        Outcome reference = join(uninterrupted);
        TwoTriggers t = join(twoTriggers);
        long pidA = t.pidA();

        // B, a nightly run, is refused at once (A sleeps forever: B did not wait for it) and names the run under way
        assertThat(t.second().exitCode()).as("%s", t.second()).isEqualTo(3);
        assertThat(t.second().stderr()).as("%s", t.second())
                .contains("Bilaga 1 nightly refused: another run is under way: rebuild 2024 by process " + pidA + " on ");
        assertThat(t.second().stdout()).doesNotContain("Bilaga 1 nightly 2024");
        assertThat(t.aAliveAfterSecondAndStatus()).as("A still paused when B and status had ended").isTrue();
        assertThat(t.second().took()).as("B's whole life, JVM start included").isLessThan(Duration.ofSeconds(60));

        assertThat(t.status().exitCode()).as("%s", t.status()).isZero();
        assertThat(t.status().stdout()).as("%s", t.status())
                .containsPattern("(?m)^Now: a run is under way: rebuild 2024 \\(process " + pidA + " on ")
                .containsPattern("(?m)^\\s+\\d+\\s+rebuild\\s.*\\bSTARTED\\b");

        assertThat(t.killed().exitCode()).as("%s", t.killed()).isEqualTo(SIGKILL_EXIT);
        assertThat(t.killed().stdout()).contains("CRASH-TEST PAUSE at loadBra:1");

        // C, the next nightly run, recovers A's run; a nightly run does not restart a rebuild: it loads what A did not
        Outcome c = t.after();
        AppProcess.Result third = c.finalRun();
        assertThat(third.exitCode()).as("%s", third).isZero();
        long killedRun = c.jobs().get(0).id();
        assertThat(third.notes()).as("%s", third).containsExactly("körning " + killedRun + " (rebuild) was left STARTED by a"
                + " process that ended; marked FAILED");
        assertThat(third.stdout()).containsPattern("(?m)^Input: \\d+ new, 0 changed, 0 removed, \\d+ unchanged$");
        assertThat(c.jobs()).extracting(Job::name, Job::status).containsExactly(tuple("rebuild", "FAILED"),
                tuple("nightly", "COMPLETED"));
        assertEndsAsTheUninterruptedRun(c, reference, c.dir().resolve("out").resolve(NightlyCommand.CURRENT));
        assertThat(c.lockHolder()).as("who holds the run lock after C ended").isNull();
    }

    // --- the scenarios --------------------------------------------------------------------------------------

    private Outcome uninterruptedRebuild() {
        Path dir = root.resolve("uninterrupted");
        Warehouse warehouse = warehouse(dir);
        // file after file: the killed runs load their files side by side (two workers, the default), and must end as this
        AppProcess.Result run = AppProcess.run(command(warehouse, dir, "rebuild", "2024").stream()
                .map(a -> a.equals(TWO_WORKERS) ? ONE_WORKER : a).toList(), warehouse.env());
        assertThat(run.exitCode()).as("%s", run).isZero();
        return look(warehouse, dir, List.of(), run);
    }

    /**
     * Runs {@code job} with the pause hook at each of {@code points} in turn, killing it each time it pauses, then
     * once more without it, to its end.
     */
    private Outcome killAndRestart(String job, String... points) {
        Path dir = root.resolve(job + "-" + String.join("-", points).replace(':', '_'));
        Warehouse warehouse = warehouse(dir);
        List<String> command = command(warehouse, dir, job.equals("rebuild") ? List.of("rebuild", "2024") : List.of(job));
        List<AppProcess.Result> killed = new ArrayList<>();
        for (String point : points) {
            killed.add(runUntilPausedAndKill(command, warehouse, point));
        }
        return look(warehouse, dir, killed, AppProcess.run(command, warehouse.env()));
    }

    /**
     * A rebuild pauses after its first chunk of Brå rows; meanwhile the database is taken away (connections cut, new
     * ones refused) and the run goes on into the loss and fails; with the database back, the next run recovers it and
     * restarts it where it stopped.
     */
    private Outcome databaseLostDuringALoad() {
        Path dir = root.resolve("database-lost");
        Warehouse warehouse = warehouse(dir);
        List<String> command = command(warehouse, dir, "rebuild", "2024");
        AppProcess.Result failed;
        // a short wait for a connection, so that the run fails within the test's patience rather than after 30 s each
        try (AppProcess app = AppProcess.start(concat(command, List.of("--bilaga1.crash-test.pause-at=loadBra:1",
                "--bilaga1.crash-test.pause-seconds=3", "--spring.datasource.hikari.connection-timeout=2000")),
                warehouse.env())) {
            app.awaitLine("CRASH-TEST PAUSE at loadBra:1");
            warehouse.cutOff();
            failed = app.awaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            warehouse.restore();
        }
        return look(warehouse, dir, List.of(failed), AppProcess.run(command, warehouse.env()));
    }

    /**
     * A (a rebuild) pauses holding the run lock; B (a nightly run) and {@code status} run meanwhile; A is killed; C
     * (a nightly run) runs to its end.
     */
    private TwoTriggers twoTriggersWhileARebuildIsPaused() throws Exception {
        Path dir = root.resolve("two-triggers");
        Warehouse warehouse = warehouse(dir);
        List<String> rebuild = command(warehouse, dir, "rebuild", "2024");
        List<String> nightly = command(warehouse, dir, "nightly");
        try (AppProcess a = AppProcess.start(with(rebuild, "--bilaga1.crash-test.pause-at=loadBra:1"), warehouse.env())) {
            a.awaitLine("CRASH-TEST PAUSE at loadBra:1");
            AppProcess.Result second;
            AppProcess.Result status;
            try (AppProcess b = AppProcess.start(nightly, warehouse.env());
                    AppProcess s = AppProcess.start(command(warehouse, dir, "status"), warehouse.env())) {
                second = b.awaitExit();
                status = s.awaitExit();
            }
            boolean aAlive = a.isAlive();
            AppProcess.Result killed = a.kill();
            Outcome after = look(warehouse, dir, List.of(killed), AppProcess.run(nightly, warehouse.env()));
            return new TwoTriggers(a.pid(), second, status, aAlive, killed, after);
        }
    }

    private AppProcess.Result runUntilPausedAndKill(List<String> command, Warehouse warehouse, String point) {
        try (AppProcess app = AppProcess.start(with(command, "--bilaga1.crash-test.pause-at=" + point), warehouse.env())) {
            app.awaitLine("CRASH-TEST PAUSE at " + point);
            return app.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- what the tests check ---------------------------------------------------------------------------------

    private static void assertKilledWhereAsked(Outcome crash, List<String> points) {
        assertThat(crash.killed()).hasSize(points.size());
        for (int i = 0; i < points.size(); i++) {
            AppProcess.Result killed = crash.killed().get(i);
            assertThat(killed.exitCode()).as("killed with SIGKILL: %s", killed).isEqualTo(SIGKILL_EXIT);
            assertThat(killed.stdout()).as("%s", killed).contains("CRASH-TEST PAUSE at " + points.get(i))
                    .doesNotContain("Published cells");
        }
    }

    /**
     * The final run's report: the run the last kill left STARTED was marked FAILED and restarted at the step it was
     * killed in; in the job repository every execution is of one job instance, the killed ones FAILED.
     */
    private static void assertRecoveredAndRestarted(Outcome crash, String job, String step) {
        AppProcess.Result run = crash.finalRun();
        List<Job> jobs = crash.jobs();
        assertThat(jobs).as("executions: one per kill and the final run").hasSize(crash.killed().size() + 1);
        assertThat(jobs).extracting(Job::instance).as("one job instance, restarted").containsOnly(jobs.get(0).instance());
        assertThat(jobs).extracting(Job::status).as("the killed runs recovered as FAILED, the last COMPLETED")
                .containsExactlyElementsOf(concat(Collections.nCopies(jobs.size() - 1, "FAILED"), List.of("COMPLETED")));
        long lastKilled = jobs.get(jobs.size() - 2).id();
        assertThat(run.notes()).as("%s", run).containsExactly(
                "körning " + lastKilled + " (" + job + ") was left STARTED by a process that ended; marked FAILED",
                "restarting körning " + lastKilled + ", which stopped at " + step + "; steps already completed are not run again");
    }

    private static void assertEndsAsTheUninterruptedRun(Outcome crash, Outcome reference, Path outputs) {
        AppProcess.Result run = crash.finalRun();
        assertThat(run.publishedCells()).as("published cells of %s", run).isEqualTo(reference.finalRun().publishedCells());
        assertThat(outputs.resolve(TABLES_CSV)).as("the tables CSV").hasSameBinaryContentAs(
                reference.dir().resolve("out").resolve(TABLES_CSV));
        assertThat(crash.rows()).as("rows per table").containsAllEntriesOf(withoutSnapshots(reference.rows()));
        assertThat(crash.rows()).containsEntry("regionkoordinator_case", 490L + 375 + 414 + 430);
        assertThat(crash.files()).as("every file's status and rows read = loaded + quarantined + notes")
                .containsExactlyElementsOf(reference.files());
    }

    /**
     * Steps completed before a kill are not run again, and every step of the job completed exactly once; so did every
     * partition of a load step ({@code loadBra.files:12}) that completed: one completed before a kill is not run again.
     */
    private static void assertEveryStepCompletedOnce(Outcome crash, List<String> steps) {
        Map<String, Long> completed = crash.steps().stream().filter(s -> s.status().equals("COMPLETED"))
                .collect(Collectors.groupingBy(Step::name, LinkedHashMap::new, Collectors.counting()));
        Map<String, Long> partitions = new LinkedHashMap<>(completed);
        partitions.keySet().removeIf(name -> !name.contains(":"));
        completed.keySet().removeAll(partitions.keySet());
        assertThat(partitions).as("completed partitions of the load steps").isNotEmpty().allSatisfy((name, times) -> {
            assertThat(name).matches("load[A-Za-z]+\\.files:\\d+");
            assertThat(times).as(name).isEqualTo(1L);
        });
        assertThat(completed).as("completed step executions per step")
                .containsExactlyInAnyOrderEntriesOf(steps.stream().collect(Collectors.toMap(s -> s, s -> 1L)));
    }

    /**
     * A restarted load step names its partitions as the stopped run did, so each resumes its own position: the
     * partitions of a load step the stopped run had split are among those it left unfinished, none new. (A partition
     * named afresh, say for the file it had stopped in, has no position and reads that file again from its first row.)
     */
    private static void assertPartitionsRestartedUnderTheirNames(Outcome crash) {
        Map<Long, Map<String, List<Step>>> partitions = crash.steps().stream().filter(s -> s.name().contains(":"))
                .collect(Collectors.groupingBy(Step::execution, TreeMap::new,
                        Collectors.groupingBy(s -> s.name().substring(0, s.name().indexOf(':')))));
        Map<String, List<Step>> before = Map.of();
        for (Map<String, List<Step>> run : partitions.values()) {
            for (Map.Entry<String, List<Step>> step : run.entrySet()) {
                List<Step> stopped = before.get(step.getKey());
                if (stopped != null) {
                    List<String> unfinished = stopped.stream().filter(s -> !s.status().equals("COMPLETED")).map(Step::name).toList();
                    assertThat(step.getValue()).extracting(Step::name).as("%s restarted", step.getKey())
                            .isSubsetOf(unfinished);
                }
            }
            before = run;
        }
    }

    // --- looking inside the warehouse -------------------------------------------------------------------------

    /** A scenario's end: its killed runs, its last run, and what the warehouse holds after it. */
    record Outcome(Path dir, List<AppProcess.Result> killed, AppProcess.Result finalRun, Map<String, Long> rows,
            List<String> files, List<Job> jobs, List<Step> steps, String lockHolder) {
    }

    record TwoTriggers(long pidA, AppProcess.Result second, AppProcess.Result status, boolean aAliveAfterSecondAndStatus,
            AppProcess.Result killed, Outcome after) {
    }

    record Job(long id, long instance, String name, String status) {
    }

    record Step(long execution, String name, String status) {
    }

    private static Outcome look(Warehouse warehouse, Path dir, List<AppProcess.Result> killed, AppProcess.Result last) {
        try (Connection c = warehouse.connect(); Statement st = c.createStatement()) {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : concat(LOADED_TABLES, List.of("snapshot", "snapshot_cell"))) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
            // the per-file sums are kept in each chunk's transaction: a kill between chunks must leave them exact
            try (ResultSet rs = st.executeQuery(se.bilaga1.testsupport.DetailSumsCheck.DISAGREEING)) {
                rs.next();
                rows.put("bra_detail_sum keys disagreeing with the rows", rs.getLong(1));
            }
            List<String> files = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT file_name, status, rows_read, rows_loaded, rows_quarantined, rows_notes"
                    + " FROM source_file WHERE status NOT IN ('REPLACED', 'RETIRED') ORDER BY file_name")) {
                while (rs.next()) {
                    files.add(rs.getString(1) + " " + rs.getString(2) + " read " + rs.getInt(3) + " = " + rs.getInt(4) + " + "
                            + rs.getInt(5) + " + " + rs.getInt(6));
                }
            }
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, i.JOB_NAME, e.STATUS FROM"
                    + " BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                    + " ORDER BY e.JOB_EXECUTION_ID")) {
                while (rs.next()) {
                    jobs.add(new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                }
            }
            List<Step> steps = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION"
                    + " ORDER BY STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    steps.add(new Step(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            String holder;
            try (ResultSet rs = st.executeQuery("SELECT holder FROM run_lock_holder WHERE name = 'warehouse'")) {
                holder = rs.next() ? rs.getString(1) : "(no row)";
            }
            return new Outcome(dir, List.copyOf(killed), last, rows, files, jobs, steps, holder);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look inside the warehouse of " + dir + " after " + last, e);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Warehouse warehouse(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Warehouse warehouse = newWarehouse(dir);
        synchronized (warehouses) {
            warehouses.add(warehouse);
        }
        return warehouse;
    }

    private static List<String> command(Warehouse warehouse, Path dir, String... command) {
        return command(warehouse, dir, List.of(command));
    }

    private static List<String> command(Warehouse warehouse, Path dir, List<String> command) {
        return concat(command, List.of("--bilaga1.input=" + INPUT, "--bilaga1.output=" + dir.resolve("out"), SMALL_CHUNKS,
                TWO_WORKERS), warehouse.args());
    }

    private static String stepOf(String point) {
        return point.substring(0, point.indexOf(':'));
    }

    private static Map<String, Long> withoutSnapshots(Map<String, Long> rows) {
        Map<String, Long> loaded = new LinkedHashMap<>(rows);
        loaded.keySet().removeIf(t -> t.startsWith("snapshot"));
        return loaded;
    }

    private static List<String> with(List<String> command, String option) {
        return concat(command, List.of(option));
    }

    @SafeVarargs
    static <T> List<T> concat(List<T>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** A scenario that can throw, for the pool. */
    interface Scenario<T> {

        T run() throws Exception;
    }

    private <T> CompletableFuture<T> async(Scenario<T> scenario) {
        Supplier<T> supplier = () -> {
            try {
                return scenario.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return CompletableFuture.supplyAsync(supplier, pool);
    }

    private static <T> T join(CompletableFuture<T> scenario) {
        try {
            return scenario.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw e;
        }
    }
}
