package se.bilaga1.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Deterministic generator of the Brå sample inputs in {@code input/bra/}.
 *
 * <ul>
 *   <li>{@value #ANMALDA_XLSX}: Tabell 7 of <i>Arbete mot prostitution och människohandel i Sverige 2024</i>
 *       (Jämställdhetsmyndigheten 2025:11) in Brå's published wide layout, with the awkward cells a real Brå
 *       table has (numbers stored as text with space / no-break space / thin space thousands separators, a
 *       formula cell with a cached value, a merged title).</li>
 *   <li>{@value #LAGFORING_XLSX}: Tabell 8 of the same report (lagföringsbeslut 2018–2023), with the statute
 *       split over two cells, a vertically merged first column and zeros written as {@code –} / {@code -}.</li>
 *   <li>{@value #DETALJ_CSV}: a SYNTHETIC long (detail) layout for 2024: a made-up municipality × month
 *       distribution whose per-statute sums equal the 2024 column of Tabell 7.</li>
 * </ul>
 *
 * The figures are the report's; the layout and notes are ours. Regenerate with
 * {@code mvn -B test -Dtest=BraSampleInputsTest -Dsamples.write=true}.
 */
public final class BraSampleInputs {

    public static final String ANMALDA_XLSX = "anmalda-brott-2020-2024.xlsx";
    public static final String LAGFORING_XLSX = "lagforingsbeslut-2018-2023.xlsx";
    public static final String DETALJ_CSV = "anmalda-brott-detalj-2024.csv";

    public static final String ANMALDA_SHEET = "Anmälda brott";
    public static final String LAGFORING_SHEET = "Lagföringsbeslut";

    /** Published 2024 totals of reported offences (Tabell 7, column 2024), per statute key. */
    public static final int TOTAL_2024_BRB_4_1A = 185;
    public static final int TOTAL_2024_BRB_4_1B = 164;
    public static final int TOTAL_2024_BRB_6_9 = 130;
    public static final int TOTAL_2024_BRB_6_11 = 1805;
    public static final int TOTAL_2024_BRB_6_12 = 204;

    /** Fixed seed: the detail file must come out byte-identical on every run. */
    public static final long DETAIL_SEED = 20240101L;

    public static final String DETAIL_HEADER = "ar;manad;kommunkod;lagrum;brottstyp;antal";

    /** Municipalities used in the synthetic detail file (codes from reference/kommuner.csv) and weights. */
    static final Map<String, Integer> KOMMUNER = new LinkedHashMap<>();
    static {
        KOMMUNER.put("0114", 2);  // Upplands Väsby
        KOMMUNER.put("0180", 20); // Stockholm
        KOMMUNER.put("0380", 5);  // Uppsala
        KOMMUNER.put("0580", 4);  // Linköping
        KOMMUNER.put("0680", 3);  // Jönköping
        KOMMUNER.put("1280", 10); // Malmö
        KOMMUNER.put("1281", 3);  // Lund
        KOMMUNER.put("1480", 12); // Göteborg
        KOMMUNER.put("1880", 4);  // Örebro
        KOMMUNER.put("1980", 4);  // Västerås
        KOMMUNER.put("2281", 2);  // Sundsvall
        KOMMUNER.put("2480", 3);  // Umeå
    }

    /** The five offences of Bilaga 1, in report order. */
    public enum Statute {
        BRB_4_1A("BrB 4:1a", "Människohandel", TOTAL_2024_BRB_4_1A, 40,
                "BrB 4:1a", "4 kap. 1 a § BrB", "BrB 4 kap. 1 a §"),
        BRB_4_1B("BrB 4:1b", "Människoexploatering", TOTAL_2024_BRB_4_1B, 36,
                "BrB 4:1b", "4 kap. 1 b § BrB", "BrB 4 kap. 1 b §"),
        BRB_6_9("BrB 6:9", "Utnyttjande av barn under 18 år genom köp av sexuell handling", TOTAL_2024_BRB_6_9, 32,
                "BrB 6:9", "6 kap. 9 § BrB", "BrB 6 kap. 9 §"),
        BRB_6_11("BrB 6:11", "Köp av sexuell tjänst", TOTAL_2024_BRB_6_11, 110,
                "BrB 6:11", "6 kap. 11 § BrB", "BrB 6 kap. 11 §"),
        BRB_6_12("BrB 6:12", "Koppleri", TOTAL_2024_BRB_6_12, 42,
                "BrB 6:12", "6 kap. 12 § BrB", "BrB 6 kap. 12 §");

        public final String key;
        public final String label;
        public final int total2024;
        /** Number of (month, municipality) rows the total is spread over. */
        final int rows;
        final String[] spellings;

        Statute(String key, String label, int total2024, int rows, String... spellings) {
            this.key = key;
            this.label = label;
            this.total2024 = total2024;
            this.rows = rows;
            this.spellings = spellings;
        }
    }

    /** One row of the detail file. */
    public record DetailRow(int manad, String kommunkod, Statute statute, String lagrum, int antal) {
        String toCsv() {
            return String.join(";", "2024", Integer.toString(manad), kommunkod, lagrum, statute.label,
                    Integer.toString(antal));
        }
    }

    private BraSampleInputs() {
    }

    public static void writeAll(Path dir) {
        try {
            Files.createDirectories(dir);
            writeAnmaldaBrott(dir.resolve(ANMALDA_XLSX));
            writeLagforingsbeslut(dir.resolve(LAGFORING_XLSX));
            writeDetail(dir.resolve(DETALJ_CSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ Tabell 7

    static void writeAnmaldaBrott(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReproducibleXlsx.fixProperties(wb);
            Styles st = new Styles(wb);
            Sheet sh = wb.createSheet(ANMALDA_SHEET);
            sh.setColumnWidth(0, 70 * 256);
            for (int c = 1; c <= 5; c++) {
                sh.setColumnWidth(c, 10 * 256);
            }

            text(sh, 0, 0, "Anmälda brott 2020–2024, antal", st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            text(sh, 1, 0, "Brott mot 4 och 6 kap. brottsbalken, hela landet", null);

            text(sh, 3, 0, "Lagrum", st.header);
            for (int y = 2020; y <= 2024; y++) {
                Cell c = sh.getRow(3).createCell(y - 2019);
                c.setCellValue(y);
                c.setCellStyle(st.header);
            }

            numbers(sh, 4, "4 kap. 1 a § BrB Människohandel", st.number, 196, 140, 196, 228, 185);
            numbers(sh, 5, "4 kap. 1 b § BrB Människoexploatering, inkl. grovt", st.number, 79, 78, 87, 127, 164);
            numbers(sh, 6, "6 kap. 9 § BrB Utnyttjande av barn under 18 år genom köp av sexuell handling.", st.number,
                    163, 234, 132, 104, 130);
            // Köp av sexuell tjänst: thousands stored as text, three different space characters.
            Row r8 = numbers(sh, 7, "6 kap. 11 § BrB Köp av sexuell tjänst", st.number, 0, 0, 0, 1513, 1805);
            textCell(r8, 1, "1 055", st.textRight);          // ordinary space
            textCell(r8, 2, "1\u00A0886", st.textRight);     // no-break space
            textCell(r8, 3, "1\u2009263", st.textRight);     // thin space
            // Koppleri: 2024 is a formula =E9 with its cached value 204.
            Row r9 = numbers(sh, 8, "6 kap. 12 § BrB Koppleri, grovt koppleri", st.number, 191, 178, 184, 204, 0);
            Cell f = r9.getCell(5);
            f.setCellFormula("E9");
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateFormulaCell(f); // stores the cached result (204) in the cell

            text(sh, 10, 0, "Källa: Brå, kriminalstatistik, anmälda brott.", null);
            text(sh, 11, 0, "Anm. Slutlig statistik. Sammanställd för Bilaga 1.", null);
            ReproducibleXlsx.save(wb, file);
        }
    }

    // ------------------------------------------------------------------ Tabell 8

    static void writeLagforingsbeslut(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReproducibleXlsx.fixProperties(wb);
            Styles st = new Styles(wb);
            Sheet sh = wb.createSheet(LAGFORING_SHEET);
            sh.setColumnWidth(0, 14 * 256);
            sh.setColumnWidth(1, 32 * 256);
            for (int c = 2; c <= 7; c++) {
                sh.setColumnWidth(c, 8 * 256);
            }

            text(sh, 0, 0, "Lagföringsbeslut för människohandel och människoexploatering, 2018–2023", st.title);

            Row h = sh.createRow(2); // A3 and B3 stay empty
            for (int y = 2018; y <= 2023; y++) {
                textCell(h, y - 2016, Integer.toString(y), st.headerRight);
            }

            Row r4 = sh.createRow(3);
            textCell(r4, 0, "BrB 4 kap.", null);
            textCell(r4, 1, "Människohandel (1a §)", null);
            numCell(r4, 2, 15, st.number);
            numCell(r4, 3, 2, st.number);
            numCell(r4, 4, 7, st.number);
            numCell(r4, 5, 1, st.number);
            textCell(r4, 6, "\u2013", st.textRight); // en dash = zero
            numCell(r4, 7, 0, st.number);

            Row r5 = sh.createRow(4); // A5 empty, merged with A4
            textCell(r5, 1, "Människoexploatering (1b §)", null);
            textCell(r5, 2, "-", st.textRight);      // hyphen alone = zero
            numCell(r5, 3, 0, st.number);
            numCell(r5, 4, 0, st.number);
            numCell(r5, 5, 5, st.number);
            numCell(r5, 6, 0, st.number);
            numCell(r5, 7, 3, st.number);
            sh.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));

            text(sh, 6, 0, "Källa: Brå, lagföringsstatistik.", null);
            text(sh, 7, 0, "* Med lagföringsbeslut avses fällande domslut i tingsrätten, godkänt "
                    + "strafföreläggande eller åtalsunderlåtelse.", null);
            ReproducibleXlsx.save(wb, file);
        }
    }

    // ------------------------------------------------------------------ synthetic detail

    /** The synthetic 2024 detail rows, sorted by (manad, kommunkod, statute in report order). */
    public static List<DetailRow> detailRows() {
        Random rnd = new Random(DETAIL_SEED);
        List<String> kommuner = new ArrayList<>(KOMMUNER.keySet());
        List<DetailRow> out = new ArrayList<>();
        for (Statute s : Statute.values()) {
            // all 144 (month, municipality) cells, drawn without replacement, weighted by municipality
            List<int[]> pool = new ArrayList<>(); // {manad, kommunIndex}
            for (int m = 1; m <= 12; m++) {
                for (int k = 0; k < kommuner.size(); k++) {
                    pool.add(new int[] {m, k});
                }
            }
            List<int[]> chosen = new ArrayList<>();
            for (int i = 0; i < s.rows; i++) {
                chosen.add(pool.remove(weightedIndex(pool, kommuner, rnd)));
            }
            // every chosen cell gets 1, the remainder is dealt out by municipality weight
            int[] antal = new int[chosen.size()];
            java.util.Arrays.fill(antal, 1);
            for (int left = s.total2024 - chosen.size(); left > 0; left--) {
                antal[weightedIndex(chosen, kommuner, rnd)]++;
            }
            for (int i = 0; i < chosen.size(); i++) {
                int[] c = chosen.get(i);
                String lagrum = s.spellings[rnd.nextInt(s.spellings.length)];
                out.add(new DetailRow(c[0], kommuner.get(c[1]), s, lagrum, antal[i]));
            }
        }
        out.sort(Comparator.comparingInt(DetailRow::manad)
                .thenComparing(DetailRow::kommunkod)
                .thenComparing(DetailRow::statute));
        return out;
    }

    private static int weightedIndex(List<int[]> cells, List<String> kommuner, Random rnd) {
        int sum = 0;
        for (int[] c : cells) {
            sum += KOMMUNER.get(kommuner.get(c[1]));
        }
        int x = rnd.nextInt(sum);
        for (int i = 0; i < cells.size(); i++) {
            x -= KOMMUNER.get(kommuner.get(cells.get(i)[1]));
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    static void writeDetail(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(DETAIL_HEADER).append('\n');
        for (DetailRow r : detailRows()) {
            String line = r.toCsv();
            if (line.indexOf('"') >= 0 || line.chars().filter(ch -> ch == ';').count() != 5) {
                throw new IllegalStateException("field would need quoting: " + line);
            }
            sb.append(line).append('\n');
        }
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8)); // UTF-8, no BOM, LF
    }

    // ------------------------------------------------------------------ helpers

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle headerRight;
        final CellStyle number;
        final CellStyle textRight;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            title.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            headerRight = wb.createCellStyle();
            headerRight.setFont(bold);
            headerRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            textRight = wb.createCellStyle();
            textRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }
    }

    private static Row row(Sheet sh, int r) {
        Row row = sh.getRow(r);
        return row != null ? row : sh.createRow(r);
    }

    private static void text(Sheet sh, int r, int c, String value, CellStyle style) {
        textCell(row(sh, r), c, value, style);
    }

    private static void textCell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void numCell(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static Row numbers(Sheet sh, int r, String label, CellStyle style, int... values) {
        Row row = row(sh, r);
        textCell(row, 0, label, null);
        for (int i = 0; i < values.length; i++) {
            numCell(row, i + 1, values[i], style);
        }
        return row;
    }

    /** Writes the files into the given directory (default {@code input/bra}). */
    public static void main(String[] args) {
        writeAll(Path.of(args.length > 0 ? args[0] : "input/bra"));
    }
}
