package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import se.bilaga1.testsupport.Folders;
import se.bilaga1.warehouse.Snapshots;
import se.bilaga1.warehouse.WarehouseReset;
import se.bilaga1.testsupport.TestRebuild;

/**
 * Issue 7 in one process: nightly incremental runs (unchanged, changed, removed, broken new version), one run at a
 * time, and the yearly snapshots with --force and their diff. Run against whichever database the subclass sets up,
 * each in a warehouse of its own (other test classes' runs and snapshots must not count here).
 */
abstract class RunningForRealContract {

    static final Path SAMPLE_INPUT = Path.of("input");

    @Autowired
    JobRunner runner;

    @Autowired
    RunLock lock;

    @Autowired
    RebuildCommand rebuildCommand;

    @Autowired
    TestRebuild testRebuild;

    @Autowired
    NightlyCommand nightlyCommand;

    @Autowired
    StatusCommand status;

    @Autowired
    Snapshots snapshots;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WarehouseReset reset;

    @TempDir
    Path input;

    @TempDir
    Path output;

    @BeforeEach
    void emptyWarehouseAndFreshInputs() throws IOException {
        reset.clearForRebuild(2024); // the facts of every file, the tables without a cascading key first
        jdbc.update("DELETE FROM reconciliation_result");
        Folders.copyTree(SAMPLE_INPUT, input);
    }

    private JobExecution nightly() throws Exception {
        JobExecution run = runner.nightly(input, output.resolve("senaste")).execution();
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    private List<Map<String, Object>> files() {
        return jdbc.queryForList("SELECT id, file_name, sha256, status, loaded_at FROM source_file ORDER BY id");
    }

    private List<String> steps(JobExecution run) {
        return jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY"
                + " STEP_EXECUTION_ID", String.class, run.getId());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private void replaceLine(String file, String line, String with) throws IOException {
        Path path = input.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(line);
        Files.writeString(path, text.replace(line, with), StandardCharsets.UTF_8);
    }

    /** The tables CSV a rebuild of the same input folder writes, to compare a nightly run's current one with. */
    private byte[] rebuiltTables(Path rebuildOutput) throws Exception {
        assertThat(testRebuild.rebuild(2024, input, rebuildOutput).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return Files.readAllBytes(rebuildOutput.resolve("bilaga1-2024-tabeller.csv"));
    }

    private byte[] currentTables() throws IOException {
        return Files.readAllBytes(output.resolve("senaste").resolve("bilaga1-2024-tabeller.csv"));
    }

    @Test
    void aSecondNightWithUnchangedInputsReloadsNothingAndSaysSo() throws Exception {
        JobExecution first = nightly();
        assertThat(jdbc.queryForList("SELECT change_kind FROM run_change WHERE job_execution_id = ?", String.class,
                first.getId())).hasSize(40).containsOnly("NEW");
        List<Map<String, Object>> before = files();
        int cases = count("SELECT COUNT(*) FROM regionkoordinator_case");

        JobExecution second = nightly();

        assertThat(second.getExitStatus().getExitCode()).isEqualTo(NightlyJobConfiguration.NOTHING_CHANGED);
        assertThat(steps(second)).containsExactly("registerChanges");
        assertThat(files()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM regionkoordinator_case")).isEqualTo(cases);
        assertThat(jdbc.queryForObject("SELECT message FROM run_summary WHERE job_execution_id = ?", String.class,
                second.getId())).isEqualTo("nothing changed (40 files unchanged)");
        String report = status.describe(5);
        assertThat(report).contains("Now: no run under way").contains("NOTHING_CHANGED")
                .contains("nothing changed (40 files unchanged)").contains("40 new, 0 changed, 0 removed, 0 unchanged");
    }

    @Test
    void aChangedFileReplacesOnlyItsOwnFactsAndTheResultEqualsARebuild(@TempDir Path rebuilt) throws Exception {
        nightly();
        List<Map<String, Object>> before = files();
        long oldNsp = (Long) jdbc.queryForMap("SELECT id FROM source_file WHERE file_name = 'stodprogram/nsp.csv'").get("id");
        replaceLine("stodprogram/nsp.csv", "NSP;2024;Vuxna;39", "NSP;2024;Vuxna;41");

        JobExecution run = nightly();

        assertThat(jdbc.queryForList("SELECT change_kind || ' ' || file_name FROM run_change WHERE job_execution_id = ?",
                String.class, run.getId())).containsExactly("CHANGED stodprogram/nsp.csv");
        // every other file is the very row it was: not reloaded
        List<Map<String, Object>> after = files();
        assertThat(after.stream().filter(f -> !f.get("file_name").equals("stodprogram/nsp.csv")).toList())
                .isEqualTo(before.stream().filter(f -> !f.get("file_name").equals("stodprogram/nsp.csv")).toList());
        assertThat(jdbc.queryForList("SELECT status FROM source_file WHERE file_name = 'stodprogram/nsp.csv' ORDER BY id",
                String.class)).containsExactly("REPLACED", "LOADED");
        assertThat(count("SELECT COUNT(*) FROM stodprogram_antal WHERE source_file_id = ?", oldNsp)).isZero();
        assertThat(count("SELECT COUNT(*) FROM stodprogram_antal a JOIN source_file f ON f.id = a.source_file_id"
                + " WHERE f.file_name = 'stodprogram/nsp.csv'")).isEqualTo(19);
        assertThat(Files.readAllLines(output.resolve("senaste").resolve("bilaga1-2024-tabeller.csv")))
                .contains("Tabell 3;Vuxna;2024;41;");
        assertThat(currentTables()).isEqualTo(rebuiltTables(rebuilt));
    }

    @Test
    void whatAnAbandonedRunLoadedGoesWithItsFileThoughTheDetailTableHasNoCascade(@TempDir Path rebuilt) throws Exception {
        // a run that died in the middle of Brå's detail file and is not restarted: its file LOADING, rows half in
        jdbc.update("INSERT INTO source_file (source_name, file_name, file_path, sha256, size_bytes, file_kind, status,"
                + " registered_at) VALUES ('bra', 'bra/anmalda-brott-detalj-2024.csv', '/gone', 'abandoned', 1, 'CSV',"
                + " 'LOADING', CURRENT_TIMESTAMP)");
        long abandoned = jdbc.queryForObject("SELECT id FROM source_file WHERE sha256 = 'abandoned'", Long.class);
        jdbc.update("INSERT INTO bra_detail_count (source_file_id, ar, manad, kommunkod, lagrum, antal, row_no)"
                + " VALUES (?, 2024, 1, '0114', 'BrB 6:11', 1000000, 2)", abandoned);

        nightly();

        assertThat(count("SELECT COUNT(*) FROM source_file WHERE id = ?", abandoned)).isZero();
        assertThat(count("SELECT COUNT(*) FROM bra_detail_count WHERE source_file_id = ?", abandoned)).isZero();
        assertThat(count("SELECT COUNT(*) FROM bra_detail_count WHERE antal = 1000000")).isZero();
        assertThat(currentTables()).isEqualTo(rebuiltTables(rebuilt));
    }

    @Test
    void aFileRemovedFromTheInputIsRetiredWithItsFacts() throws Exception {
        nightly();
        long syd = (Long) jdbc.queryForMap("SELECT id FROM source_file WHERE file_name = 'regionkoordinatorer/syd-2023.xlsx'")
                .get("id");
        int cases2023 = count("SELECT COUNT(*) FROM regionkoordinator_case WHERE ar = 2023");
        assertThat(count("SELECT COUNT(*) FROM quarantine_row WHERE source_file_id = ?", syd)).isEqualTo(1);
        Files.delete(input.resolve("regionkoordinatorer/syd-2023.xlsx"));

        JobExecution run = nightly();

        assertThat(jdbc.queryForList("SELECT change_kind FROM run_change WHERE job_execution_id = ?", String.class,
                run.getId())).containsExactly("REMOVED");
        assertThat(jdbc.queryForObject("SELECT status FROM source_file WHERE id = ?", String.class, syd)).isEqualTo("RETIRED");
        assertThat(count("SELECT COUNT(*) FROM regionkoordinator_case WHERE source_file_id = ?", syd)).isZero();
        assertThat(count("SELECT COUNT(*) FROM quarantine_row WHERE source_file_id = ?", syd)).isZero();
        assertThat(count("SELECT COUNT(*) FROM regionkoordinator_case WHERE ar = 2023")).isEqualTo(cases2023 - 67);
        assertThat(jdbc.queryForObject("SELECT message FROM run_summary WHERE job_execution_id = ?", String.class,
                run.getId())).isEqualTo("0 new, 0 changed, 1 removed, 39 unchanged");
    }

    @Test
    void changedCorrectionsAndCasesAreCorrectedAsARebuildWouldCorrectThem(@TempDir Path rebuilt) throws Exception {
        nightly();
        // one correction withdrawn, and the Stockholm 2024 file delivered again: the corrections apply anew over it
        List<String> corrections = Files.readAllLines(input.resolve("korrigeringar/korrigeringar-2024.csv"));
        Files.write(input.resolve("korrigeringar/korrigeringar-2024.csv"),
                corrections.stream().filter(l -> !l.startsWith("K-001;")).toList(), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(input.resolve("regionkoordinatorer/stockholm-2024.xlsx"),
                java.nio.file.attribute.FileTime.fromMillis(0)); // touching alone changes nothing: only the checksum counts

        JobExecution run = nightly();

        assertThat(jdbc.queryForList("SELECT file_name FROM run_change WHERE job_execution_id = ?", String.class,
                run.getId())).containsExactly("korrigeringar/korrigeringar-2024.csv");
        assertThat(count("SELECT COUNT(*) FROM korrigering k JOIN source_file f ON f.id = k.source_file_id"
                + " WHERE f.status = 'LOADED' AND k.status = 'APPLIED'")).isEqualTo(corrections.size() - 2);
        assertThat(currentTables()).isEqualTo(rebuiltTables(rebuilt));
    }

    @Test
    void aBrokenNewVersionIsRejectedAndTheEarlierVersionStaysInUse() throws Exception {
        nightly();
        List<String> tabell3 = Files.readAllLines(output.resolve("senaste").resolve("bilaga1-2024-tabeller.csv")).stream()
                .filter(l -> l.startsWith("Tabell 3;")).toList();
        Files.writeString(input.resolve("stodprogram/nsp.csv"), "vad;som;helst\n1;2;3\n", StandardCharsets.UTF_8);

        JobExecution run = nightly();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT status FROM source_file WHERE file_name = 'stodprogram/nsp.csv' ORDER BY id",
                String.class)).containsExactly("LOADED", "REJECTED");
        assertThat(jdbc.queryForObject("SELECT message FROM source_file WHERE file_name = 'stodprogram/nsp.csv'"
                + " AND status = 'REJECTED'", String.class)).startsWith("stodprogram/nsp.csv: ")
                .endsWith("(the earlier version stays in use)");
        assertThat(Files.readAllLines(output.resolve("senaste").resolve("bilaga1-2024-tabeller.csv")).stream()
                .filter(l -> l.startsWith("Tabell 3;")).toList()).isEqualTo(tabell3);
    }

    @Test
    void aSecondTriggerWhileARunIsUnderWayIsRefusedAndSaysWhichRun() throws Exception {
        try (RunLock.Held held = lock.acquire("nightly")) {
            assertThatThrownBy(() -> runner.nightly(input, output)).isInstanceOf(RunLock.BusyException.class)
                    .hasMessageContaining("another run is under way: nightly by process " + ProcessHandle.current().pid());
            assertThatThrownBy(() -> runner.rebuild(2024, input, output, true)).isInstanceOf(RunLock.BusyException.class);
            assertThat(status.describe(3)).startsWith("Now: a run is under way: nightly");
            rebuildCommand.run(new DefaultApplicationArguments("rebuild", "2024"));
            assertThat(rebuildCommand.getExitCode()).isEqualTo(RebuildCommand.ExitCodes.REFUSED);
            assertThat(nightlyCommand.runAndReport()).isEqualTo(RebuildCommand.ExitCodes.REFUSED);
        }
        assertThat(count("SELECT COUNT(*) FROM source_file")).isZero();
        assertThat(nightly().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(lock.runUnderWay()).isEmpty();
    }

    @Test
    void aRebuildOverASnapshotFromOtherInputsNeedsForceKeepsTheOldOneAndListsTheMovedCells(@TempDir Path first,
            @TempDir Path second, @TempDir Path third) throws Exception {
        int year = 2024;
        // a year of its own in this warehouse: other tests here rebuild with force
        jdbc.update("DELETE FROM snapshot_cell");
        jdbc.update("DELETE FROM snapshot_rule");
        jdbc.update("DELETE FROM snapshot_input");
        jdbc.update("DELETE FROM snapshot");
        runner.rebuild(year, input, first, false);
        Snapshots.Snapshot one = snapshots.latest(year).orElseThrow();
        assertThat(one.number()).isEqualTo(1);

        // the same inputs again: no new snapshot, the same CSVs byte for byte and the same cells in the workbook
        runner.rebuild(year, input, second, false);
        assertThat(snapshots.all(year)).hasSize(1);
        assertThat(Files.readAllBytes(second.resolve("bilaga1-2024-tabeller.csv")))
                .isEqualTo(Files.readAllBytes(first.resolve("bilaga1-2024-tabeller.csv")));
        assertThat(Files.readAllBytes(second.resolve("bilaga1-2024-avstamning.csv")))
                .isEqualTo(Files.readAllBytes(first.resolve("bilaga1-2024-avstamning.csv")));
        assertThat(cellValues(second.resolve("bilaga1-2024.xlsx"))).isEqualTo(cellValues(first.resolve("bilaga1-2024.xlsx")));

        // other inputs: refused without --force, and nothing in the warehouse moved
        replaceLine("stodprogram/nsp.csv", "NSP;2024;Vuxna;39", "NSP;2024;Vuxna;41");
        List<Map<String, Object>> warehouse = files();
        assertThatThrownBy(() -> runner.rebuild(year, input, third, false))
                .isInstanceOf(JobRunner.SnapshotExistsException.class)
                .hasMessageContaining("report year 2024 has snapshot 1")
                .hasMessageContaining("changed stodprogram/nsp.csv")
                .hasMessageContaining("--force");
        assertThat(files()).isEqualTo(warehouse);
        assertThat(Files.exists(third.resolve("bilaga1-2024.xlsx"))).isFalse();

        // with --force: snapshot 2, snapshot 1 kept, and the overview lists the cell that moved with both values
        JobExecution forced = runner.rebuild(year, input, third, true).execution();
        assertThat(forced.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(snapshots.all(year)).extracting(Snapshots.Snapshot::number, Snapshots.Snapshot::forced)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(snapshots.cells(one.id())).anySatisfy(c -> {
            assertThat(c.tabell() + ";" + c.rad() + ";" + c.kolumn()).isEqualTo("Tabell 3;Vuxna;2024");
            assertThat(c.varde()).isEqualTo("39");
        });
        List<String> overview = cellValues(third.resolve("bilaga1-2024.xlsx")).stream()
                .filter(l -> l.startsWith("Översikt!")).toList();
        assertThat(overview).anySatisfy(l -> assertThat(l).contains("Ögonblicksbild 2 av rapportår 2024")
                .contains("(med --force)").contains("publicerade celler ändrade sedan ögonblicksbild 1"));
        assertThat(overview).contains("Översikt!row:Tabell 3|Vuxna|2024|39|41");
        assertThat(snapshots.moved(one, snapshots.latest(year).orElseThrow()))
                .contains(new Snapshots.MovedCell("Tabell 3", "Vuxna", "2024", "39", "41"));
    }

    /** Every non-empty row of every sheet as "sheet!row:cell|cell|…", values as shown. */
    private static List<String> cellValues(Path workbook) throws IOException {
        List<String> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(c -> cells.add(format.formatCellValue(c)));
                    rows.add(sheet.getSheetName() + "!row:" + String.join("|", cells));
                }
            }
        }
        return rows;
    }
}
