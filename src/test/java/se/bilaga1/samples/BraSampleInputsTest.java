package se.bilaga1.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.ReferenceData;

/**
 * Checks the Brå sample inputs in {@code input/bra/} against their generator and the report's figures.
 * Regenerate the committed files with {@code mvn -B test -Dtest=BraSampleInputsTest -Dsamples.write=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BraSampleInputsTest {

    static final Path COMMITTED = Path.of("input/bra");

    @Test
    void committedDetailCsvIsByteIdenticalToGenerated(@TempDir Path tmp) throws IOException {
        BraSampleInputs.writeAll(tmp);
        Path committed = COMMITTED.resolve(BraSampleInputs.DETALJ_CSV);
        Path generated = tmp.resolve(BraSampleInputs.DETALJ_CSV);
        assertThat(committed).exists();
        assertThat(Files.mismatch(committed, generated))
                .as("committed %s differs from the generator's output; regenerate with "
                        + "mvn -B test -Dtest=BraSampleInputsTest -Dsamples.write=true", committed)
                .isEqualTo(-1L);
    }

    @Test
    void detailCsvSumsToPublished2024FiguresWithUniqueKeysAndRealMunicipalities(@TempDir Path tmp)
            throws IOException {
        BraSampleInputs.writeAll(tmp);
        Path csv = tmp.resolve(BraSampleInputs.DETALJ_CSV);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes.length).isGreaterThan(3);
        assertThat(bytes[0]).as("no BOM").isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("\n");
        assertThat(text.substring(0, text.indexOf('\n'))).isEqualTo("ar;manad;kommunkod;lagrum;brottstyp;antal");

        Set<String> kommunkoder = readKommunkoder();
        Map<String, Integer> sums = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> spellings = new HashSet<>();
        int rows = 0;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                     .get().parse(r)) {
            for (CSVRecord rec : p) {
                rows++;
                assertThat(rec.get("ar")).isEqualTo("2024");
                assertThat(Integer.parseInt(rec.get("manad"))).isBetween(1, 12);
                String kod = rec.get("kommunkod");
                assertThat(kod).matches("\\d{4}");
                assertThat(kommunkoder).as("kommunkod %s in kommuner.csv", kod).contains(kod);
                String key = statuteKey(rec.get("lagrum"));
                spellings.add(rec.get("lagrum"));
                assertThat(rec.get("brottstyp")).isNotBlank();
                int antal = Integer.parseInt(rec.get("antal"));
                assertThat(antal).isPositive();
                assertThat(seen.add(rec.get("manad") + "|" + kod + "|" + key))
                        .as("duplicate (manad, kommunkod, lagrum) at line %d", rec.getRecordNumber() + 1).isTrue();
                sums.merge(key, antal, Integer::sum);
            }
        }
        assertThat(rows).isBetween(50, 400);
        assertThat(spellings.size()).as("mixed lagrum spellings").isGreaterThan(5);
        assertThat(sums).containsExactlyInAnyOrderEntriesOf(Map.of(
                "BrB 4:1a", 185,
                "BrB 4:1b", 164,
                "BrB 6:9", 130,
                "BrB 6:11", 1805,
                "BrB 6:12", 204));
    }

    @Test
    void anmaldaBrottXlsxHoldsTabell7() throws IOException {
        Path file = COMMITTED.resolve(BraSampleInputs.ANMALDA_XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName).collect(Collectors.toList())).containsExactly("Anmälda brott");
            Map<Integer, Row> rows = rowsByNumber(wb.getFirstSheet().read());
            assertThat(rows.keySet()).containsExactly(1, 2, 4, 5, 6, 7, 8, 9, 11, 12);

            assertThat(string(rows.get(1), 0)).isEqualTo("Anmälda brott 2020–2024, antal");
            assertThat(string(rows.get(2), 0)).isEqualTo("Brott mot 4 och 6 kap. brottsbalken, hela landet");
            assertThat(string(rows.get(4), 0)).isEqualTo("Lagrum");
            for (int i = 0; i < 5; i++) {
                assertNumber(rows.get(4), i + 1, 2020 + i);
            }

            assertNumericRow(rows.get(5), "4 kap. 1 a § BrB Människohandel", 196, 140, 196, 228, 185);
            assertNumericRow(rows.get(6), "4 kap. 1 b § BrB Människoexploatering, inkl. grovt", 79, 78, 87, 127, 164);
            assertNumericRow(rows.get(7),
                    "6 kap. 9 § BrB Utnyttjande av barn under 18 år genom köp av sexuell handling.",
                    163, 234, 132, 104, 130);

            Row r8 = rows.get(8);
            assertThat(string(r8, 0)).isEqualTo("6 kap. 11 § BrB Köp av sexuell tjänst");
            assertThat(string(r8, 1)).isEqualTo("1 055");
            assertThat(string(r8, 2)).isEqualTo("1\u00A0886");
            assertThat(string(r8, 3)).isEqualTo("1\u2009263");
            assertNumber(r8, 4, 1513);
            assertNumber(r8, 5, 1805);

            Row r9 = rows.get(9);
            assertThat(string(r9, 0)).isEqualTo("6 kap. 12 § BrB Koppleri, grovt koppleri");
            for (int i = 0; i < 4; i++) {
                assertNumber(r9, i + 1, new int[] {191, 178, 184, 204}[i]);
            }
            Cell f = r9.getCell(5);
            assertThat(f.getType()).isEqualTo(CellType.FORMULA);
            assertThat(f.getFormula()).isEqualTo("E9");
            assertThat(new BigDecimal(f.getRawValue())).isEqualByComparingTo("204");

            assertThat(string(rows.get(11), 0)).isEqualTo("Källa: Brå, kriminalstatistik, anmälda brott.");
            assertThat(string(rows.get(12), 0)).isEqualTo("Anm. Slutlig statistik. Sammanställd för Bilaga 1.");
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sh = wb.getSheetAt(0);
            assertThat(sh.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:F1"));
            assertThat(sh.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sh.getRow(8).getCell(5).getCachedFormulaResultType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
    }

    @Test
    void lagforingsbeslutXlsxHoldsTabell8() throws IOException {
        Path file = COMMITTED.resolve(BraSampleInputs.LAGFORING_XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName).collect(Collectors.toList()))
                    .containsExactly("Lagföringsbeslut");
            Map<Integer, Row> rows = rowsByNumber(wb.getFirstSheet().read());
            assertThat(rows.keySet()).containsExactly(1, 3, 4, 5, 7, 8);

            assertThat(string(rows.get(1), 0))
                    .isEqualTo("Lagföringsbeslut för människohandel och människoexploatering, 2018–2023");
            Row h = rows.get(3);
            assertThat(isEmpty(h, 0)).isTrue();
            assertThat(isEmpty(h, 1)).isTrue();
            for (int i = 0; i < 6; i++) {
                assertThat(string(h, i + 2)).isEqualTo(Integer.toString(2018 + i));
            }

            Row r4 = rows.get(4);
            assertThat(string(r4, 0)).isEqualTo("BrB 4 kap.");
            assertThat(string(r4, 1)).isEqualTo("Människohandel (1a §)");
            assertNumber(r4, 2, 15);
            assertNumber(r4, 3, 2);
            assertNumber(r4, 4, 7);
            assertNumber(r4, 5, 1);
            assertThat(string(r4, 6)).isEqualTo("\u2013");
            assertNumber(r4, 7, 0);

            Row r5 = rows.get(5);
            assertThat(isEmpty(r5, 0)).isTrue();
            assertThat(string(r5, 1)).isEqualTo("Människoexploatering (1b §)");
            assertThat(string(r5, 2)).isEqualTo("-");
            assertNumber(r5, 3, 0);
            assertNumber(r5, 4, 0);
            assertNumber(r5, 5, 5);
            assertNumber(r5, 6, 0);
            assertNumber(r5, 7, 3);

            assertThat(string(rows.get(7), 0)).isEqualTo("Källa: Brå, lagföringsstatistik.");
            assertThat(string(rows.get(8), 0)).isEqualTo("* Med lagföringsbeslut avses fällande domslut i "
                    + "tingsrätten, godkänt strafföreläggande eller åtalsunderlåtelse.");
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A4:A5"));
        }
    }

    /** Regenerates the committed files: {@code mvn -B test -Dtest=BraSampleInputsTest -Dsamples.write=true}. */
    @Test
    @Order(0) // with -Dsamples.write=true, write first so the other tests check the fresh files
    void writeCommittedFiles() {
        assumeTrue(Boolean.getBoolean("samples.write"), "set -Dsamples.write=true to regenerate input/bra/");
        BraSampleInputs.writeAll(COMMITTED);
        assertThat(COMMITTED.resolve(BraSampleInputs.DETALJ_CSV)).exists();
    }

    // ------------------------------------------------------------------ helpers

    private static final Pattern STATUTE =
            Pattern.compile("^(?:BrB\\s+)?(\\d+)\\s*(?::|kap\\.?)\\s*(\\d+)\\s*([a-z]?)\\s*§?\\s*(?:BrB)?$");

    /** {@code BrB 4:1a}, {@code 4 kap. 1 a § BrB}, {@code BrB 4 kap. 1 b §} … → {@code BrB 4:1a}. */
    static String statuteKey(String lagrum) {
        Matcher m = STATUTE.matcher(lagrum.trim());
        assertThat(m.matches()).as("unrecognised lagrum '%s'", lagrum).isTrue();
        return "BrB " + m.group(1) + ":" + m.group(2) + m.group(3);
    }

    private static Set<String> readKommunkoder() throws IOException {
        try (Reader r = Files.newBufferedReader(ReferenceData.KOMMUNER, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.stream().map(rec -> rec.get("kommunkod")).collect(Collectors.toSet());
        }
    }

    private static Map<Integer, Row> rowsByNumber(List<Row> rows) {
        Map<Integer, Row> out = new TreeMap<>();
        for (Row r : rows) {
            boolean blank = r.stream().allMatch(c -> c == null || c.getType() == CellType.EMPTY);
            if (!blank) {
                out.put(r.getRowNum(), r);
            }
        }
        return out;
    }

    private static boolean isEmpty(Row row, int col) {
        return row.getOptionalCell(col).map(c -> c.getType() == CellType.EMPTY).orElse(true);
    }

    private static String string(Row row, int col) {
        Cell c = row.getOptionalCell(col).orElseThrow(() -> new AssertionError("no cell " + col + " in " + row));
        assertThat(c.getType()).as("type of %s", c.getAddress()).isEqualTo(CellType.STRING);
        return c.asString();
    }

    private static void assertNumber(Row row, int col, int expected) {
        Cell c = row.getOptionalCell(col).orElseThrow(() -> new AssertionError("no cell " + col + " in " + row));
        assertThat(c.getType()).as("type of %s", c.getAddress()).isEqualTo(CellType.NUMBER);
        assertThat(c.asNumber()).as("value of %s", c.getAddress()).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    private static void assertNumericRow(Row row, String label, int... values) {
        assertThat(string(row, 0)).isEqualTo(label);
        for (int i = 0; i < values.length; i++) {
            assertNumber(row, i + 1, values[i]);
        }
    }
}
