package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDialectTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
        return file;
    }

    private static List<String> lines(CsvDialect dialect, Path file) throws IOException {
        try (BufferedReader reader = dialect.open(file)) {
            return reader.lines().toList();
        }
    }

    @Test
    void utf8WithoutBom() throws IOException {
        String text = "kommun;namn;typ\n0180;åäö ÅÄÖ é;Kommun\n";
        Path file = write("utf8.csv", text.getBytes(StandardCharsets.UTF_8));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.bom()).isFalse();
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.describe()).isEqualTo("UTF-8, ';'");
        assertThat(lines(dialect, file)).containsExactly("kommun;namn;typ", "0180;åäö ÅÄÖ é;Kommun");
    }

    @Test
    void utf8WithBomHidesTheBomFromTheFirstHeader() throws IOException {
        String text = "år;kommunkod;lagrum;antal\r\n2024;0180;BrB 6:11;12\r\n";
        Path file = write("bom.csv", BOM, text.getBytes(StandardCharsets.UTF_8));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.bom()).isTrue();
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.describe()).isEqualTo("UTF-8 med BOM, ';'");
        List<String> lines = lines(dialect, file);
        assertThat(lines.get(0)).isEqualTo("år;kommunkod;lagrum;antal");
        assertThat(lines.get(0).split(";")[0]).isEqualTo("år").doesNotContain("\uFEFF");
        assertThat(lines.get(1)).isEqualTo("2024;0180;BrB 6:11;12");
    }

    @Test
    void windows1252WhenTheBytesAreNotUtf8() throws IOException {
        String text = "Örebro;Malmö\nÅmål;Västerås;Håbo é\n";
        Path file = write("ansi.csv", text.getBytes(CP1252));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(CsvDialect.WINDOWS_1252);
        assertThat(dialect.charset().name()).isEqualTo("windows-1252");
        assertThat(dialect.bom()).isFalse();
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.describe()).isEqualTo("windows-1252, ';'");
        assertThat(lines(dialect, file)).containsExactly("Örebro;Malmö", "Åmål;Västerås;Håbo é");
    }

    @Test
    void commaSeparatedWithATitleLine() throws IOException {
        String text = """
                Anmälda brott 2020-2024
                Lagrum,2020,2021,2022,2023,2024
                BrB 4:1a,30,35,40,38,44
                "4 kap. 1 b § BrB Människoexploatering, inkl. grovt",20,22,25,30,36
                BrB 6:11,1500,1600,1700,1750,1805
                """;
        Path file = write("komma.csv", text.getBytes(StandardCharsets.UTF_8));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.delimiter()).isEqualTo(',');
        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void semicolonSeparatedWithCommasInItsLabels() throws IOException {
        String text = """
                Anmälda brott
                Lagrum;2023;2024
                4 kap. 1 a § BrB Människohandel;35;40
                4 kap. 1 b § BrB Människoexploatering, inkl. grovt;30;36
                6 kap. 9 § BrB Utnyttjande av barn under 18 år genom köp av sexuell handling.;28;32
                6 kap. 11 § BrB Köp av sexuell tjänst;1750;1805
                6 kap. 12 § BrB Koppleri, grovt koppleri;40;42
                """;
        Path file = write("semikolon.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(CsvDialect.detect(file).delimiter()).isEqualTo(';');
    }

    @Test
    void semicolonSeparatedUnderATitleFullOfCommas() throws IOException {
        // Brå's titles are comma-heavy; the separator is decided by the table, not by the title.
        String text = """
                Anmälda brott, totalt och per 100 000 av medelfolkmängden, efter brottstyp, 2023–2024
                Lagrum;2023;2024
                4 kap. 1 a § BrB Människohandel;35;40
                4 kap. 1 b § BrB Människoexploatering, inkl. grovt;30;36
                6 kap. 11 § BrB Köp av sexuell tjänst;1 750;1 805
                6 kap. 12 § BrB Koppleri, grovt koppleri;40;42
                Källa: Brå, Kriminalstatistik, anmälda brott, 2024
                """;
        Path file = write("titel.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(CsvDialect.detect(file).delimiter()).isEqualTo(';');
    }

    @Test
    void semicolonSeparatedWithDecimalCommas() throws IOException {
        String text = """
                kommun;namn;andel_2023;andel_2024
                0180;Stockholm, stad;12,5;13,4
                1480;Göteborg, stad;10,1;11,0
                """;
        Path file = write("decimaler.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(CsvDialect.detect(file).delimiter()).isEqualTo(';');
    }

    @Test
    void commaSeparatedDetailFile() throws IOException {
        String text = "ar,manad,kommunkod,lagrum,antal\n2024,1,0180,BrB 6:11,12\n2024,2,0180,BrB 6:11,9\n";
        Path file = write("detalj.csv", text.getBytes(CP1252));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.delimiter()).isEqualTo(',');
        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8); // pure ASCII is valid UTF-8
    }

    @Test
    void aLargeFileWhoseOnlyNonUtf8ByteIsAtTheEndIsWindows1252() throws IOException {
        Path file = dir.resolve("stor.csv");
        try (Writer out = Files.newBufferedWriter(file, CP1252)) {
            out.write("ar;manad;kommunkod;lagrum;antal\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("2024;" + (i % 12 + 1) + ";0180;BrB 6:11;" + (i % 97) + "\n");
            }
            out.write("2024;12;1880;BrB 6:12 Örebro;1\n");
        }
        assertThat(Files.size(file)).isGreaterThan(4_000_000L); // far beyond the 64 KiB read buffer

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(CsvDialect.WINDOWS_1252);
        assertThat(dialect.delimiter()).isEqualTo(';');
        List<String> lines = lines(dialect, file);
        assertThat(lines).hasSize(200_002);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2024;12;1880;BrB 6:12 Örebro;1");
    }

    @Test
    void aMultiByteLetterStraddlingTheReadBufferIsStillUtf8() throws IOException {
        // 'ö' is two bytes in UTF-8; put them on either side of every 64 KiB boundary.
        byte[] filler = new byte[(1 << 16) - 1];
        Arrays.fill(filler, (byte) 'a');
        byte[] o = "ö".getBytes(StandardCharsets.UTF_8);
        Path file = write("grans.csv", "a;b\n".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(filler, filler.length - 4), o, filler, o, "\n".getBytes(StandardCharsets.UTF_8));

        assertThat(CsvDialect.isValidUtf8(file)).isTrue();
        assertThat(CsvDialect.detect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aTruncatedMultiByteLetterAtTheEndIsNotUtf8() throws IOException {
        byte[] o = "ö".getBytes(StandardCharsets.UTF_8);
        Path file = write("trunkerad.csv", "a;b\nx;".getBytes(StandardCharsets.UTF_8), new byte[] {o[0]});

        assertThat(CsvDialect.isValidUtf8(file)).isFalse();
        assertThat(CsvDialect.detect(file).charset()).isEqualTo(CsvDialect.WINDOWS_1252);
    }

    @Test
    void anEmptyFileIsUtf8WithSemicolons() throws IOException {
        Path file = write("tom.csv");

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.bom()).isFalse();
        assertThat(dialect.delimiter()).isEqualTo(';');
    }

    @Test
    void aBomBeforeWindows1252BytesIsWindows1252WithTheBomSkipped() throws IOException {
        Path file = write("bom-ansi.csv", BOM, "kommun;namn\n1880;Örebro\n".getBytes(CP1252));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(CsvDialect.WINDOWS_1252);
        assertThat(dialect.bom()).isTrue();
        assertThat(dialect.describe()).isEqualTo("windows-1252 med BOM, ';'");
        assertThat(lines(dialect, file)).containsExactly("kommun;namn", "1880;Örebro");
    }

    @Test
    void aMostlyUtf8FileWithStrayWindows1252BytesIsUtf8AndSaysSo() throws IOException {
        Path file = write("blandad.csv", "namn;kommun\nÅsa;Malmö\nÖrjan;Västerås\n".getBytes(StandardCharsets.UTF_8),
                "Åke;Gävle\n".getBytes(CP1252), "a\0b;c\n".getBytes(StandardCharsets.UTF_8));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.bytes()).isEqualTo(new CsvDialect.Bytes(5, 2, 1));
        assertThat(dialect.replacementIsDefect()).isTrue();
        assertThat(dialect.describe()).isEqualTo("UTF-8, byte-fel, ';'");
    }

    /**
     * The pass reads plain ASCII eight bytes at a time: what it counts must not depend on where a letter, a NUL or a
     * stray byte falls in those eight, nor on the 64 KB reads. Checked against the JDK's decoder, which replaces each
     * malformed sequence by one U+FFFD as the pass counts them.
     */
    @Test
    void countsAreTheDecodersWhereverTheSpecialBytesFall() throws IOException {
        Random random = new Random(20261206);
        byte[][] pieces = {"å".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0xE5}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        for (int file = 0; file < 40; file++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int length = file < 20 ? random.nextInt(64) : 60_000 + random.nextInt(20_000); // short, and across a read
            while (bytes.size() < length) {
                int ascii = random.nextInt(file % 2 == 0 ? 3 : 40);
                for (int i = 0; i < ascii; i++) {
                    bytes.write(i % 7 == 6 ? ';' : 'a' + random.nextInt(26));
                }
                bytes.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            byte[] content = bytes.toByteArray();
            String decoded = new String(content, StandardCharsets.UTF_8);

            CsvDialect.Bytes counted = CsvDialect.detect(write("slump-" + file + ".csv", content)).bytes();

            long nul = decoded.chars().filter(c -> c == 0).count();
            long malformed = decoded.chars().filter(c -> c == '\uFFFD').count();
            long multiByte = decoded.codePoints().filter(c -> c >= 0x80 && c != '\uFFFD').count();
            assertThat(counted).as("file %d", file).isEqualTo(new CsvDialect.Bytes(multiByte, malformed, nul));
        }
    }

    @Test
    void aWindows1252FileHoldingAValidUtf8PairByChanceIsStillWindows1252() throws IOException {
        // "Ö" then a no-break space, D6 A0 in Windows-1252, is also a valid two-byte UTF-8 sequence
        Path file = write("slump.csv", "namn;antal\nÖ\u00A0;1\nÖrebro;Västerås;Håbo\n".getBytes(CP1252));

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.bytes().multiByte()).isEqualTo(1);
        assertThat(dialect.charset()).isEqualTo(CsvDialect.WINDOWS_1252);
        assertThat(dialect.replacementIsDefect()).isTrue();
    }

    @Test
    void theSeparatorIsToldFromTheFirstBytesWhateverTheLengthOfTheFirstLine() throws IOException {
        byte[] longValue = new byte[3 << 20];
        Arrays.fill(longValue, (byte) 'x');
        Path file = write("lang.csv", "a,b,c\n1,".getBytes(StandardCharsets.UTF_8), longValue, ",3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(CsvDialect.detect(file).delimiter()).isEqualTo(',');
    }
}
