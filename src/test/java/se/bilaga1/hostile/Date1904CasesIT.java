package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bilaga1.hostile.XlsxContentCasesIT.PERMIT_HEADER;
import static se.bilaga1.hostile.XlsxContentCasesIT.assertGoodPermits;
import static se.bilaga1.hostile.XlsxContentCasesIT.permit;
import static se.bilaga1.hostile.XlsxContentCasesIT.textRow;
import static se.bilaga1.hostile.XlsxContentCasesIT.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.ingest.CsvDialect;
import se.bilaga1.testsupport.PublishedReference;
import se.bilaga1.testsupport.Workbooks;

/**
 * Workbooks saved in Excel for Mac's 1904 date system ({@code <workbookPr date1904="1"/>}), where day 0 is
 * 1904-01-01 rather than 1899-12-31: their dates load as the dates Excel shows, never four years and a day early, and
 * a workbook whose date system cannot be told for certain is rejected alone. Every source that reads dates from xlsx
 * (Migrationsverket's beslutsdatum, the corrections' datum) is covered.
 */
class Date1904CasesIT extends HostileCase {

    static final String PERMITS = XlsxContentCasesIT.PERMITS;
    static final String PERMITS_XLSX = "beviljade-uppehallstillstand-5-15-2022-2024.xlsx";
    static final String CORRECTIONS = "korrigeringar-2024.csv";
    static final String CORRECTIONS_XLSX = "korrigeringar-2024.xlsx";
    static final String[] TABLES = {"Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4", "Tabell 5", "Tabell 6", "Tabell 7",
        "Tabell 8"};
    /** The 1900 system's day number of 1904-01-01, day 0 of the 1904 system: how far apart the two count. */
    static final int DAYS_1904 = 1462;

    // --- 1. the sample extract and the corrections re-saved in the 1904 date system ---

    @Test
    void theSampleExtractAndCorrectionsSavedInThe1904DateSystemPublishTheSame191CellsAsIn1900(@TempDir Path out1900)
            throws Exception {
        copyTree(Path.of("input"), input);
        Files.delete(input.resolve("migrationsverket").resolve(PERMITS));
        Files.delete(input.resolve("korrigeringar").resolve(CORRECTIONS));
        samplesAsXlsx(false);
        assertThat(testRebuild.rebuild(YEAR, input, out1900).getStatus().isUnsuccessful()).isFalse();

        samplesAsXlsx(true);
        rebuild();

        Warehouse w = warehouse();
        assertThat(w.file("migrationsverket/" + PERMITS_XLSX)).extracting("status", "fileKind", "rowsLoaded",
                "rowsQuarantined").containsExactly("LOADED", "XLSX", 299L, 0L);
        assertThat(w.file("korrigeringar/" + CORRECTIONS_XLSX)).extracting("status", "rowsLoaded", "rowsQuarantined")
                .containsExactly("LOADED", 19L, 0L);
        assertThat(w.jdbc().queryForList("SELECT CAST(beslutsdatum AS VARCHAR(10)) FROM migrationsverket_permit"
                + " ORDER BY row_no", String.class)).as("every decision date as the extract gives it")
                .containsExactlyElementsOf(column(Path.of("input", "migrationsverket", PERMITS), CsvDialect.WINDOWS_1252));
        assertThat(w.jdbc().queryForList("SELECT DISTINCT datum FROM korrigering", LocalDate.class))
                .containsExactly(LocalDate.of(2025, 2, 14));
        Map<String, String> reference = PublishedReference.reference(TABLES);
        assertThat(reference).hasSize(191);
        assertThat(PublishedReference.cells(out1900.resolve("bilaga1-2024-tabeller.csv"), TABLES))
                .as("1900 date system").containsAllEntriesOf(reference);
        assertThat(PublishedReference.cells(output.resolve("bilaga1-2024-tabeller.csv"), TABLES))
                .as("1904 date system").containsAllEntriesOf(reference);
        assertThat(output.resolve("bilaga1-2024-tabeller.csv")).as("every published cell, 1904 or 1900")
                .hasSameBinaryContentAs(out1900.resolve("bilaga1-2024-tabeller.csv"));
        assertNoRowLost();
    }

    /** The sample extract and corrections, as xlsx in this case's input, in the date system asked for. */
    void samplesAsXlsx(boolean date1904) throws Exception {
        asXlsx(Path.of("input", "migrationsverket", PERMITS), CsvDialect.WINDOWS_1252,
                place("migrationsverket", PERMITS_XLSX), date1904);
        asXlsx(Path.of("input", "korrigeringar", CORRECTIONS), StandardCharsets.UTF_8, place("korrigeringar",
                CORRECTIONS_XLSX), date1904);
    }

    /**
     * A ;-separated sample delivery as Excel saves it: the header and the text as text cells, its date column
     * ({@code beslutsdatum} or {@code datum}) as date cells (Excel's built-in short date) holding Excel's day numbers,
     * in the 1904 date system ({@code date1904="1"}, every day number 1462 less) or the 1900 one.
     */
    static void asXlsx(Path csv, Charset charset, Path xlsx, boolean date1904) throws IOException {
        List<String> lines = Files.readAllLines(csv, charset);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle shortDate = style(book, null);
            Sheet sheet = book.createSheet("Blad1");
            List<String> header = List.of(lines.get(0).split(";", -1));
            int dateColumn = header.contains("datum") ? header.indexOf("datum") : header.indexOf("beslutsdatum");
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(";", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c == dateColumn) {
                        dateCell(row, c, shortDate, date1904, LocalDate.parse(cells[c]).atStartOfDay());
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
        }
        Workbooks.workbookPr(xlsx, date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>");
    }

    /** The first column of a ;-separated file, below its header. */
    static List<String> column(Path csv, Charset charset) throws IOException {
        List<String> lines = Files.readAllLines(csv, charset);
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(';'))).toList();
    }

    /** A date cell holding Excel's day number of {@code when} in the date system asked for. */
    static Cell dateCell(Row row, int column, CellStyle style, boolean date1904, LocalDateTime when) {
        Cell cell = row.createCell(column);
        double days = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), when.toLocalDate())
                + when.toLocalTime().toSecondOfDay() / 86_400.0;
        cell.setCellValue(date1904 ? days - DAYS_1904 : days);
        cell.setCellStyle(style);
        return cell;
    }

    // --- 2. every kind of date cell in a 1904 workbook, for each source that reads dates ---

    @Test
    void dateCellsDateTimesAndDateFormattedNumbersOfA1904WorkbookLoadAsTheDatesExcelShows() throws Exception {
        copySample("migrationsverket", PERMITS);
        Path permits = place("migrationsverket", "beslut-1904.xlsx");
        Path corrections = place("korrigeringar", "korrigeringar-2024-1904.xlsx");
        dated1904(permits, corrections, true);

        rebuild();

        Warehouse w = warehouse();
        assertGoodPermits(w);
        assertThat(w.file("migrationsverket/beslut-1904.xlsx")).extracting("status", "rowsLoaded", "rowsQuarantined")
                .containsExactly("LOADED", 5L, 1L);
        assertThat(w.jdbc().queryForList("SELECT beslutsdatum FROM migrationsverket_permit p JOIN source_file f"
                + " ON f.id = p.source_file_id WHERE f.file_name = 'migrationsverket/beslut-1904.xlsx' ORDER BY p.row_no",
                LocalDate.class)).containsExactly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 12, 31),
                        LocalDate.of(2024, 11, 30), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 8));
        Warehouse.Quarantined far = w.quarantine("migrationsverket/beslut-1904.xlsx").get(0);
        assertThat(far).extracting("rowNo", "column", "rawValue").containsExactly(7, "A (beslutsdatum)", "2957004");
        assertThat(far.reason()).contains("a number, not a date");
        assertThat(w.file("korrigeringar/korrigeringar-2024-1904.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 2L, 0L);
        assertThat(w.jdbc().queryForList("SELECT datum FROM korrigering ORDER BY row_no", LocalDate.class))
                .containsExactly(LocalDate.of(2025, 2, 14), LocalDate.of(2025, 2, 28));
        assertNoRowLost();
    }

    /**
     * Permits of a workbook in the 1904 date system whose beslutsdatum is a date cell in Excel's short date, in
     * yyyy-mm-dd, a date-time, a day number in a format of day and month name, ISO text; then a date-formatted day
     * number after 9999-12-31 (with the 1900 system's last day, 2958465, it would pass as a date). Korrigeringar of the
     * same workbook kind dated by a date cell and a date-time. Without {@code good}, the workbook settings are not
     * 0, 1, true or false: each file is rejected.
     */
    static void dated1904(Path permits, Path corrections, boolean good) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle shortDate = style(book, null);
            CellStyle isoDate = style(book, "yyyy-mm-dd");
            Sheet sheet = book.createSheet("Beslut");
            textRow(sheet, 0, PERMIT_HEADER.split(";"));
            dateCell(permit(sheet, 1, "MV-F1"), 0, shortDate, true, LocalDateTime.of(2024, 3, 5, 0, 0));
            dateCell(permit(sheet, 2, "MV-F2"), 0, isoDate, true, LocalDateTime.of(2024, 12, 31, 0, 0));
            dateCell(permit(sheet, 3, "MV-F3"), 0, style(book, "yyyy-mm-dd hh:mm"), true,
                    LocalDateTime.of(2024, 11, 30, 10, 15));
            dateCell(permit(sheet, 4, "MV-F4"), 0, style(book, "d mmmm yyyy"), true,
                    LocalDateTime.of(2024, 3, 10, 0, 0));
            permit(sheet, 5, "MV-F5").getCell(0).setCellValue("2024-03-08");
            Cell far = permit(sheet, 6, "MV-F6").getCell(0);
            far.setCellValue(2_957_004);
            far.setCellStyle(isoDate);
            write(book, permits);
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Korrigeringar");
            textRow(sheet, 0, new String[] {"id", "kalla", "nyckel", "falt", "nytt_varde", "motivering",
                    "beslutad_av", "datum"});
            dateCell(correction(sheet, 1, "K-1904-1"), 7, style(book, null), true, LocalDateTime.of(2025, 2, 14, 0, 0));
            dateCell(correction(sheet, 2, "K-1904-2"), 7, style(book, "yyyy-mm-dd hh:mm"), true,
                    LocalDateTime.of(2025, 2, 28, 16, 45));
            write(book, corrections);
        }
        Workbooks.workbookPr(permits, good ? "<workbookPr date1904=\"1\"/>" : "<workbookPr date1904=\"yes\"/>");
        Workbooks.workbookPr(corrections, good ? "<workbookPr date1904=\"1\"/>" : "<workbookPr date1904=\"TRUE\"/>");
    }

    /** Excel's built-in short date (format 14) for null, else the format given. */
    static CellStyle style(XSSFWorkbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(format == null ? 14 : book.createDataFormat().getFormat(format));
        return style;
    }

    static Row correction(Sheet sheet, int r, String id) {
        return textRow(sheet, r, new String[] {id, "regionkoordinatorer", "Stockholm/2024/ST-0007",
                "exploateringsform", "Sexuella ändamål", "Omklassad efter granskning", "NSPM analysgrupp"});
    }

    // --- 3. a date system that cannot be told ---

    @Test
    void aWorkbookWhoseDateSystemCannotBeToldIsRejectedAloneSayingWhatWasExpected() throws Exception {
        copySample("migrationsverket", PERMITS);
        Path permits = place("migrationsverket", "trasig-beslut-date1904.xlsx");
        Path corrections = place("korrigeringar", "trasig-korrigeringar-2024-date1904.xlsx");
        Path spaced = place("migrationsverket", "trasig-beslut-date1904-blanksteg.xlsx");
        dated1904(permits, corrections, false);
        dated1904(spaced, place("korrigeringar", "korrigeringar-2024-1904.xlsx"), true);
        Workbooks.workbookPr(spaced, "<workbookPr date1904=\" 1\"/>");

        rebuild();

        Warehouse w = warehouse();
        assertGoodPermits(w);
        assertThat(w.file("migrationsverket/trasig-beslut-date1904.xlsx").message()).isEqualTo(
                "migrationsverket/trasig-beslut-date1904.xlsx: its workbook settings (xl/workbook.xml) say"
                        + " date1904=\"yes\", which is not 0, 1, true or false: whether its dates count from 1900 or from"
                        + " 1904, four years and a day apart, cannot be told, so none is read. Expected the workbook as"
                        + " Excel saves it: date1904 left out, 0 or false (the 1900 date system), or 1 or true (1904)");
        assertThat(w.file("korrigeringar/trasig-korrigeringar-2024-date1904.xlsx").message())
                .contains("say date1904=\"TRUE\", which is not 0, 1, true or false");
        // " 1" is true as an XML boolean, but the xlsx reader takes only "1" and "true"
        assertThat(w.file("migrationsverket/trasig-beslut-date1904-blanksteg.xlsx").message()).isEqualTo(
                "migrationsverket/trasig-beslut-date1904-blanksteg.xlsx: its workbook settings (xl/workbook.xml) say"
                        + " date1904=\" 1\": its dates count from 1904, but the xlsx reader would count them from 1900,"
                        + " four years and a day off, so none is read. Expected date1904 as Excel writes it (1 or 0): open"
                        + " the workbook in Excel and save it again");
        for (String rejected : List.of("migrationsverket/trasig-beslut-date1904.xlsx",
                "korrigeringar/trasig-korrigeringar-2024-date1904.xlsx",
                "migrationsverket/trasig-beslut-date1904-blanksteg.xlsx")) {
            assertThat(w.file(rejected)).as(rejected).extracting("status", "rowsRead").containsExactly("REJECTED", 0L);
        }
        assertThat(w.count("SELECT COUNT(*) FROM migrationsverket_permit WHERE person_lopnr LIKE 'MV-F%'")).isZero();
        assertThat(w.jdbc().queryForList("SELECT korrigering_id FROM korrigering", String.class))
                .containsExactly("K-1904-1", "K-1904-2");
        assertNoRowLost();
    }

    /** The bad workbooks alone, for an input folder beside the samples: each is rejected whole. */
    static void dropIn(Path input) throws Exception {
        Path permits = Files.createDirectories(input.resolve("migrationsverket"));
        Path corrections = Files.createDirectories(input.resolve("korrigeringar"));
        dated1904(permits.resolve("trasig-beslut-date1904.xlsx"),
                corrections.resolve("trasig-korrigeringar-2024-date1904.xlsx"), false);
    }
}
