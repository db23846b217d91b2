package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.bilaga1.ingest.CsvDialect;

/**
 * Text as Excel saves it besides CSV: "Unicode text" (UTF-16LE with a byte-order mark, tab-separated), UTF-16BE,
 * UTF-16 without a mark. Migrationsverket's extract saved so is read as its CSV is; one cut off in the middle of a
 * character (an odd number of bytes) loses only its last row, to quarantine.
 */
class UnicodeTextCasesIT extends HostileCase {

    static final String PERMITS = CsvCasesIT.MIGRATIONSVERKET_SAMPLE;
    static final int PERMITS_ROWS = CsvCasesIT.MIGRATIONSVERKET_SAMPLE_ROWS;
    static final byte[] LE_MARK = {(byte) 0xFF, (byte) 0xFE};

    /** The committed extract (Windows-1252, ;) as Excel's Unicode text: its mark, UTF-16LE, tabs. */
    static byte[] permitsAsUnicodeText(Charset charset, boolean mark) throws Exception {
        String text = Files.readString(Path.of("input", "migrationsverket", PERMITS), CsvDialect.WINDOWS_1252)
                .replace(';', '\t');
        byte[] body = text.getBytes(charset);
        if (!mark) {
            return body;
        }
        if (charset.equals(StandardCharsets.UTF_16LE)) {
            return marked(body);
        }
        byte[] withMark = Arrays.copyOf(new byte[] {(byte) 0xFE, (byte) 0xFF}, 2 + body.length);
        System.arraycopy(body, 0, withMark, 2, body.length);
        return withMark;
    }

    /** The UTF-16LE mark, then {@code body}, then {@code tail}. */
    static byte[] marked(byte[] body, byte... tail) {
        byte[] out = Arrays.copyOf(LE_MARK, 2 + body.length + tail.length);
        System.arraycopy(body, 0, out, 2, body.length);
        System.arraycopy(tail, 0, out, 2 + body.length, tail.length);
        return out;
    }

    /** Stödprogram funds as Unicode text, cut off one byte into the last row's final character. */
    static byte[] cutOff() {
        return marked(("program\tar\tmedel_kr\r\nNSP\t2023\t3200000\r\nÅMP\t2023\t3960000\r\nNSP\t2024\t320")
                .getBytes(StandardCharsets.UTF_16LE), (byte) '0'); // half of a UTF-16 unit
    }

    @Test
    void migrationsverketsExtractSavedAsUnicodeTextIsReadLikeItsCsv() throws Exception {
        Files.write(place("migrationsverket", "beviljade-uppehallstillstand-5-15-2022-2024.txt"),
                permitsAsUnicodeText(StandardCharsets.UTF_16LE, true));

        rebuild();

        Warehouse.SourceFile read = warehouse().file("migrationsverket/beviljade-uppehallstillstand-5-15-2022-2024.txt");
        assertThat(List.of(read.status(), read.encoding(), read.rowsLoaded(), read.rowsQuarantined()))
                .containsExactly("LOADED", "UTF-16LE, tab", (long) PERMITS_ROWS, 0L);
        assertNoRowLost();
    }

    /** UTF-16BE with its mark, and UTF-16 in either order without one, where its bytes leave no doubt. */
    @ParameterizedTest(name = "{0} mark={1}")
    @CsvSource({"UTF-16BE, true, 'UTF-16BE, tab'", "UTF-16LE, false, 'UTF-16LE utan BOM, tab'",
            "UTF-16BE, false, 'UTF-16BE utan BOM, tab'"})
    void otherUtf16FormsAreReadToo(String charset, boolean mark, String described) throws Exception {
        String name = "beslut-" + charset.toLowerCase() + (mark ? "" : "-utan-bom") + ".txt";
        Files.write(place("migrationsverket", name), permitsAsUnicodeText(Charset.forName(charset), mark));

        rebuild();

        Warehouse.SourceFile read = warehouse().file("migrationsverket/" + name);
        assertThat(List.of(read.encoding(), read.rowsLoaded())).containsExactly(described, (long) PERMITS_ROWS);
        assertNoRowLost();
    }

    @Test
    void utf16WithAnOddNumberOfBytesLosesOnlyItsLastRowToQuarantine() throws Exception {
        Warehouse w = rebuildBesideNsp("trasig-medel-udda.txt", cutOff());
        Warehouse.SourceFile cut = w.file("stodprogram/trasig-medel-udda.txt");
        assertThat(List.of(cut.status(), cut.encoding(), cut.rowsRead(), cut.rowsLoaded(), cut.rowsQuarantined()))
                .containsExactly("LOADED", "UTF-16LE, byte-fel, tab", 4L, 2L, 1L);
        assertThat(w.quarantine("stodprogram/trasig-medel-udda.txt")).singleElement().satisfies(q -> {
            assertThat(q.rowNo()).isEqualTo(4);
            assertThat(q.reason()).contains("not valid UTF-16LE", "expected UTF-16LE throughout");
        });
        assertThat(w.file("stodprogram/nsp.csv").status()).isEqualTo("LOADED");
        assertNoRowLost();
    }

    /** A rebuild of the sample's NSP table and {@code bytes} as {@code stodprogram/<name>}. */
    private Warehouse rebuildBesideNsp(String name, byte[] bytes) throws Exception {
        copySample("stodprogram", "nsp.csv");
        Files.write(place("stodprogram", name), bytes);
        rebuild();
        return warehouse();
    }

    /** A UTF-16 mark in front of UTF-8 text: a mark that lies. */
    static byte[] lyingMark() {
        return marked("program;ar;medel_kr\nNSP;2019;1\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUtf16MarkBeforeUtf8TextIsRejectedAloneSayingSo() throws Exception {
        Warehouse w = rebuildBesideNsp("trasig-medel-markering.txt", lyingMark());
        Warehouse.SourceFile bad = w.file("stodprogram/trasig-medel-markering.txt");
        assertThat(bad.status()).isEqualTo("REJECTED");
        assertThat(bad.message()).startsWith("stodprogram/trasig-medel-markering.txt: a UTF-16LE byte-order mark, but the"
                + " bytes after it are not UTF-16LE text");
        assertThat(w.quarantine("stodprogram/trasig-medel-markering.txt")).isEmpty();
        assertThat(w.file("stodprogram/nsp.csv").status()).isEqualTo("LOADED");
        assertNoRowLost();
    }

    /** The cut-off file and the lying mark for the drop-in: their rows are an old year's, so the published cells stay. */
    static void dropIn(Path input) throws Exception {
        Path stodprogram = Files.createDirectories(input.resolve("stodprogram"));
        Files.write(stodprogram.resolve("trasig-medel-udda.txt"),
                marked("program\tar\tmedel_kr\r\nNSP\t2019\t1".getBytes(StandardCharsets.UTF_16LE), (byte) '0'));
        Files.write(stodprogram.resolve("trasig-medel-markering.txt"), lyingMark());
    }
}
