package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import se.bilaga1.testsupport.XlsCopy;

/**
 * Excel 97-2003 workbooks (.xls): Brå's table saved as .xls is read as the xlsx is; a damaged one (cut short, a
 * record whose length is forged) is rejected alone, saying what is wrong, beside the good table.
 */
class XlsCasesIT extends HostileCase {

    static final String BRA_TABLE = XlsxContainerCasesIT.BRA_TABLE;

    @Test
    void brasTableSavedAsXlsIsReadLikeTheXlsx() throws Exception {
        Files.write(place("bra", "anmalda-brott-2020-2024.xls"), xls());

        rebuild();

        Warehouse.SourceFile read = warehouse().file("bra/anmalda-brott-2020-2024.xls");
        assertThat(read.status()).isEqualTo("LOADED");
        assertThat(read.fileKind()).isEqualTo("XLS");
        assertThat(read.rowsLoaded()).isEqualTo(XlsxContainerCasesIT.BRA_TABLE_ROWS);
        assertNoRowLost();
    }

    @Test
    void aTruncatedXlsIsRejectedAlone() throws Exception {
        copySample("bra", BRA_TABLE);
        byte[] whole = xls();
        Files.write(place("bra", "trasig-avbruten-2024.xls"), Arrays.copyOf(whole, whole.length / 2));
        Files.write(place("bra", "trasig-avbruten-poster-2024.xls"), XlsCopy.truncatedRecords(whole));

        rebuild();

        assertRejectedAlone("bra/trasig-avbruten-2024.xls", "a damaged .xls (");
        assertRejectedAlone("bra/trasig-avbruten-poster-2024.xls", "a damaged .xls (", "truncated");
    }

    @Test
    void anXlsWithAForgedRecordLengthIsRejectedAlone() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-forfalskad-2024.xls"), XlsCopy.forgedLength(xls()));

        rebuild();

        assertRejectedAlone("bra/trasig-forfalskad-2024.xls", "a damaged .xls (", "8224");
    }

    /** Bad .xls files for the drop-in: none with rows that could load. */
    static void dropIn(Path input) throws Exception {
        Path bra = Files.createDirectories(input.resolve("bra"));
        byte[] whole = xls();
        Files.write(bra.resolve("trasig-xls-avbruten-2024.xls"), Arrays.copyOf(whole, whole.length / 2));
        Files.write(bra.resolve("trasig-xls-forfalskad-2024.xls"), XlsCopy.forgedLength(whole));
    }

    static byte[] xls() throws Exception {
        return XlsCopy.of(Path.of("input", "bra", BRA_TABLE));
    }

    private void assertRejectedAlone(String name, String... says) {
        Warehouse w = warehouse();
        Warehouse.SourceFile bad = w.file(name);
        assertThat(bad.status()).isEqualTo("REJECTED");
        assertThat(bad.message()).startsWith(name + ": ");
        for (String s : says) {
            assertThat(bad.message()).contains(s);
        }
        assertThat(w.quarantine(name)).isEmpty();
        Warehouse.SourceFile good = w.file("bra/" + BRA_TABLE);
        assertThat(good.status()).isEqualTo("LOADED");
        assertThat(good.rowsLoaded()).isEqualTo(XlsxContainerCasesIT.BRA_TABLE_ROWS);
        w.assertNoRowLost();
    }
}
