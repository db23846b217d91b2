package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bilaga1.hostile.SemanticCasesIT.assertLoadedInFull;
import static se.bilaga1.hostile.SemanticCasesIT.csvRecords;
import static se.bilaga1.hostile.SemanticCasesIT.write;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.bilaga1.jobs.JobRunner;
import se.bilaga1.jobs.RunReport;
import se.bilaga1.testsupport.Workbooks;

/**
 * Hostile cases of what leaves the pipeline: text from an input that a spreadsheet would run ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return first), numbers as formulas, and a coordinator case in any output or
 * log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExportSafetyCasesIT extends HostileCase {

    static final String BRA_TABLE = "anmalda-brott-2020-2024.xlsx";
    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    /** Every coordinator marker value holds this; it occurs in no sample and no fixed text. */
    static final String MARKER = "XQZ";

    @Autowired
    RunReport runReport;

    @Test
    void everyTextFromAnInputIsNeutralisedInTheWorkbookAndTheCsvs() throws Exception {
        copySample("bra", BRA_TABLE);
        hostileFiles(input);
        // a case's referring actor and country are published as labels of the coordinators' national breakdowns
        Workbooks.write(place("regionkoordinatorer", "nord-2024.xlsx"), "Ärenden", List.of(CASE_COLUMNS,
                Arrays.asList("NO-1", "Nord", 2024, "Kvinna", 30, "Sexuella ändamål", "Människohandel", "-Polisen", "@Land",
                        "Nej", 0)));

        rebuild();

        Warehouse w = warehouse();
        assertLoadedInFull(w, "bra/" + BRA_TABLE, 5);
        // the hostile values reached the quarantine and the corrections as they were delivered
        assertThat(w.quarantine("bra/@anmalda-brott-2015-2016.xlsx")).extracting(Warehouse.Quarantined::rawValue)
                .contains(HYPERLINK, "+1+1", "\r=1+1");
        assertThat(w.file("bra/@anmalda-brott-2015-2016.xlsx").rowsQuarantined()).isEqualTo(3);
        assertThat(w.quarantine("bra/-trasig-detalj-2024.csv")).extracting(Warehouse.Quarantined::rawValue)
                .contains("+1+1", "@SUM(1+1)", "\t=cmd", "-1+2");
        assertThat(w.jdbc().queryForList("SELECT korrigering_id || ' ' || status FROM korrigering ORDER BY korrigering_id",
                String.class)).containsExactly("+K-2 FEL", "=K-1 FEL");

        List<String> cells = stringCells(output.resolve("bilaga1-2024.xlsx"));
        assertThat(cells).as("text cells a spreadsheet would take for a formula").noneMatch(ExportSafetyCasesIT::risky);
        assertThat(cells).contains(
                // Karantän: the values and the reasons that quote them
                "'" + HYPERLINK, "'+1+1", "'\r=1+1", "'@SUM(1+1)", "'\t=cmd", "'-1+2",
                // Översikt: the sheet's name
                "'-Anmälda brott",
                // Korrigeringar: every field a correction delivers
                "'=K-1", "'+K-2", "'-exploateringsform", "'@Tiggeri", "'" + HYPERLINK, "'+46 8 123 45", "'=kalla",
                // the coordinators' breakdowns: labels from the cases
                "'-Polisen", "'@Land");
        // the quote-prefix style protects them; the values themselves are as delivered
        assertThat(storedCells(output.resolve("bilaga1-2024.xlsx"))).contains(HYPERLINK, "+1+1", "=K-1", "-Polisen", "@Land")
                .doesNotContain("'+1+1", "'=K-1");
        assertThat(cells).anyMatch(c -> c.contains("bra/@anmalda-brott-2015-2016.xlsx"))
                .anyMatch(c -> c.contains("extra columns, not loaded: =extra"));
        for (String csv : List.of("bilaga1-2024-tabeller.csv", "bilaga1-2024-avstamning.csv")) {
            for (CSVRecord r : csvRecords(output.resolve(csv))) {
                for (int i = 0; i < r.size(); i++) {
                    boolean figure = csv.contains("tabeller") && i == 3;
                    assertThat(figure || !risky(r.get(i))).as("%s line %d field %d: %s", csv, r.getRecordNumber(), i, r.get(i))
                            .isTrue();
                }
            }
        }
        assertThat(Files.readString(output.resolve("bilaga1-2024-avstamning.csv"))).contains("Korrigering =K-1 (");
        assertNoRowLost();
    }

    @Test
    void numbersAreNumericCellsAndNoCellIsAFormula() throws Exception {
        // the sample's 2024 Koppleri is a formula cell (=E9) whose cached value is 204
        copySample("bra", BRA_TABLE);
        copySample("stodprogram", "nsp.csv");
        copySample("stodprogram", "amp.csv");

        rebuild();

        assertLoadedInFull(warehouse(), "bra/" + BRA_TABLE, 5);
        try (XSSFWorkbook book = new XSSFWorkbook(output.resolve("bilaga1-2024.xlsx").toFile())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Sheet tabell7 = book.getSheet("Indikator 5");
            Row header = rowStartingWith(tabell7, "Lagrum");
            int col2024 = columnOf(header, "2024");
            int published = 0;
            for (int r = header.getRowNum() + 1; r <= tabell7.getLastRowNum(); r++) {
                Row row = tabell7.getRow(r);
                if (row == null || row.getCell(col2024) == null || row.getCell(0).getStringCellValue().isEmpty()) {
                    break;
                }
                for (int c = 1; c <= col2024; c++) {
                    assertThat(row.getCell(c).getCellType()).as("Indikator 5!%s", row.getCell(c).getAddress())
                            .isEqualTo(CellType.NUMERIC);
                }
                published++;
                if (row.getCell(0).getStringCellValue().contains("Koppleri")) {
                    assertThat(row.getCell(col2024).getNumericCellValue()).isEqualTo(204);
                }
            }
            assertThat(published).isEqualTo(5);
            Sheet programmes = sheetHolding(book, "Tabell 4. ");
            int title = rowStartingWith(programmes, "Tabell 4. ").getRowNum();
            Row ampHeader = rowStartingWith(programmes, "Antal som beviljats stöd", title);
            Cell total2024 = rowStartingWith(programmes, "Totalt", title).getCell(columnOf(ampHeader, "2024"));
            assertThat(total2024.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total2024.getNumericCellValue()).isEqualTo(32);
        }
        assertNoRowLost();
    }

    @Test
    void noCoordinatorCaseReachesAnyOutputOrLogLine(CapturedOutput log) throws Exception {
        copySample("regionkoordinatorer", "syd-2024.xlsx");
        coordinatorFiles(input);

        JobExecution run = rebuild();
        // what the command line prints at the end of a run
        System.out.println(runReport.describe(new JobRunner.Run(run, List.of()), YEAR, output));

        Warehouse w = warehouse();
        long syd = w.file("regionkoordinatorer/syd-2024.xlsx").rowsLoaded();
        assertLoadedInFull(w, "regionkoordinatorer/syd-2024.xlsx", syd);
        Warehouse.SourceFile nord = w.file("regionkoordinatorer/nord-2024.xlsx");
        assertThat(List.of(nord.status(), nord.rowsLoaded(), nord.rowsQuarantined())).containsExactly("LOADED", 2L, 8L);
        Warehouse.SourceFile mitt = w.file("regionkoordinatorer/mitt-2024.xlsx");
        assertThat(mitt.status()).isEqualTo("REJECTED");
        assertThat(mitt.message()).startsWith("regionkoordinatorer/mitt-2024.xlsx: unreadable after ");
        // nothing of it stays: not its cases read before the break (they were once written after its facts went)
        assertThat(mitt.rowsRead()).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case c JOIN source_file f ON f.id = c.source_file_id"
                + " WHERE f.file_name = 'regionkoordinatorer/mitt-2024.xlsx'")).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case WHERE polisregion = 'Mitt'")).isZero();
        // the warehouse keeps them (that is where they belong): the markers are really in the run
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case c JOIN source_file f ON f.id = c.source_file_id"
                + " WHERE c.arende_id LIKE 'HEMLIG-XQZ-%' AND f.status = 'LOADED'")).isEqualTo(2);
        assertThat(w.count("SELECT COUNT(*) FROM quarantine_row WHERE raw_value LIKE '%XQZ%'")).isPositive();

        String everything = String.join("\n", String.join("\n", stringCells(output.resolve("bilaga1-2024.xlsx"))),
                Files.readString(output.resolve("bilaga1-2024-tabeller.csv")),
                Files.readString(output.resolve("bilaga1-2024-avstamning.csv")), pxFiles(), log.getAll());
        assertThat(log.getAll()).contains("Bilaga 1 rebuild 2024: COMPLETED", "mitt-2024.xlsx");
        assertThat(everything.toUpperCase(Locale.ROOT)).doesNotContain(MARKER, "HEMLIG");
        // the quarantine names the file and counts its reasons in fixed words over all the coordinators' files; it
        // lists no case cell one by one (that would count a region's cases), and never says what one holds
        assertThat(stringCells(output.resolve("bilaga1-2024.xlsx"))).contains("regionkoordinatorer/nord-2024.xlsx",
                "regionkoordinatorer/ (alla filer)", "ett annat år än filnamnets", "en annan polisregion än filens")
                .doesNotContain("121", "(dold: ärendeuppgift)");
        assertNoRowLost();
    }

    /** Every PX file of the run, as text (their bytes are Windows-1252 or UTF-8; a case key is ASCII in both). */
    private String pxFiles() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(output.resolve("px"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(texts).isNotEmpty();
        return String.join("\n", texts);
    }

    /**
     * One of each bad file of this class, under names no sample has, holding only the bad part: the hostile texts
     * (every data row quarantined, the corrections name no case), a coordinator file whose marked cases are all
     * quarantined, and one that breaks off mid-way (rejected, so its cases before the break do not load).
     */
    static void dropIn(Path input) throws Exception {
        hostileFiles(input);
        Workbooks.write(input.resolve("regionkoordinatorer/trasig-markorer-nord-2024.xlsx"), "Ärenden",
                List.of(CASE_COLUMNS, badCase("HEMLIG-XQZ-4712", "Nord", 2024, "XQZ-kön", 113),
                        badCase("HEMLIG-XQZ-4716", "Nord", 2024, "Kvinna", "XQZ-ålder"),
                        withAkc(badCase("HEMLIG-XQZ-4719", "Nord", 2024, "Kvinna", 117), "XQZ-akc")));
        Path broken = Workbooks.write(input.resolve("regionkoordinatorer/trasig-avbruten-mitt-2024.xlsx"), "Ärenden",
                List.of(CASE_COLUMNS, badCase("HEMLIG-XQZ-4731", "Mitt", 2024, "Kvinna", 117),
                        badCase("HEMLIG-XQZ-4732", "Mitt", 2024, "Kvinna", 117),
                        badCase("HEMLIG-XQZ-4733", "Mitt", 2024, "Kvinna", 117),
                        badCase("HEMLIG-XQZ-4734", "Mitt", 2024, "Kvinna", 117)));
        breakOffSheet(broken, "HEMLIG-XQZ-4734");
    }

    // --- the files ---

    /** Hostile texts in every place an input's text can reach an output; every data row of them is quarantined. */
    static void hostileFiles(Path input) throws Exception {
        // a published table whose name, sheet name, labels and cells all lead with formula characters
        Workbooks.write(input.resolve("bra/@anmalda-brott-2015-2016.xlsx"), "-Anmälda brott", List.of(
                List.of("Anmälda brott"),
                List.of("Lagrum", "2015", "2016"),
                List.of(HYPERLINK, 1, 2),
                List.of("4 kap. 1 a § BrB Människohandel", "+1+1", 3),
                List.of("6 kap. 11 § BrB Köp av sexuell tjänst", 4, "\r=1+1")));
        write(input.resolve("bra/-trasig-detalj-2024.csv"), "ar;manad;kommunkod;lagrum;antal;=extra",
                "2024;1;0180;BrB 4:1a;+1+1;x",
                "2024;1;@SUM(1+1);BrB 4:1a;1;x",
                "2024;1;0180;\"\t=cmd\";1;x",
                "2024;-1+2;0180;BrB 4:1a;1;x");
        write(input.resolve("korrigeringar/=trasig-korrigeringar-2024.csv"),
                "id;kalla;nyckel;falt;nytt_varde;motivering;beslutad_av;datum",
                "=K-1;regionkoordinatorer;Stockholm/2024/ST-9999;-exploateringsform;@Tiggeri;" + csvQuoted(HYPERLINK)
                        + ";+46 8 123 45;2025-02-14",
                "+K-2;=kalla;-Stockholm/2024/ST-9999;exploateringsform;Tiggeri;@motivering;NSPM;2025-02-14");
        write(input.resolve("stodprogram/+trasig-amp.csv"), "program;ar;kategori;antal", "ÅMP;2024;=1+1;5");
    }

    static final List<Object> CASE_COLUMNS = List.of("arende_id", "polisregion", "ar", "kon", "alder", "exploateringsform",
            "misstanke", "hanvisande_aktor", "ursprungsland", "upptackt_via_akc", "narstaende_barn_i_sverige");

    /** A case whose free texts are markers too: only for rows that must not load. */
    static List<Object> badCase(String id, String region, Object ar, String kon, Object alder) {
        return Arrays.asList(id, region, ar, kon, alder, "Sexuella ändamål", "Människohandel", "XQZ-aktör", "XQZ-land",
                "Nej", 1);
    }

    static List<Object> withAkc(List<Object> aCase, String akc) {
        List<Object> changed = new ArrayList<>(aCase);
        changed.set(CASE_COLUMNS.indexOf("upptackt_via_akc"), akc);
        return changed;
    }

    /**
     * A case that loads: its referring actor and country are published as labels of the national breakdowns (with
     * their counts), so they are ordinary values here; the id is the marker.
     */
    static List<Object> goodCase(String id, String region, String kon, int alder) {
        return Arrays.asList(id, region, 2024, kon, alder, "Sexuella ändamål", "Människohandel", "Polismyndigheten",
                "Rumänien", "Nej", 1);
    }

    /**
     * {@code nord-2024.xlsx}: two good cases and eight bad ones, every value a marker; {@code mitt-2024.xlsx}: three
     * good cases, then its sheet breaks off in the middle of a fourth (the file is rejected mid-way).
     */
    static void coordinatorFiles(Path input) throws Exception {
        Workbooks.write(input.resolve("regionkoordinatorer/nord-2024.xlsx"), "Ärenden", List.of(CASE_COLUMNS,
                goodCase("HEMLIG-XQZ-4711", "Nord", "Kvinna", 117),
                goodCase("HEMLIG-XQZ-4718", "Nord", "Man", 113),
                badCase("HEMLIG-XQZ-4712", "Nord", 2024, "XQZ-kön", 113),
                badCase("HEMLIG-XQZ-4713", "Syd", 2024, "Kvinna", 117),
                badCase("HEMLIG-XQZ-4714", "Nord", 2023, "Kvinna", 117),
                badCase("HEMLIG-XQZ-4711", "Nord", 2024, "Man", 116),
                badCase("HEMLIG-XQZ-4716", "Nord", 2024, "Kvinna", "XQZ-ålder"),
                badCase("HEMLIG-XQZ-4717", "Nord", 2024, "Kvinna", 121),
                withAkc(badCase("HEMLIG-XQZ-4719", "Nord", 2024, "Kvinna", 117), "XQZ-akc"),
                badCase("", "Nord", 2024, "Kvinna", 117)));
        Path mitt = Workbooks.write(input.resolve("regionkoordinatorer/mitt-2024.xlsx"), "Ärenden", List.of(CASE_COLUMNS,
                badCase("HEMLIG-XQZ-4721", "Mitt", 2024, "Kvinna", 117),
                badCase("HEMLIG-XQZ-4722", "Mitt", 2024, "Man", 113),
                badCase("HEMLIG-XQZ-4723", "Mitt", 2024, "Kvinna", 116),
                badCase("HEMLIG-XQZ-4724", "Mitt", 2024, "Kvinna", 115)));
        breakOffSheet(mitt, "HEMLIG-XQZ-4724");
    }

    /** Cuts the first sheet's XML off in the middle of the cell holding {@code text}: the zip stays sound. */
    static void breakOffSheet(Path xlsx, String text) throws Exception {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    // POI writes text as shared strings: cut at the fourth case's row instead
                    int cut = xml.indexOf("<row r=\"5\"");
                    assertThat(cut).as("row 5 in the sheet's XML").isPositive();
                    bytes = (xml.substring(0, cut) + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>" + text)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.write(xlsx, rewritten.toByteArray());
    }

    // --- helpers ---

    static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }

    private static String csvQuoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** The text of every string cell of every sheet, sheet names among them. */
    /**
     * Every cell's text as a spreadsheet shows it in its formula bar: a quote-prefixed cell (the protection of a text that
     * would read as a formula) with its apostrophe, which is not part of the value.
     */
    static List<String> stringCells(Path xlsx) throws Exception {
        return cells(xlsx, true);
    }

    /** Every cell's stored text, as a program reading the workbook gets it. */
    static List<String> storedCells(Path xlsx) throws Exception {
        return cells(xlsx, false);
    }

    private static List<String> cells(Path xlsx, boolean asShown) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                cells.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                                : formatter.formatCellValue(cell);
                        cells.add(asShown && cell.getCellStyle().getQuotePrefixed() ? "'" + text : text);
                    }
                }
            }
        }
        return cells;
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        return rowStartingWith(sheet, text, -1);
    }

    /** The first row after {@code after} whose first cell starts with {@code text}. */
    private static Row rowStartingWith(Sheet sheet, String text, int after) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > after && first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with '" + text + "' in " + sheet.getSheetName());
    }

    private static int columnOf(Row header, String text) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text + " in row " + (header.getRowNum() + 1));
    }

    private static Sheet sheetHolding(XSSFWorkbook book, String text) {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith(text)) {
                    return sheet;
                }
            }
        }
        throw new AssertionError("no sheet holding " + text);
    }
}
