package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel's "Unicode text" (UTF-16 with a byte-order mark, tab-separated) and its relatives, read as any CSV. */
class Utf16TextTest {

    private static final String TEXT = "beslutsdatum\tperson_lopnr\tkön\tsökande_part\r\n"
            + "2024-03-01\t17\tKvinna\t\"Huvudsökande, vuxen\"\r\n"
            + "2024-05-12\t18\tMan\tMedföljande barn\r\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static List<SheetRow> rows(Path file) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (RowSource source = CsvRowSource.open(file, CsvDialect.detect(file))) {
            source.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void excelsUnicodeTextIsUtf16LittleEndianWithTabs() throws IOException {
        Path file = write("extrakt.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(dialect.bom()).isTrue();
        assertThat(dialect.delimiter()).isEqualTo('\t');
        assertThat(dialect.describe()).isEqualTo("UTF-16LE, tab");
        List<SheetRow> rows = rows(file);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cells()).containsExactly("beslutsdatum", "person_lopnr", "kön", "sökande_part");
        assertThat(rows.get(1).cells()).containsExactly("2024-03-01", "17", "Kvinna", "Huvudsökande, vuxen");
        assertThat(rows.get(2).cells()).containsExactly("2024-05-12", "18", "Man", "Medföljande barn");
        assertThat(rows).allMatch(r -> r.defect() == null);
    }

    @Test
    void bigEndianWithItsMark() throws IOException {
        Path file = write("be.txt", new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.describe()).isEqualTo("UTF-16BE, tab");
        assertThat(rows(file).get(2).cells()).containsExactly("2024-05-12", "18", "Man", "Medföljande barn");
    }

    @Test
    void withoutAMarkWhenEveryOtherByteIsZero() throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = write("utan-bom-" + charset.name() + ".txt", TEXT.getBytes(charset));

            CsvDialect dialect = CsvDialect.detect(file);

            assertThat(dialect.charset()).isEqualTo(charset);
            assertThat(dialect.bom()).isFalse();
            assertThat(dialect.describe()).isEqualTo(charset.name() + " utan BOM, tab");
            assertThat(rows(file).get(1).cells()).containsExactly("2024-03-01", "17", "Kvinna", "Huvudsökande, vuxen");
        }
    }

    @Test
    void anOddLastByteSetsAsideTheLastRowOnly() throws IOException {
        Path file = write("kapad.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE),
                "2024-06".getBytes(StandardCharsets.UTF_16LE), new byte[] {'0'});

        CsvDialect dialect = CsvDialect.detect(file);
        List<SheetRow> rows = rows(file);

        assertThat(dialect.describe()).isEqualTo("UTF-16LE, byte-fel, tab");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(0, 3)).allMatch(r -> r.defect() == null);
        assertThat(rows.get(3).defect()).isNotNull();
        assertThat(rows.get(3).defect().reason()).contains("not valid UTF-16LE");
    }

    @Test
    void anUnpairedSurrogateIsMalformed() throws IOException {
        Path file = write("surrogat.txt", new byte[] {(byte) 0xFF, (byte) 0xFE},
                "a\tb\r\n".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xD8, 'x', 0},
                "\tc\r\n".getBytes(StandardCharsets.UTF_16LE));

        List<SheetRow> rows = rows(file);

        assertThat(rows.get(0).defect()).isNull();
        assertThat(rows.get(1).defect()).isNotNull();
    }

    @Test
    void aUtf16MarkBeforeUtf8TextIsRefusedSayingSo() throws IOException {
        Path file = write("ljuger.txt", new byte[] {(byte) 0xFF, (byte) 0xFE},
                "program;ar;medel_kr\nNSP;2024;3200000\n".getBytes(StandardCharsets.UTF_8));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.refusal()).startsWith("a UTF-16LE byte-order mark, but the bytes after it are not UTF-16LE text")
                .contains("expected Excel's Unicode text");
        assertThat(CsvDialect.detect(write("ok.txt", new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE))).refusal()).isNull();
    }

    @Test
    void binaryBytesWithZerosOnBothSidesAreNotUtf16() throws IOException {
        Path file = write("binar.csv", new byte[] {0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0, 4, 0, 0, 5, 0});

        assertThat(CsvDialect.detect(file).isUtf16()).isFalse();
    }

    @Test
    void utf8TextWithTabsIsTabSeparated() throws IOException {
        Path file = write("tabbar.csv", "ar\tkommunkod\tantal\n2024\t0180\t12\n2023\t0180\t9\n".getBytes(StandardCharsets.UTF_8));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.describe()).isEqualTo("UTF-8, tab");
        assertThat(rows(file).get(1).cells()).containsExactly("2024", "0180", "12");
    }
}
