package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.bilaga1.testsupport.Workbooks;

/**
 * What the streamed xlsx reader makes of a sheet: dates in both of Excel's date systems, a date system that cannot
 * be told for certain, hidden rows, rows saved without their row numbers.
 */
class XlsxRowSourceTest {

    /** What {@link #dated} holds, read as text: the same in either date system. */
    static final List<String> DATES = List.of("datum", "2024-03-05", "2024-12-31", "2024-11-30T10:15", "2024-03-10",
            "1904-01-01", "9999-12-31");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"<workbookPr/>", "<workbookPr date1904=\"0\"/>", "<workbookPr date1904=\"false\"/>"})
    void datesOfThe1900DateSystemAreTheDatesExcelShows(String workbookPr) throws Exception {
        Path file = Workbooks.workbookPr(dated(false), workbookPr);

        assertThat(column(file)).containsExactlyElementsOf(DATES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<workbookPr date1904=\"1\"/>",
            "<workbookPr date1904=\"true\" defaultThemeVersion=\"124226\"/>"})
    void datesOfThe1904DateSystemAreTheDatesExcelShowsNotFourYearsAndADayEarly(String workbookPr) throws Exception {
        Path file = dated(true);
        assertThat(column(file)).as("as POI writes it").containsExactlyElementsOf(DATES);

        Workbooks.workbookPr(file, workbookPr); // as Excel for Mac writes it, or as true beside another setting

        assertThat(column(file)).containsExactlyElementsOf(DATES);
    }

    @Test
    void aDayNumberPastTheLastDayOfYear9999IsANumberInEitherDateSystem() throws Exception {
        Path file1900 = Workbooks.workbookPr(dayNumbers(2_958_465, 2_958_466), "<workbookPr date1904=\"0\"/>");
        Path file1904 = Workbooks.workbookPr(dayNumbers(2_957_003, 2_957_004), "<workbookPr date1904=\"1\"/>");

        assertThat(column(file1900)).containsExactly("9999-12-31", "2958466");
        assertThat(column(file1904)).containsExactly("9999-12-31", "2957004");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "TRUE", "", "2"})
    void aDate1904SettingThatIsNoXmlBooleanRejectsTheFileSayingWhatWasExpected(String value) throws Exception {
        Path file = Workbooks.workbookPr(dated(true), "<workbookPr date1904=\"" + value + "\"/>");

        assertThatThrownBy(() -> column(file)).isInstanceOf(FileRejectedException.class).hasMessage(
                "its workbook settings (xl/workbook.xml) say date1904=\"" + value + "\", which is not 0, 1, true or"
                        + " false: whether its dates count from 1900 or from 1904, four years and a day apart, cannot"
                        + " be told, so none is read. Expected the workbook as Excel saves it: date1904 left out, 0 or"
                        + " false (the 1900 date system), or 1 or true (1904)");
    }

    @Test
    void aSettingTheReaderTakesOtherwiseRejectsTheFile() throws Exception {
        // " 1 " is true as an XML boolean, but fastexcel-reader takes only "1" and "true" (0.19 took only "true")
        Path file = Workbooks.workbookPr(dated(true), "<workbookPr date1904=\" 1 \"/>");

        assertThatThrownBy(() -> column(file)).isInstanceOf(FileRejectedException.class).hasMessage(
                "its workbook settings (xl/workbook.xml) say date1904=\" 1 \": its dates count from 1904, but the xlsx"
                        + " reader would count them from 1900, four years and a day off, so none is read. Expected"
                        + " date1904 as Excel writes it (1 or 0): open the workbook in Excel and save it again");
        // as fastexcel-reader 0.19 read Excel for Mac's date1904="1"
        assertThatThrownBy(() -> new WorkbookDateSystem("xl/workbook.xml", true, "1").checkReaderAgrees(false))
                .hasMessageContaining("say date1904=\"1\": its dates count from 1904, but the xlsx reader would count"
                        + " them from 1900");
    }

    @Test
    void twoWorkbookSettingsRejectTheFile() throws Exception {
        Path file = Workbooks.workbookPr(dated(true), "<workbookPr date1904=\"1\"/><workbookPr date1904=\"0\"/>");

        assertThatThrownBy(() -> column(file)).isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("its workbook settings (xl/workbook.xml) are given 2 times (date1904=\"1\","
                        + " then date1904=\"0\"): whether its dates count from 1900 or from 1904");
    }

    @Test
    void theWorkbookPartIsTheOneTheContentTypesNameAndTwoRejectTheFile() throws Exception {
        // a decoy xl/workbook.xml in the 1900 system beside the real workbook part, in the 1904 system
        Path file = Workbooks.workbookPr(dated(true), "<workbookPr date1904=\"1\"/>");
        Workbooks.rewrite(file, "[Content_Types].xml", xml -> xml.replace("/xl/workbook.xml", "/xl/arbetsbok.xml"));
        Workbooks.editParts(file, parts -> {
            parts.put("xl/arbetsbok.xml", parts.remove("xl/workbook.xml"));
            parts.put("xl/_rels/arbetsbok.xml.rels", parts.remove("xl/_rels/workbook.xml.rels"));
            parts.put("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\"><workbookPr date1904=\"0\"/></workbook>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });

        assertThat(column(file)).containsExactlyElementsOf(DATES);

        Workbooks.rewrite(file, "[Content_Types].xml", xml -> xml.replace("</Types>", "<Override PartName="
                + "\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                + ".sheet.main+xml\"/></Types>"));
        assertThatThrownBy(() -> column(file)).isInstanceOf(FileRejectedException.class).hasMessageStartingWith(
                "its [Content_Types].xml names 2 workbook parts (/xl/arbetsbok.xml, /xl/workbook.xml): which one holds"
                        + " its date system");
    }

    @Test
    void hiddenRowsAreRead() throws Exception {
        Path file = dir.resolve("dolda.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Blad1");
            for (int r = 0; r < 4; r++) {
                sheet.createRow(r).createCell(0).setCellValue("rad " + (r + 1));
            }
            sheet.getRow(1).setZeroHeight(true);
            sheet.getRow(2).setZeroHeight(true);
            book.write(out);
        }

        assertThat(rows(file)).extracting(SheetRow::rowNo, r -> r.cell(0))
                .containsExactly(tuple(1, "rad 1"), tuple(2, "rad 2"), tuple(3, "rad 3"), tuple(4, "rad 4"));
    }

    @Test
    void rowsSavedWithoutTheirRowNumbersAreNumberedFromOneAsTheyFollowEachOther() throws Exception {
        Path file = dir.resolve("utan-radnummer.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Blad1");
            for (int r : new int[] {0, 1, 2, 5}) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("rad " + (r + 1));
                row.createCell(1).setCellValue(r + 1);
            }
            book.write(out);
        }
        // as some writers save a sheet: no r on the first three rows nor on any cell; the last row keeps r="6"
        Workbooks.rewrite(file, "xl/worksheets/sheet1.xml", xml -> xml.replaceAll("<c r=\"[A-Z]+\\d+\"", "<c")
                .replaceAll("<row r=\"[1-3]\"", "<row"));

        assertThat(rows(file)).extracting(SheetRow::rowNo, SheetRow::cells).containsExactly(
                tuple(1, List.of("rad 1", "1")), tuple(2, List.of("rad 2", "2")),
                tuple(3, List.of("rad 3", "3")), tuple(6, List.of("rad 6", "6")));
    }

    // --- helpers ---

    /**
     * One column under "datum": 2024-03-05 (Excel's built-in short date), 2024-12-31 (yyyy-mm-dd), 2024-11-30 10:15
     * (a date-time), 2024-03-10 typed as its day number into a date-formatted cell, day 0 and the last day of year 9999.
     * The day numbers are those of the date system asked for; with {@code date1904}, written as POI writes it.
     */
    Path dated(boolean date1904) throws IOException {
        Path file = dir.resolve(date1904 ? "1904.xlsx" : "1900.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
            CellStyle shortDate = book.createCellStyle();
            shortDate.setDataFormat((short) 14);
            CellStyle isoDate = book.createCellStyle();
            isoDate.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = book.createSheet("Blad1");
            sheet.createRow(0).createCell(0).setCellValue("datum");
            cell(sheet, 1, shortDate).setCellValue(LocalDate.of(2024, 3, 5));
            cell(sheet, 2, isoDate).setCellValue(LocalDate.of(2024, 12, 31));
            cell(sheet, 3, dateTime).setCellValue(LocalDateTime.of(2024, 11, 30, 10, 15));
            cell(sheet, 4, isoDate).setCellValue(dayNumber(LocalDate.of(2024, 3, 10), date1904));
            cell(sheet, 5, isoDate).setCellValue(date1904 ? 0 : dayNumber(LocalDate.of(1904, 1, 1), false));
            cell(sheet, 6, isoDate).setCellValue(dayNumber(LocalDate.of(9999, 12, 31), date1904));
            book.write(out);
        }
        return file;
    }

    /** Excel's day number of {@code date}: days since 1899-12-30 (1900 system, after February 1900) or 1904-01-01. */
    static long dayNumber(LocalDate date, boolean date1904) {
        return ChronoUnit.DAYS.between(date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30), date);
    }

    /** Date-formatted cells holding the day numbers given, in a workbook written in the 1900 system. */
    Path dayNumbers(long... days) throws IOException {
        Path file = dir.resolve("dagar-" + days[0] + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle isoDate = book.createCellStyle();
            isoDate.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = book.createSheet("Blad1");
            for (int r = 0; r < days.length; r++) {
                cell(sheet, r, isoDate).setCellValue(days[r]);
            }
            book.write(out);
        }
        return file;
    }

    private static Cell cell(Sheet sheet, int r, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellStyle(style);
        return cell;
    }

    private static List<String> column(Path file) throws Exception {
        return rows(file).stream().map(r -> r.cell(0)).toList();
    }

    private static List<SheetRow> rows(Path file) throws Exception {
        ZipGuard.check(file);
        List<SheetRow> rows = new ArrayList<>();
        try (RowSource source = XlsxRowSource.open(file, List.of())) {
            source.forEachRemaining(rows::add);
        }
        return rows;
    }
}
