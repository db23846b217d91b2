package se.bilaga1.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
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
 * Checks the SYNTHETIC survey samples in {@code input/kommunenkat/} and
 * {@code input/bra/brottsforebyggande-enkat-2022-2024.csv} against their generator and, with a small reader of
 * its own, against the target counts. Regenerate the committed files with
 * {@code mvn -B test -Dtest=SurveySampleInputsTest -Dsamples.write=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveySampleInputsTest {

    static final Path COMMITTED = Path.of("input");
    static final Path KOMMUNENKAT = COMMITTED.resolve("kommunenkat");
    static final Path BRA = COMMITTED.resolve("bra");

    static final String ENKAT_2019 = "kommunenkat-2019.xls";
    static final String ENKAT_2021 = "kommunenkat-2021.csv";
    static final String ENKAT_2023 = "kommunenkat-2023.xlsx";
    static final String BRA_SURVEY = "brottsforebyggande-enkat-2022-2024.csv";

    static final String REGENERATE = "regenerate with mvn -B test -Dtest=SurveySampleInputsTest -Dsamples.write=true";

    static final List<String> CANONICAL = List.of("ar", "kommunkod", "kommun", "besvarad",
            "styrdokument_prostitution_mh", "styrdokument_sexuell_exploatering_barn",
            "kunskapsstod_prostitution_mh", "kunskapsstod_sexuell_exploatering_barn");
    static final Set<String> JA_NEJ_VETEJ = Set.of("Ja", "Nej", "Vet ej");
    static final Set<String> KUNSKAPSSTOD =
            Set.of("Ja, i egen regi", "Ja, genom samverkansavtal", "Nej", "Vet ej");

    /**
     * The targets, written out again independently of the generator: year, respondents, styrdokument P&amp;MH Ja,
     * Vet ej, styrdokument barn Ja, Vet ej, kunskapsstöd P&amp;MH egen regi, samverkansavtal, Vet ej, kunskapsstöd
     * barn egen regi, samverkansavtal, Vet ej.
     */
    static final int[][] KOMMUNENKAT_EXPECTED = {
            {2019, 205, 18, 9, 14, 11, 34, 17, 12, 27, 14, 13},
            {2021, 212, 23, 8, 19, 10, 41, 20, 10, 33, 17, 12},
            {2023, 219, 29, 7, 22, 9, 49, 24, 8, 39, 20, 10},
    };

    /** year, municipalities represented, rows with genomfört Ja, of which identifierat Ja. */
    static final int[][] BRA_EXPECTED = {
            {2022, 275, 250, 21},
            {2023, 281, 259, 24},
            {2024, 283, 262, 27},
    };

    /** Municipalities answering as districts, and how many. */
    static final Map<String, Integer> DISTRICTS = Map.of("0180", 13, "1480", 10, "1280", 5);

    /** Regenerates the committed files: {@code mvn -B test -Dtest=SurveySampleInputsTest -Dsamples.write=true}. */
    @Test
    @Order(0) // with -Dsamples.write=true, write first so the other tests check the fresh files
    void writeCommittedFiles() {
        assumeTrue(Boolean.getBoolean("samples.write"),
                "set -Dsamples.write=true to regenerate input/kommunenkat/ and input/bra/" + BRA_SURVEY);
        SurveySampleInputs.writeAll(COMMITTED);
        assertThat(KOMMUNENKAT.resolve(ENKAT_2023)).exists();
        assertThat(BRA.resolve(BRA_SURVEY)).exists();
    }

    // ------------------------------------------------------------------ generator ↔ committed files

    @Test
    void committedCsvsAndXlsAreByteIdenticalToGenerated(@TempDir Path tmp) throws IOException {
        SurveySampleInputs.writeAll(tmp);
        for (Path rel : List.of(Path.of("kommunenkat", ENKAT_2021), Path.of("bra", BRA_SURVEY),
                Path.of("kommunenkat", ENKAT_2019))) {
            Path committed = COMMITTED.resolve(rel);
            assertThat(committed).exists();
            assertThat(Files.mismatch(committed, tmp.resolve(rel)))
                    .as("committed %s differs from the generator's output; %s", committed, REGENERATE)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void committedXlsxHoldTheGeneratedCells(@TempDir Path tmp) throws IOException {
        SurveySampleInputs.writeAll(tmp);
        for (String name : List.of(ENKAT_2023)) {
            Path committed = KOMMUNENKAT.resolve(name);
            assertThat(committed).exists();
            assertThat(ReproducibleXlsx.cells(committed))
                    .as("cells of committed %s differ from the generator's output; %s", committed, REGENERATE)
                    .isEqualTo(ReproducibleXlsx.cells(tmp.resolve("kommunenkat").resolve(name)));
        }
    }

    /**
     * The xlsx are reproducible too: the same bytes from two runs, and the committed files hold the same zip
     * entries (names, order, time stamps, uncompressed bytes) as a fresh run. The compressed bytes themselves are
     * not compared with the committed files, since they depend on the zlib the JDK uses.
     */
    @Test
    void xlsxAreByteStable(@TempDir Path tmp) throws IOException {
        SurveySampleInputs.writeAll(tmp.resolve("a"));
        SurveySampleInputs.writeAll(tmp.resolve("b"));
        for (String name : List.of(ENKAT_2023)) {
            Path a = tmp.resolve("a/kommunenkat").resolve(name);
            assertThat(Files.mismatch(a, tmp.resolve("b/kommunenkat").resolve(name))).as(name).isEqualTo(-1L);
            assertThat(ReproducibleXlsx.zipEntries(KOMMUNENKAT.resolve(name)))
                    .as("zip entries of committed %s; %s", name, REGENERATE)
                    .isEqualTo(ReproducibleXlsx.zipEntries(a));
        }
    }

    // ------------------------------------------------------------------ kommunenkät

    @Test
    void kommunenkatCountsMatchTargets() throws IOException {
        for (int[] e : KOMMUNENKAT_EXPECTED) {
            int year = e[0];
            List<Map<String, String>> rows = readKommunenkat(year);
            List<Map<String, String>> answered =
                    rows.stream().filter(r -> r.get("besvarad").equals("Ja")).collect(Collectors.toList());
            assertThat(answered).as("%d respondents", year).hasSize(e[1]);

            assertThat(count(answered, "styrdokument_prostitution_mh"))
                    .as("%d styrdokument P&MH", year)
                    .isEqualTo(counts("Ja", e[2], "Vet ej", e[3], "Nej", e[1] - e[2] - e[3]));
            assertThat(count(answered, "styrdokument_sexuell_exploatering_barn"))
                    .as("%d styrdokument barn", year)
                    .isEqualTo(counts("Ja", e[4], "Vet ej", e[5], "Nej", e[1] - e[4] - e[5]));
            assertThat(count(answered, "kunskapsstod_prostitution_mh"))
                    .as("%d kunskapsstöd P&MH", year)
                    .isEqualTo(counts("Ja, i egen regi", e[6], "Ja, genom samverkansavtal", e[7], "Vet ej", e[8],
                            "Nej", e[1] - e[6] - e[7] - e[8]));
            assertThat(count(answered, "kunskapsstod_sexuell_exploatering_barn"))
                    .as("%d kunskapsstöd barn", year)
                    .isEqualTo(counts("Ja, i egen regi", e[9], "Ja, genom samverkansavtal", e[10], "Vet ej", e[11],
                            "Nej", e[1] - e[9] - e[10] - e[11]));
        }
        // what the report says about 2023: 219 of 290 answered, about a third offer knowledge support on P&MH
        List<Map<String, String>> y2023 = readKommunenkat(2023);
        long answered = y2023.stream().filter(r -> r.get("besvarad").equals("Ja")).count();
        long support = y2023.stream().filter(r -> r.get("kunskapsstod_prostitution_mh").startsWith("Ja")).count();
        assertThat(y2023).hasSize(290);
        assertThat(answered).isEqualTo(219);
        assertThat(support).isEqualTo(73);
        assertThat((double) support / answered).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void kommunenkatListsEveryMunicipalityOnceWithValidAnswers() throws IOException {
        Map<String, String> reference = readKommuner();
        assertThat(reference).hasSize(290);
        for (int[] e : KOMMUNENKAT_EXPECTED) {
            int year = e[0];
            List<Map<String, String>> rows = readKommunenkat(year);
            Set<String> seen = new HashSet<>();
            for (Map<String, String> r : rows) {
                String kod = r.get("kommunkod");
                assertThat(kod).as("%d kommunkod with its leading zero", year).matches("\\d{4}");
                assertThat(reference).as("%d kommunkod %s in kommuner.csv", year, kod).containsKey(kod);
                assertThat(seen.add(kod)).as("%d kommunkod %s listed once", year, kod).isTrue();
                assertThat(r.get("kommun")).as("%d name of %s", year, kod).isEqualTo(reference.get(kod));
                assertThat(r.get("ar")).isEqualTo(Integer.toString(year));
                String besvarad = r.get("besvarad");
                assertThat(besvarad).isIn("Ja", "Nej");
                List<String> answers = List.of(r.get("styrdokument_prostitution_mh"),
                        r.get("styrdokument_sexuell_exploatering_barn"), r.get("kunskapsstod_prostitution_mh"),
                        r.get("kunskapsstod_sexuell_exploatering_barn"));
                if (besvarad.equals("Nej")) {
                    assertThat(answers).as("%d non-respondent %s answers blank", year, kod).containsOnly("");
                } else {
                    assertThat(answers.get(0)).isIn(JA_NEJ_VETEJ);
                    assertThat(answers.get(1)).isIn(JA_NEJ_VETEJ);
                    assertThat(answers.get(2)).isIn(KUNSKAPSSTOD);
                    assertThat(answers.get(3)).isIn(KUNSKAPSSTOD);
                }
            }
            assertThat(seen).as("%d lists all 290", year).isEqualTo(reference.keySet());
        }
    }

    /** Read by POI's HSSFWorkbook here: an oracle apart from the pipeline's record-by-record reader. */
    @Test
    void kommunenkat2019IsHumanStyleXlsWithoutYearColumn() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(KOMMUNENKAT.resolve(ENKAT_2019)))) {
            assertThat(wb.getNumberOfSheets()).isOne();
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Svar");
            List<List<String>> rows = xlsTable(KOMMUNENKAT.resolve(ENKAT_2019));
            assertThat(rows.get(0)).containsExactly("Kommunkod", "Kommun", "Besvarad",
                    "Styrdokument prostitution MH", "Styrdokument sexuell exploatering barn",
                    "Kunskapsstöd prostitution MH", "Kunskapsstöd sexuell exploatering barn");
            assertThat(rows).hasSize(291);
            for (int r = 1; r <= 290; r++) {
                org.apache.poi.ss.usermodel.Cell kod = sheet.getRow(r).getCell(0);
                assertThat(kod.getCellType()).as("row %d kommunkod", r + 1)
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(kod.getStringCellValue()).matches("\\d{4}");
            }
        }
    }

    @Test
    void kommunenkat2021IsUtf8CsvWithBom() throws IOException {
        byte[] bytes = Files.readAllBytes(KOMMUNENKAT.resolve(ENKAT_2021));
        assertThat(bytes.length).isGreaterThan(3);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 BOM")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("\n");
        assertThat(text.substring(1, text.indexOf('\n'))).isEqualTo("ar;kommunkod;kommun;besvarad;"
                + "styrdokument_prostitution_mh;styrdokument_sexuell_exploatering_barn;"
                + "kunskapsstod_prostitution_mh;kunskapsstod_sexuell_exploatering_barn");
        assertThat(text.split("\n")).hasSize(291);
    }

    @Test
    void kommunenkat2023HasTitleBlankRowAndCanonicalHeader() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(KOMMUNENKAT.resolve(ENKAT_2023).toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName).collect(Collectors.toList()))
                    .containsExactly("Kommunenkät 2023");
            List<Row> rows = nonBlank(wb.getFirstSheet().read());
            assertThat(rows.get(0).getRowNum()).isEqualTo(1);
            assertThat(texts(rows.get(0)))
                    .containsExactly("Kartläggning av kommuners arbete mot mäns våld mot kvinnor 2023");
            assertThat(rows.get(1).getRowNum()).as("row 2 blank").isEqualTo(3);
            assertThat(texts(rows.get(1))).isEqualTo(CANONICAL);
            assertThat(rows).hasSize(2 + 290);
            assertKommunkodIsText(rows.subList(2, rows.size()), 1);
            for (Row r : rows.subList(2, rows.size())) {
                assertThat(r.getCell(0).getType()).isEqualTo(CellType.NUMBER);
                assertThat(r.getCell(0).asNumber()).isEqualByComparingTo("2023");
            }
        }
    }

    // ------------------------------------------------------------------ Brå's crime-prevention survey

    @Test
    void braSurveyCountsMatchTargets() throws IOException {
        List<CSVRecord> rows = readBraSurvey();
        for (int[] e : BRA_EXPECTED) {
            String year = Integer.toString(e[0]);
            List<CSVRecord> y = rows.stream().filter(r -> r.get("ar").equals(year)).collect(Collectors.toList());
            Set<String> represented = y.stream().map(r -> r.get("kod").substring(0, 4)).collect(Collectors.toSet());
            assertThat(represented).as("%s municipalities represented", year).hasSize(e[1]);
            List<CSVRecord> mapped = y.stream().filter(r -> r.get("genomfort_kartlaggning").equals("Ja"))
                    .collect(Collectors.toList());
            assertThat(mapped).as("%s rows with a mapping", year).hasSize(e[2]);
            assertThat(mapped.stream().filter(r -> r.get("prostitution_manniskohandel_identifierat").equals("Ja")))
                    .as("%s rows identifying prostitution/trafficking", year).hasSize(e[3]);
        }
        // what the report says: 97 % of the municipalities took part in 2023
        assertThat(Math.round(281 * 100.0 / 290)).isEqualTo(97);
    }

    @Test
    void braSurveyRowsAreWellFormed() throws IOException {
        byte[] bytes = Files.readAllBytes(BRA.resolve(BRA_SURVEY));
        assertThat(bytes[0]).as("no BOM").isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("\n");
        assertThat(text.substring(0, text.indexOf('\n')))
                .isEqualTo("ar;kod;namn;typ;genomfort_kartlaggning;prostitution_manniskohandel_identifierat");

        Map<String, String> reference = readKommuner();
        Pattern district = Pattern.compile("(\\d{4})-(\\d{2})");
        Map<String, Set<String>> kodsPerYear = new TreeMap<>();
        Map<String, Map<String, Integer>> districtsPerYear = new TreeMap<>();
        for (CSVRecord r : readBraSurvey()) {
            String year = r.get("ar");
            assertThat(year).isIn("2022", "2023", "2024");
            String kod = r.get("kod");
            assertThat(kodsPerYear.computeIfAbsent(year, y -> new HashSet<>()).add(kod))
                    .as("%s kod %s once", year, kod).isTrue();
            Matcher m = district.matcher(kod);
            if (m.matches()) {
                String kommun = m.group(1);
                int n = Integer.parseInt(m.group(2));
                assertThat(r.get("typ")).isEqualTo("Stadsdelsområde");
                assertThat(DISTRICTS).containsKey(kommun);
                assertThat(n).isBetween(1, DISTRICTS.get(kommun));
                assertThat(r.get("namn")).isEqualTo(reference.get(kommun) + ", stadsdelsområde " + n);
                assertThat(r.get("genomfort_kartlaggning")).as("district %s has a mapping", kod).isEqualTo("Ja");
                districtsPerYear.computeIfAbsent(year, y -> new TreeMap<>()).merge(kommun, 1, Integer::sum);
            } else {
                assertThat(kod).as("kod with its leading zero").matches("\\d{4}");
                assertThat(reference).as("kod %s in kommuner.csv", kod).containsKey(kod);
                assertThat(DISTRICTS).as("%s answers as districts only", kod).doesNotContainKey(kod);
                assertThat(r.get("typ")).isEqualTo("Kommun");
                assertThat(r.get("namn")).isEqualTo(reference.get(kod));
            }
            String genomfort = r.get("genomfort_kartlaggning");
            assertThat(genomfort).isIn("Ja", "Nej");
            assertThat(r.get("prostitution_manniskohandel_identifierat"))
                    .as("%s %s identifierat", year, kod)
                    .isIn(genomfort.equals("Ja") ? List.of("Ja", "Nej") : List.of(""));
        }
        assertThat(kodsPerYear).containsOnlyKeys("2022", "2023", "2024");
        for (String year : kodsPerYear.keySet()) {
            assertThat(districtsPerYear.get(year)).as("%s districts", year).isEqualTo(DISTRICTS);
        }
    }

    // ------------------------------------------------------------------ a small reader of our own

    /** Header folding as in the input contract: case, å/ä→a, ö→o, é→e, separator runs → one {@code _}. */
    static String fold(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace('é', 'e')
                .replaceAll("[\\s_\\-./]+", "_");
    }

    /** One kommunenkät year as rows keyed by canonical column; the year from the file name where no column. */
    static List<Map<String, String>> readKommunenkat(int year) throws IOException {
        List<List<String>> table;
        Path csv = KOMMUNENKAT.resolve("kommunenkat-" + year + ".csv");
        if (Files.exists(csv)) {
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            table = new ArrayList<>();
            try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))) {
                for (CSVRecord rec : p) {
                    table.add(rec.toList());
                }
            }
        } else if (Files.exists(KOMMUNENKAT.resolve("kommunenkat-" + year + ".xls"))) {
            table = xlsTable(KOMMUNENKAT.resolve("kommunenkat-" + year + ".xls"));
        } else {
            table = xlsxTable(KOMMUNENKAT.resolve("kommunenkat-" + year + ".xlsx"));
        }
        int h = 0;
        while (!table.get(h).stream().map(SurveySampleInputsTest::fold).collect(Collectors.toList())
                .contains("kommunkod")) {
            h++;
        }
        List<String> header = table.get(h).stream().map(SurveySampleInputsTest::fold).collect(Collectors.toList());
        assertThat(header).as("%d header", year).containsAll(CANONICAL.subList(1, CANONICAL.size()));
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : table.subList(h + 1, table.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("ar", Integer.toString(year)); // from the file name, overwritten by a column
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), c < row.size() ? row.get(c) : "");
            }
            out.add(m);
        }
        return out;
    }

    /** All non-blank rows of the first sheet as text (numbers as their plain value, missing cells as ""). */
    private static List<List<String>> xlsxTable(Path xlsx) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            for (Row r : nonBlank(wb.getFirstSheet().read())) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    Cell cell = r.getCell(c);
                    values.add(cell == null || cell.getType() == CellType.EMPTY ? ""
                            : cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString()
                            : cell.getText());
                }
                out.add(values);
            }
        }
        return out;
    }

    /** All non-blank rows of an .xls's first sheet as text, as Excel shows them. */
    private static List<List<String>> xlsTable(Path xls) throws IOException {
        List<List<String>> out = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(xls))) {
            for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    values.add(shown.formatCellValue(r.getCell(c)));
                }
                if (values.stream().anyMatch(v -> !v.isBlank())) {
                    out.add(values);
                }
            }
        }
        return out;
    }

    private static List<CSVRecord> readBraSurvey() throws IOException {
        try (Reader r = Files.newBufferedReader(BRA.resolve(BRA_SURVEY), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                     .get().parse(r)) {
            return p.getRecords();
        }
    }

    private static Map<String, String> readKommuner() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(ReferenceData.KOMMUNER, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                out.put(rec.get("kommunkod"), rec.get("kommun"));
            }
        }
        return out;
    }

    private static Map<String, Integer> count(List<Map<String, String>> rows, String column) {
        Map<String, Integer> out = new TreeMap<>();
        rows.forEach(r -> out.merge(r.get(column), 1, Integer::sum));
        return out;
    }

    /** (answer, count) pairs as a map, leaving out zero counts. */
    private static Map<String, Integer> counts(Object... answerCounts) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < answerCounts.length; i += 2) {
            if ((Integer) answerCounts[i + 1] > 0) {
                out.put((String) answerCounts[i], (Integer) answerCounts[i + 1]);
            }
        }
        return out;
    }

    private static void assertKommunkodIsText(List<Row> rows, int col) {
        for (Row r : rows) {
            Cell c = r.getCell(col);
            assertThat(c.getType()).as("kommunkod %s is a text cell", c.getAddress()).isEqualTo(CellType.STRING);
            assertThat(c.asString()).matches("\\d{4}");
        }
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            assertThat(cell.getType()).as("type of %s", cell.getAddress()).isEqualTo(CellType.STRING);
            out.add(cell.asString());
        }
        return out;
    }

    private static List<Row> nonBlank(List<Row> rows) {
        return rows.stream()
                .filter(r -> !r.stream().allMatch(c -> c == null || c.getType() == CellType.EMPTY))
                .collect(Collectors.toList());
    }


}
