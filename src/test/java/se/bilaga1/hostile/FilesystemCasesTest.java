package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile cases of the file system: links, names, files being written, unreadable files and folders. */
class FilesystemCasesTest extends HostileCase {

    static final String BRA_TABLE = "anmalda-brott-2020-2024.xlsx";

    @Test
    void aLinkToAFileOutsideTheInputFolderIsRejectedUnread(@TempDir Path elsewhere) throws Exception {
        copySample("bra", BRA_TABLE);
        Path secret = Files.writeString(elsewhere.resolve("losenord.csv"), "ar;lagrum;antal\nhemligt;innehall;utanfor\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(place("bra", "anmalda-brott-detalj-2024.csv"), secret);

        rebuild();

        Warehouse w = warehouse();
        assertThat(w.file("bra/" + BRA_TABLE).status()).isEqualTo("LOADED");
        assertThat(w.file("bra/" + BRA_TABLE).rowsLoaded()).isEqualTo(5);
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
}
