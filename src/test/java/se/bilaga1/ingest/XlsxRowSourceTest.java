package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.Workbooks;

/**
 * What the streamed xlsx reader makes of a sheet: hidden rows, rows saved without their row numbers.
 */
class XlsxRowSourceTest {

    @TempDir
    Path dir;

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

    private static List<SheetRow> rows(Path file) throws Exception {
        ZipGuard.check(file);
        List<SheetRow> rows = new ArrayList<>();
        try (RowSource source = XlsxRowSource.open(file, List.of())) {
            source.forEachRemaining(rows::add);
        }
        return rows;
    }
}
