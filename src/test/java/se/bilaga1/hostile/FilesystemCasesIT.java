package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.jobs.JobRunner;
import se.bilaga1.jobs.RebuildCommand;
import se.bilaga1.testsupport.AppProcess;

/** Hostile cases of the file system: links, names, copies, unreadable files, an output folder that cannot be written. */
class FilesystemCasesIT extends HostileCase {

    static final String BRA_TABLE = "anmalda-brott-2020-2024.xlsx";
    static final String DETAIL_HEADER = "ar;manad;kommunkod;lagrum;antal\n";

    @Autowired
    JobRunner runner;

    @Test
    void aLinkToAFileOutsideTheInputFolderIsRejectedUnread(@TempDir Path elsewhere) throws Exception {
        copySample("bra", BRA_TABLE);
        Path secret = Files.writeString(elsewhere.resolve("losenord.csv"), "ar;lagrum;antal\nhemligt;innehall;utanfor\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(place("bra", "anmalda-brott-detalj-2024.csv"), secret);

        rebuild();

        Warehouse w = warehouse();
        assertGoodTableLoaded(w, "bra/" + BRA_TABLE);
        assertThat(w.file("bra/anmalda-brott-detalj-2024.csv").status()).isEqualTo("REJECTED");
        assertThat(w.file("bra/anmalda-brott-detalj-2024.csv").message())
                .startsWith("bra/anmalda-brott-detalj-2024.csv: a link to ")
                .contains("outside the input folder: not read");
        // nothing of the linked file reached the warehouse: no rows, notes, quarantine or size
        assertThat(w.count("SELECT rows_read + size_bytes FROM source_file WHERE file_name = ?",
                "bra/anmalda-brott-detalj-2024.csv")).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM quarantine_row WHERE raw_value LIKE '%hemligt%' OR raw_value LIKE '%utanfor%'"))
                .isZero();
        assertThat(w.count("SELECT COUNT(*) FROM bra_detail_count")).isZero();
        assertNoRowLost();
    }

    @Test
    void aNameWithSpacesAndSwedishLettersLoadsUnderThatName() throws Exception {
        Files.copy(Path.of("input", "bra", BRA_TABLE), place("bra", "Anmälda brott 2020–2024 (slutlig version).xlsx"));
        Files.writeString(place("bra", "detalj för Malmö 2024.csv"), DETAIL_HEADER + "2024;1;1280;BrB 4:1a;7\n",
                StandardCharsets.UTF_8);

        rebuild();

        Warehouse w = warehouse();
        assertGoodTableLoaded(w, "bra/Anmälda brott 2020–2024 (slutlig version).xlsx");
        assertThat(w.file("bra/detalj för Malmö 2024.csv").status()).isEqualTo("LOADED");
        assertThat(w.count("SELECT SUM(antal) FROM bra_detail_count WHERE kommunkod = '1280'")).isEqualTo(7);
        assertNoRowLost();
    }

    @Test
    void aNameWithALineBreakIsRejectedUnreadAndNeverPrintedRaw() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.writeString(place("bra", "detalj\n2024 FEL: forfalskad rad.csv"), DETAIL_HEADER + "2024;1;1280;BrB 4:1a;7\n",
                StandardCharsets.UTF_8);

        rebuild();

        Warehouse w = warehouse();
        assertGoodTableLoaded(w, "bra/" + BRA_TABLE);
        String escaped = "bra/detalj\\n2024 FEL: forfalskad rad.csv";
        assertThat(w.file(escaped).status()).isEqualTo("REJECTED");
        assertThat(w.file(escaped).message()).isEqualTo(escaped + ": the file name holds a line break or another control"
                + " character: not read. Expected a name of letters, digits, spaces and . - _ (rename the file).");
        assertThat(w.count("SELECT COUNT(*) FROM source_file WHERE file_name LIKE '%' || CHAR(10) || '%'")).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM bra_detail_count")).isZero();
        assertThat(Files.readString(output.resolve("bilaga1-2024-tabeller.csv"))).doesNotContain("forfalskad");
        assertNoRowLost();
    }

    @Test
    void theSameDeliveryTwiceUnderTwoNamesLoadsOnceAndNamesTheCopy() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.copy(Path.of("input", "bra", BRA_TABLE), place("bra", "kopia av anmalda brott.xlsx"));

        rebuild();

        Warehouse w = warehouse();
        assertGoodTableLoaded(w, "bra/" + BRA_TABLE);
        assertThat(w.file("bra/kopia av anmalda brott.xlsx").status()).isEqualTo("REJECTED");
        assertThat(w.file("bra/kopia av anmalda brott.xlsx").message()).startsWith("bra/kopia av anmalda brott.xlsx: the same"
                + " content as bra/" + BRA_TABLE + " (SHA-256 ").contains("a delivery is loaded once");
        assertThat(w.count("SELECT COUNT(*) FROM bra_published_count")).isEqualTo(25);
        assertThat(tableCell("Tabell 7;4 kap. 1 a § BrB Människohandel;2024")).isEqualTo("185");

        // a copy arriving on a later night is named the same way, and the figures stay
        Files.copy(Path.of("input", "bra", BRA_TABLE), place("bra", "anmalda-brott-igen.xlsx"));
        JobExecution night = runner.nightly(input, output).execution();
        assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(w.file("bra/anmalda-brott-igen.xlsx").status()).isEqualTo("REJECTED");
        assertThat(w.file("bra/anmalda-brott-igen.xlsx").message()).contains("the same content as bra/" + BRA_TABLE);
        assertThat(w.count("SELECT COUNT(*) FROM bra_published_count f JOIN source_file s ON s.id = f.source_file_id"
                + " WHERE s.status = 'LOADED'")).isEqualTo(25);
        assertNoRowLost();
    }

    @Test
    void aFileTheRunMayNotReadIsRejectedAndTheOthersLoad(@TempDir Path data) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is needed to run without root's"
                + " right to read every file");
        copySample("bra", BRA_TABLE);
        Path locked = Files.writeString(place("bra", "detalj-2024.csv"), DETAIL_HEADER + "2024;1;1280;BrB 4:1a;7\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        // the tests run as root here, who may read anything: the app runs without that capability
        Forked run = forkedRebuild(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"), "512m",
                data);

        assertThat(run.result().exitCode()).as("%s", run.result()).isZero();
        Warehouse w = run.warehouse();
        assertGoodTableLoaded(w, "bra/" + BRA_TABLE);
        assertThat(w.file("bra/detalj-2024.csv").status()).isEqualTo("REJECTED");
        assertThat(w.file("bra/detalj-2024.csv").message()).isEqualTo("bra/detalj-2024.csv: cannot be read: permission"
                + " denied. Expected a file the run's user may read.");
        w.assertNoRowLost();
    }

    @Test
    void aFileChangedAfterTheRunRegisteredItIsNotReadInThatRun(@TempDir Path data) throws Exception {
        copySample("bra", BRA_TABLE);
        Path detail = Files.writeString(place("bra", "detalj-2024.csv"), DETAIL_HEADER + "2024;1;1280;BrB 4:1a;7\n",
                StandardCharsets.UTF_8);
        AppProcess.Result run;
        // the run pauses after registering the files, before loading Brå's: meanwhile a new copy lands over one
        try (AppProcess app = AppProcess.start(concat(rebuildArguments(data), List.of("--bilaga1.settle-seconds=0",
                "--bilaga1.crash-test.pause-at=loadBra:0", "--bilaga1.crash-test.pause-seconds=2")), Map.of())) {
            app.awaitLine("CRASH-TEST PAUSE at loadBra:0");
            Files.writeString(detail, "2024;2;1280;BrB 4:1a;5\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            run = app.awaitExit();
        }

        assertThat(run.exitCode()).as("%s", run).isZero();
        Warehouse w = embeddedWarehouse(data);
        assertGoodTableLoaded(w, "bra/" + BRA_TABLE);
        assertThat(w.file("bra/detalj-2024.csv").status()).isEqualTo("REJECTED");
        assertThat(w.file("bra/detalj-2024.csv").message()).isEqualTo("bra/detalj-2024.csv: changed after the run registered"
                + " it (55 bytes then, 78 now): not read in this run. Expected the file as it was registered; the next run"
                + " reads the new version.");
        assertThat(w.count("SELECT COUNT(*) FROM bra_detail_count")).isZero();
        w.assertNoRowLost();
    }

    @Test
    void aNamedPipeIsNotReadAndDoesNotHoldUpTheRun() throws Exception {
        copySample("bra", BRA_TABLE);
        Process mkfifo = new ProcessBuilder("mkfifo", place("bra", "ror-2024.csv").toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        rebuild(); // reading a pipe nobody writes to would wait for ever

        Warehouse w = warehouse();
        assertGoodTableLoaded(w, "bra/" + BRA_TABLE);
        assertThat(w.fileNames()).containsExactly("bra/" + BRA_TABLE);
        assertNoRowLost();
    }

    @Test
    void anOutputFolderThatCannotBeWrittenFailsTheRunWithExitStatus1AndTheNextRunPublishes() throws Exception {
        copySample("bra", BRA_TABLE);
        Path notAFolder = Files.writeString(output.resolve("utdata"), "a file where the output folder should be");

        JobExecution failed = testRebuild.rebuild(YEAR, input, notAFolder);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(RebuildCommand.ExitCodes.of(failed)).isEqualTo(RebuildCommand.ExitCodes.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(e -> assertThat(describe(e)).contains(notAFolder.toString()));
        Warehouse w = warehouse();
        assertGoodTableLoaded(w, "bra/" + BRA_TABLE); // the load is kept: only publishing is done again

        Path folder = output.resolve("bilaga1");
        assertThat(testRebuild.rebuild(YEAR, input, folder).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(folder.resolve("bilaga1-2024.xlsx")).isNotEmptyFile();
        assertNoRowLost();
    }

    @Test
    void aFullDiskWhileWritingLeavesThePreviousOutputsAsTheyWere(@TempDir Path scratch) throws Exception {
        Path mountPoint = Files.createDirectory(scratch.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        if (!mounted) {
            System.err.println("SKIPPED aFullDiskWhileWriting…: cannot mount a small tmpfs here: "
                    + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assumeTrue(mounted, "mounting a 1 MB tmpfs (root) is how this case fills a disk for real");
        try {
            copySample("bra", BRA_TABLE);
            Path out = mountPoint.resolve("ut");
            assertThat(testRebuild.rebuild(YEAR, input, out).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Map<String, byte[]> before = contents(out);
            assertThat(before).containsKeys("bilaga1-2024.xlsx", "bilaga1-2024-tabeller.csv", "bilaga1-2024-avstamning.csv");
            long free = Files.getFileStore(out).getUsableSpace();
            Path filler = mountPoint.resolve("fyllnad");
            Files.write(filler, new byte[(int) Math.max(0, free - 8 * 1024)]); // 8 KB left: less than any new workbook

            JobExecution full = testRebuild.rebuild(YEAR, input, out);

            assertThat(full.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(full.getAllFailureExceptions()).anySatisfy(e -> assertThat(describe(e)).containsIgnoringCase(
                    "No space left on device"));
            Map<String, byte[]> after = contents(out);
            assertThat(after.keySet()).isEqualTo(before.keySet()); // no temporary file left behind either
            before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));

            Files.delete(filler);
            assertThat(testRebuild.rebuild(YEAR, input, out).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertNoRowLost();
        } finally {
            // lazily: the run's last file handles may still be closing
            new ProcessBuilder("umount", "-l", mountPoint.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * One of each bad file of this class that can sit in a real input folder (not: an unreadable file, which root
     * reads anyway; a pipe; a file still being written).
     */
    static void dropIn(Path input) throws Exception {
        Files.createDirectories(input.resolve("bra"));
        Files.copy(Path.of("input", "bra", BRA_TABLE), input.resolve("bra").resolve("trasig kopia av anmalda brott.xlsx"));
        Files.writeString(input.resolve("bra").resolve("trasig\nnamn.csv"), DETAIL_HEADER + "2024;1;1280;BrB 4:1a;7\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("bra").resolve("trasig-lank.csv"), Path.of("/etc/passwd"));
    }

    // --- helpers ---

    /** The committed Brå table: 5 statutes × 5 years, all loaded. */
    static void assertGoodTableLoaded(Warehouse w, String name) {
        Warehouse.SourceFile good = w.file(name);
        assertThat(good.status()).isEqualTo("LOADED");
        assertThat(good.rowsLoaded()).isEqualTo(5);
        assertThat(good.rowsQuarantined()).isZero();
    }

    private String tableCell(String key) throws Exception {
        for (String line : Files.readAllLines(output.resolve("bilaga1-2024-tabeller.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith(key + ";")) {
                return line.split(";", -1)[3];
            }
        }
        throw new AssertionError("no cell " + key);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, byte[]> contents(Path folder) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static String describe(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
