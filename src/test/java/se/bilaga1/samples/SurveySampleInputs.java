package se.bilaga1.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.bilaga1.testsupport.ReferenceData;

/**
 * Deterministic generator of the SYNTHETIC survey deliveries.
 *
 * <ul>
 *   <li>{@code input/kommunenkat/}: the municipal survey on men's violence against women (Indikator 1 and 7),
 *       one file per survey year, each listing all 290 municipalities once, in three different layouts:
 *       {@value #KOMMUNENKAT_2019_XLS} (Excel 97-2003) (sheet {@value #SHEET_2019}, human-style header, no {@code ar} column),
 *       {@value #KOMMUNENKAT_2021_CSV} (UTF-8 with BOM, {@code ;}, LF) and {@value #KOMMUNENKAT_2023_XLSX}
 *       (sheet {@value #SHEET_2023}, a title row and a blank row above the canonical header).</li>
 *   <li>{@code input/bra/}{@value #BROTTSFOREBYGGANDE_CSV}: Brå's crime-prevention survey (Indikator 2),
 *       2022–2024, one row per responding municipality or city district (UTF-8 without BOM, {@code ;}, LF).</li>
 * </ul>
 *
 * Only the aggregate counts in {@link #KOMMUNENKAT_TARGETS} and {@link #BRA_SURVEY_TARGETS} are fixed (chosen to
 * agree with what <i>Arbete mot prostitution och människohandel i Sverige 2024</i> says: 219 of 290 municipalities
 * answered the 2023 survey, about a third of them offer knowledge and method support on prostitution and
 * trafficking, few have it in their policy documents; 97 % took part in Brå's survey in 2023, few identified
 * prostitution/trafficking in their mapping). Which municipality answers what is drawn with {@link Random} and
 * fixed seeds from the municipalities in {@code reference/kommuner.csv}, read at generation time.
 * Regenerate with {@code mvn -B test -Dtest=SurveySampleInputsTest -Dsamples.write=true}.
 */
public final class SurveySampleInputs {

    public static final int KOMMUN_COUNT = 290;

    public static final String KOMMUNENKAT_DIR = "kommunenkat";
    public static final String BRA_DIR = "bra";

    /** Saved by an older desktop Excel as Excel 97-2003 (.xls). */
    public static final String KOMMUNENKAT_2019_XLS = "kommunenkat-2019.xls";
    public static final String KOMMUNENKAT_2021_CSV = "kommunenkat-2021.csv";
    public static final String KOMMUNENKAT_2023_XLSX = "kommunenkat-2023.xlsx";
    public static final String BROTTSFOREBYGGANDE_CSV = "brottsforebyggande-enkat-2022-2024.csv";

    public static final String SHEET_2019 = "Svar";
    public static final String SHEET_2023 = "Kommunenkät 2023";
    public static final String TITLE_2023 = "Kartläggning av kommuners arbete mot mäns våld mot kvinnor 2023";

    /** Canonical columns of the municipal survey (the 2021 CSV and the 2023 xlsx use these). */
    public static final List<String> KOMMUNENKAT_COLUMNS = List.of("ar", "kommunkod", "kommun", "besvarad",
            "styrdokument_prostitution_mh", "styrdokument_sexuell_exploatering_barn",
            "kunskapsstod_prostitution_mh", "kunskapsstod_sexuell_exploatering_barn");

    /** The 2019 header, written the way a person types it; no {@code ar} column (the year is in the file name). */
    public static final List<String> KOMMUNENKAT_2019_HEADER = List.of("Kommunkod", "Kommun", "Besvarad",
            "Styrdokument prostitution MH", "Styrdokument sexuell exploatering barn",
            "Kunskapsstöd prostitution MH", "Kunskapsstöd sexuell exploatering barn");

    public static final String BRA_SURVEY_HEADER =
            "ar;kod;namn;typ;genomfort_kartlaggning;prostitution_manniskohandel_identifierat";

    public static final String JA = "Ja";
    public static final String NEJ = "Nej";
    public static final String VET_EJ = "Vet ej";
    public static final String EGEN_REGI = "Ja, i egen regi";
    public static final String SAMVERKANSAVTAL = "Ja, genom samverkansavtal";

    public static final String TYP_KOMMUN = "Kommun";
    public static final String TYP_STADSDEL = "Stadsdelsområde";

    /** Fixed seeds (plus the year): the files must come out identical on every run. */
    public static final long KOMMUNENKAT_SEED = 20190301L;
    public static final long BRA_SURVEY_SEED = 20220301L;

    /** Targets of one year of the municipal survey; every count except {@code respondents} is among respondents. */
    public record KommunenkatTarget(int year, int respondents,
                                    int styrPmhJa, int styrPmhVetEj,
                                    int styrBarnJa, int styrBarnVetEj,
                                    int kunskapPmhEgenRegi, int kunskapPmhSamverkan, int kunskapPmhVetEj,
                                    int kunskapBarnEgenRegi, int kunskapBarnSamverkan, int kunskapBarnVetEj) {
    }

    /** Targets of one year of Brå's survey: municipalities represented, and rows with a mapping / identified. */
    public record BraSurveyTarget(int year, int kommuner, int genomfortJa, int identifieratJa) {
    }

    // ------------------------------------------------------------------ THE TARGETS

    /**
     * Kommunenkät. Respondents answer {@code Nej} wherever they are not counted below; non-respondents have
     * besvarad Nej and the four answers blank. 2023 knowledge support on P&amp;MH: 49 + 24 = 73 of 219, a third.
     */
    public static final List<KommunenkatTarget> KOMMUNENKAT_TARGETS = List.of(
            //                     year  resp.  styrdokument         kunskapsstöd P&MH       kunskapsstöd barn
            //                                  P&MH      barn       egen  samv.  vet ej     egen  samv.  vet ej
            //                                  Ja VetEj  Ja VetEj
            new KommunenkatTarget(2019, 205,    18, 9,    14, 11,    34,   17,    12,        27,   14,    13),
            new KommunenkatTarget(2021, 212,    23, 8,    19, 10,    41,   20,    10,        33,   17,    12),
            new KommunenkatTarget(2023, 219,    29, 7,    22, 9,     49,   24,    8,         39,   20,    10));

    /**
     * Brå's crime-prevention survey. {@code kommuner}: municipalities represented, whether they answer themselves
     * or through their districts (2023: 281 of 290 = 97 %). {@code genomfortJa} and {@code identifieratJa} count
     * rows (municipality rows + district rows); identified is among the rows with a mapping.
     */
    public static final List<BraSurveyTarget> BRA_SURVEY_TARGETS = List.of(
            //                  year  kommuner  genomfört Ja  identifierat Ja
            new BraSurveyTarget(2022, 275,      250,          21),
            new BraSurveyTarget(2023, 281,      259,          24),
            new BraSurveyTarget(2024, 283,      262,          27));

    /** Municipalities that answer Brå's survey as city districts every year, never as a whole: code → districts. */
    public static final Map<String, Integer> STADSDELAR = new LinkedHashMap<>();
    static {
        STADSDELAR.put("0180", 13); // Stockholm
        STADSDELAR.put("1480", 10); // Göteborg
        STADSDELAR.put("1280", 5);  // Malmö
    }

    // ------------------------------------------------------------------ rows

    /** One municipality of {@code kommuner.csv}. */
    public record Kommun(String kod, String namn) {
    }

    /** One row of a kommunenkät file; the four answers are blank for a non-respondent. */
    public record KommunenkatRow(int ar, String kommunkod, String kommun, boolean besvarad,
                                 String styrdokumentProstitutionMh, String styrdokumentSexuellExploateringBarn,
                                 String kunskapsstodProstitutionMh, String kunskapsstodSexuellExploateringBarn) {

        /** The values in {@link #KOMMUNENKAT_COLUMNS} order. */
        public List<String> values() {
            return List.of(Integer.toString(ar), kommunkod, kommun, besvarad ? JA : NEJ,
                    styrdokumentProstitutionMh, styrdokumentSexuellExploateringBarn,
                    kunskapsstodProstitutionMh, kunskapsstodSexuellExploateringBarn);
        }
    }

    /** One row of Brå's survey file; {@code identifierat} is blank where no mapping was done. */
    public record BraSurveyRow(int ar, String kod, String namn, String typ, boolean genomfort, String identifierat) {
        /** The values in {@link #BRA_SURVEY_HEADER} order. */
        public List<String> values() {
            return List.of(Integer.toString(ar), kod, namn, typ, genomfort ? JA : NEJ, identifierat);
        }
    }

    private SurveySampleInputs() {
    }

    // ------------------------------------------------------------------ writing

    /** Writes the four files into {@code inputDir/kommunenkat/} and {@code inputDir/bra/}. */
    public static void writeAll(Path inputDir) {
        try {
            List<Kommun> kommuner = kommuner(ReferenceData.KOMMUNER);
            Path enkat = Files.createDirectories(inputDir.resolve(KOMMUNENKAT_DIR));
            Path bra = Files.createDirectories(inputDir.resolve(BRA_DIR));
            writeKommunenkat2019(enkat.resolve(KOMMUNENKAT_2019_XLS), kommunenkat(2019, kommuner));
            writeKommunenkat2021(enkat.resolve(KOMMUNENKAT_2021_CSV), kommunenkat(2021, kommuner));
            writeKommunenkat2023(enkat.resolve(KOMMUNENKAT_2023_XLSX), kommunenkat(2023, kommuner));
            writeBraSurvey(bra.resolve(BROTTSFOREBYGGANDE_CSV), braSurvey(kommuner));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As an Excel 97-2003 workbook (BIFF8): a municipality whose desktop Excel still saves that format. */
    static void writeKommunenkat2019(Path file, List<KommunenkatRow> rows) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            CellStyle bold = boldStyle(wb);
            CellStyle text = textStyle(wb);
            Sheet sh = wb.createSheet(SHEET_2019);
            Row h = sh.createRow(0);
            for (int c = 0; c < KOMMUNENKAT_2019_HEADER.size(); c++) {
                textCell(h, c, KOMMUNENKAT_2019_HEADER.get(c), bold);
            }
            for (int i = 0; i < rows.size(); i++) {
                // without the ar column
                List<String> values = rows.get(i).values().subList(1, KOMMUNENKAT_COLUMNS.size());
                Row r = sh.createRow(i + 1);
                textCell(r, 0, values.get(0), text); // kommunkod as text: the leading zero stays
                for (int c = 1; c < values.size(); c++) {
                    textCell(r, c, values.get(c), null);
                }
            }
            widths(sh, 11, 18, 10, 30, 38, 30, 38);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out); // no document properties: the bytes are the same from run to run
            }
        }
    }

    static void writeKommunenkat2021(Path file, List<KommunenkatRow> rows) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(";", KOMMUNENKAT_COLUMNS)).append('\n');
        for (KommunenkatRow r : rows) {
            sb.append(csvLine(r.values(), KOMMUNENKAT_COLUMNS.size())).append('\n');
        }
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8)); // UTF-8 with BOM, LF
    }

    static void writeKommunenkat2023(Path file, List<KommunenkatRow> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReproducibleXlsx.fixProperties(wb);
            CellStyle bold = boldStyle(wb);
            CellStyle text = textStyle(wb);
            Sheet sh = wb.createSheet(SHEET_2023);
            textCell(sh.createRow(0), 0, TITLE_2023, bold);
            // row 2 stays blank
            Row h = sh.createRow(2);
            for (int c = 0; c < KOMMUNENKAT_COLUMNS.size(); c++) {
                textCell(h, c, KOMMUNENKAT_COLUMNS.get(c), bold);
            }
            for (int i = 0; i < rows.size(); i++) {
                List<String> values = rows.get(i).values();
                Row r = sh.createRow(i + 3);
                r.createCell(0).setCellValue(rows.get(i).ar()); // the year as a number
                textCell(r, 1, values.get(1), text); // kommunkod as text: the leading zero stays
                for (int c = 2; c < values.size(); c++) {
                    textCell(r, c, values.get(c), null);
                }
            }
            widths(sh, 6, 11, 18, 10, 30, 38, 30, 38);
            ReproducibleXlsx.save(wb, file);
        }
    }

    static void writeBraSurvey(Path file, List<BraSurveyRow> rows) throws IOException {
        StringBuilder sb = new StringBuilder(BRA_SURVEY_HEADER).append('\n');
        for (BraSurveyRow r : rows) {
            sb.append(csvLine(r.values(), 6)).append('\n');
        }
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8)); // UTF-8, no BOM, LF
    }

    private static String csvLine(List<String> values, int columns) {
        String line = String.join(";", values);
        if (values.size() != columns || line.indexOf('"') >= 0 || line.indexOf('\n') >= 0
                || line.chars().filter(ch -> ch == ';').count() != columns - 1) {
            throw new IllegalStateException("field would need quoting: " + line);
        }
        return line;
    }

    // ------------------------------------------------------------------ drawing the answers

    /** The municipalities of {@code kommuner.csv}, in file order. */
    public static List<Kommun> kommuner(Path kommunerCsv) throws IOException {
        List<Kommun> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(kommunerCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                out.add(new Kommun(rec.get("kommunkod"), rec.get("kommun")));
            }
        }
        Set<String> codes = new HashSet<>();
        for (Kommun k : out) {
            if (!k.kod().matches("\\d{4}") || !codes.add(k.kod())) {
                throw new IllegalStateException("bad or duplicate kommunkod in " + kommunerCsv + ": " + k.kod());
            }
        }
        if (out.size() != KOMMUN_COUNT) {
            throw new IllegalStateException(kommunerCsv + " lists " + out.size() + " municipalities, not "
                    + KOMMUN_COUNT);
        }
        return out;
    }

    public static KommunenkatTarget kommunenkatTarget(int year) {
        return KOMMUNENKAT_TARGETS.stream().filter(t -> t.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kommunenkät target for " + year));
    }

    /** One year of the municipal survey: all municipalities, in {@code kommuner.csv} order. */
    public static List<KommunenkatRow> kommunenkat(int year, List<Kommun> kommuner) {
        KommunenkatTarget t = kommunenkatTarget(year);
        Random rnd = new Random(KOMMUNENKAT_SEED + year);
        int n = t.respondents();

        List<Integer> order = indices(kommuner.size());
        Collections.shuffle(order, rnd);
        List<Integer> respondents = new ArrayList<>(order.subList(0, n));
        Collections.sort(respondents);

        List<String> styrPmh = answers(rnd, n, JA, t.styrPmhJa(), VET_EJ, t.styrPmhVetEj());
        List<String> styrBarn = answers(rnd, n, JA, t.styrBarnJa(), VET_EJ, t.styrBarnVetEj());
        List<String> kunskapPmh = answers(rnd, n, EGEN_REGI, t.kunskapPmhEgenRegi(),
                SAMVERKANSAVTAL, t.kunskapPmhSamverkan(), VET_EJ, t.kunskapPmhVetEj());
        List<String> kunskapBarn = answers(rnd, n, EGEN_REGI, t.kunskapBarnEgenRegi(),
                SAMVERKANSAVTAL, t.kunskapBarnSamverkan(), VET_EJ, t.kunskapBarnVetEj());

        List<KommunenkatRow> out = new ArrayList<>();
        for (int i = 0; i < kommuner.size(); i++) {
            Kommun k = kommuner.get(i);
            int j = respondents.indexOf(i);
            out.add(j < 0
                    ? new KommunenkatRow(year, k.kod(), k.namn(), false, "", "", "", "")
                    : new KommunenkatRow(year, k.kod(), k.namn(), true,
                            styrPmh.get(j), styrBarn.get(j), kunskapPmh.get(j), kunskapBarn.get(j)));
        }
        return out;
    }

    /**
     * Brå's survey 2022–2024, sorted by year then kod: the represented municipalities (the three district
     * municipalities always, the rest drawn), mappings (every district has one) and identified (among mappings).
     */
    public static List<BraSurveyRow> braSurvey(List<Kommun> kommuner) {
        Map<String, String> namn = new LinkedHashMap<>();
        kommuner.forEach(k -> namn.put(k.kod(), k.namn()));
        for (String kod : STADSDELAR.keySet()) {
            if (!namn.containsKey(kod)) {
                throw new IllegalStateException("district municipality " + kod + " not in kommuner.csv");
            }
        }
        List<String> others = new ArrayList<>(namn.keySet());
        others.removeAll(STADSDELAR.keySet());

        List<BraSurveyRow> out = new ArrayList<>();
        for (BraSurveyTarget t : BRA_SURVEY_TARGETS) {
            Random rnd = new Random(BRA_SURVEY_SEED + t.year());
            int year = t.year();

            List<String> shuffled = new ArrayList<>(others);
            Collections.shuffle(shuffled, rnd);
            List<String> answering = new ArrayList<>(shuffled.subList(0, t.kommuner() - STADSDELAR.size()));
            Collections.sort(answering);

            // rows: districts first (all with a mapping), then municipalities
            List<String[]> rows = new ArrayList<>(); // {kod, namn, typ}
            for (Map.Entry<String, Integer> e : STADSDELAR.entrySet()) {
                for (int d = 1; d <= e.getValue(); d++) {
                    rows.add(new String[] {String.format(Locale.ROOT, "%s-%02d", e.getKey(), d),
                            namn.get(e.getKey()) + ", stadsdelsområde " + d, TYP_STADSDEL});
                }
            }
            int districts = rows.size();
            for (String kod : answering) {
                rows.add(new String[] {kod, namn.get(kod), TYP_KOMMUN});
            }

            int kommunRows = rows.size() - districts;
            int kommunJa = t.genomfortJa() - districts;
            if (kommunJa < 0 || kommunJa > kommunRows || t.identifieratJa() > t.genomfortJa()) {
                throw new IllegalStateException(year + ": targets do not fit the rows");
            }
            List<Boolean> genomfort = new ArrayList<>(Collections.nCopies(districts, true));
            List<Boolean> kommunGenomfort = new ArrayList<>(Collections.nCopies(kommunJa, true));
            kommunGenomfort.addAll(Collections.nCopies(kommunRows - kommunJa, false));
            Collections.shuffle(kommunGenomfort, rnd);
            genomfort.addAll(kommunGenomfort);

            List<String> identifierat = answers(rnd, t.genomfortJa(), JA, t.identifieratJa());
            int next = 0;
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                boolean g = genomfort.get(i);
                out.add(new BraSurveyRow(year, r[0], r[1], r[2], g, g ? identifierat.get(next++) : ""));
            }
        }
        out.sort(Comparator.comparingInt(BraSurveyRow::ar).thenComparing(BraSurveyRow::kod));
        return out;
    }

    /** {@code n} answers in random order: the given (answer, count) pairs, the rest {@code Nej}. */
    private static List<String> answers(Random rnd, int n, Object... answerCounts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < answerCounts.length; i += 2) {
            out.addAll(Collections.nCopies((Integer) answerCounts[i + 1], (String) answerCounts[i]));
        }
        if (out.size() > n) {
            throw new IllegalStateException(out.size() + " answers counted for " + n + " respondents");
        }
        out.addAll(Collections.nCopies(n - out.size(), NEJ));
        Collections.shuffle(out, rnd);
        return out;
    }

    private static List<Integer> indices(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    // ------------------------------------------------------------------ xlsx helpers (as in BraSampleInputs)

    private static CellStyle boldStyle(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(bold);
        return style;
    }

    /** The Text number format ({@code @}), as a kommunkod column formatted as text in Excel has. */
    private static CellStyle textStyle(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("@"));
        return style;
    }

    private static void textCell(Row row, int c, String value, CellStyle style) {
        if (value.isEmpty()) {
            return; // a blank answer is no cell at all
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void widths(Sheet sh, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sh.setColumnWidth(c, chars[c] * 256);
        }
    }

    /** Writes the files under the given input directory (default {@code input}). */
    public static void main(String[] args) {
        writeAll(Path.of(args.length > 0 ? args[0] : "input"));
    }
}
