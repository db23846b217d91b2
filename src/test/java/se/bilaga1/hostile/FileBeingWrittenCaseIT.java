package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.bilaga1.jobs.JobRunner;

/**
 * A delivery still being copied when the run starts: never half loaded. A run looks at every file before and after
 * taking its checksum, after waiting until the newest file is {@code bilaga1.settle-seconds} old; a file whose size
 * or modification time moved is still being written. A rebuild is then refused (exit status 3) and loads nothing; a
 * nightly run leaves that file for the next night and loads the rest.
 */
@SpringBootTest(properties = "bilaga1.settle-seconds=1")
class FileBeingWrittenCaseIT extends HostileCase {

    static final String HEADER = "ar;manad;kommunkod;lagrum;antal\n";
    static final String LINE = "2024;1;1280;BrB 4:1a;1\n";
    static final int LINES = 40;

    @Autowired
    JobRunner runner;

    @Test
    void aRebuildIsRefusedWhileAFileIsBeingWrittenAndLoadsItWhenTheCopyHasFinished() throws Exception {
        copySample("bra", FilesystemCasesIT.BRA_TABLE);
        Path copying = place("bra", "detalj-2024.csv");
        CompletableFuture<Void> copy = slowCopy(copying);

        assertThatThrownBy(() -> runner.rebuild(YEAR, input, output, true))
                .isInstanceOf(JobRunner.InputNotReadyException.class)
                .hasMessage("bra/detalj-2024.csv still being written (size or modification time changed while the run looked"
                        + " at it). Nothing was loaded; run again when the copy has finished.");
        assertThat(warehouse().fileNames()).isEmpty();

        copy.join();
        rebuild();

        Warehouse w = warehouse();
        FilesystemCasesIT.assertGoodTableLoaded(w, "bra/" + FilesystemCasesIT.BRA_TABLE);
        assertThat(w.file("bra/detalj-2024.csv").status()).isEqualTo("LOADED");
        assertThat(w.file("bra/detalj-2024.csv").rowsLoaded()).isEqualTo(LINES);
        assertThat(w.count("SELECT SUM(antal) FROM bra_detail_count")).isEqualTo(LINES);
        assertNoRowLost();
    }

    @Test
    void aNightlyRunLeavesAFileBeingWrittenForTheNextNightAndLoadsTheRest() throws Exception {
        Files.writeString(place("stodprogram", "nsp.csv"), "program;ar;kategori;antal\nNSP;2024;Totalt;1\n");
        rebuild(); // the warehouse as the nights find it: one file, none from the other cases
        copySample("bra", FilesystemCasesIT.BRA_TABLE);
        Path copying = place("bra", "detalj-2024.csv");
        CompletableFuture<Void> copy = slowCopy(copying);

        JobRunner.Run night = runner.nightly(input, output);

        assertThat(night.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Warehouse w = warehouse();
        FilesystemCasesIT.assertGoodTableLoaded(w, "bra/" + FilesystemCasesIT.BRA_TABLE);
        assertThat(w.fileNames()).containsExactly("stodprogram/nsp.csv", "bra/" + FilesystemCasesIT.BRA_TABLE);
        assertThat(night.execution().getExecutionContext().getString("changes")).isEqualTo("1 new, 0 changed, 0 removed,"
                + " 1 unchanged; still being written, left for the next run: bra/detalj-2024.csv");
        assertThat(w.count("SELECT COUNT(*) FROM bra_detail_count")).isZero();

        copy.join();
        assertThat(runner.nightly(input, output).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(w.file("bra/detalj-2024.csv").status()).isEqualTo("LOADED");
        assertThat(w.file("bra/detalj-2024.csv").rowsLoaded()).isEqualTo(LINES);
        assertNoRowLost();
    }

    @Test
    void aFileJustWrittenAndCompleteIsWaitedForAndLoaded() throws Exception {
        copySample("bra", FilesystemCasesIT.BRA_TABLE);
        Files.writeString(place("bra", "detalj-2024.csv"), HEADER + LINE.repeat(LINES), StandardCharsets.UTF_8);

        rebuild(); // its modification time is now: the run waits a second, sees it unchanged and reads it

        Warehouse w = warehouse();
        assertThat(w.file("bra/detalj-2024.csv").status()).isEqualTo("LOADED");
        assertThat(w.file("bra/detalj-2024.csv").rowsLoaded()).isEqualTo(LINES);
        assertNoRowLost();
    }

    /** Writes the header, then one line every 100 ms (4 s in all), as a slow copy over the network would. */
    private static CompletableFuture<Void> slowCopy(Path file) throws Exception {
        Files.writeString(file, HEADER, StandardCharsets.UTF_8);
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                for (int i = 0; i < LINES; i++) {
                    Thread.sleep(100);
                    out.write(LINE.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
