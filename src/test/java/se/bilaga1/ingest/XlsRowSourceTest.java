package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.XlsCopy;

/**
 * What the record-by-record .xls reader makes of a workbook (written here with HSSFWorkbook, which only tests use):
 * the same rows as the same sheet as xlsx, and a clear rejection for a damaged or encrypted one.
 */
class XlsRowSourceTest {

    @TempDir
    Path dir;

    @Test
    void cellsComeOutAsTheXlsxReaderGivesThem() throws Exception {
        Path file = write("tabell.xls", workbook(false));

        try (RowSource rows = RowSource.open(file, FileKind.detect(file), List.of("anmalda"))) {
            assertThat(rows.sheetName()).isEqualTo("Anmälda brott");
            assertThat(rows.remark()).isEqualTo("VARNING: hidden sheets not read: Gammal");
            List<SheetRow> read = all(rows);
            assertThat(read).extracting(SheetRow::rowNo).containsExactly(1, 2, 4);
            assertThat(read.get(0).cells()).containsExactly("Brottstyp", "2023", "2024");
            assertThat(read.get(1).cells()).containsExactly("Människohandel", "185", "1055", "1240", "2024-03-05",
                    "true", "summa", "2.5", "#DIV/0!");
            assertThat(read.get(2).cells()).containsExactly("", "", "", "", "", "", "", "", "", "sist");
        }
    }

    @Test
    void datesOfThe1904DateSystemAreTheDatesExcelShows() throws Exception {
        Path file = write("tabell-1904.xls", workbook(true));

        try (RowSource rows = RowSource.open(file, FileKind.XLS, List.of("anmalda"))) {
            assertThat(all(rows).get(1).cell(4)).isEqualTo("2024-03-05");
        }
    }

    @Test
    void aTruncatedWorkbookIsRejectedAsDamaged() throws Exception {
        byte[] whole = workbook(false);
        Path file = write("halv.xls", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> RowSource.open(file, FileKind.detect(file), List.of()))
                .isInstanceOf(FileRejectedException.class).hasMessageStartingWith("a damaged .xls (")
                .hasMessageEndingWith("expected the workbook saved again by Excel, as .xlsx, .xls or .csv");
    }

    @Test
    void aWorkbookStreamCutShortIsRejectedAsDamaged() throws Exception {
        Path file = write("kort.xls", XlsCopy.truncatedRecords(workbook(false)));

        assertThatThrownBy(() -> {
            try (RowSource rows = RowSource.open(file, FileKind.detect(file), List.of("anmalda"))) {
                all(rows);
            }
        }).hasMessageStartingWith("a damaged .xls (").hasMessageContaining("not read");
    }

    @Test
    void aForgedRecordLengthIsRejectedAsDamaged() throws Exception {
        Path file = write("forfalskad.xls", XlsCopy.forgedLength(workbook(false)));

        assertThatThrownBy(() -> RowSource.open(file, FileKind.detect(file), List.of()))
                .isInstanceOf(FileRejectedException.class).hasMessageStartingWith("a damaged .xls (");
    }

    @Test
    void anEncryptedWorkbookIsRejectedAsSuch() throws Exception {
        byte[] encrypted;
        Biff8EncryptionKey.setCurrentUserPassword("hemligt");
        try {
            encrypted = workbook(false);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Path file = write("losenord.xls", encrypted);

        assertThatThrownBy(() -> RowSource.open(file, FileKind.detect(file), List.of()))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("a password-protected (encrypted) workbook");
    }

    @Test
    void anOleFileWithoutAWorkbookIsRejectedSayingSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        Path file = write("brev.xls", out.toByteArray());

        assertThatThrownBy(() -> RowSource.open(file, FileKind.detect(file), List.of()))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("holding no Excel workbook");
    }

    @Test
    void theFileNameSaysWhenItsContentIsAnXls() {
        assertThat(FileKind.mismatch("bra/a.xlsx", FileKind.XLS)).isEqualTo(
                "named .xlsx but its content is an Excel 97-2003 workbook: read as .xls");
        assertThat(FileKind.mismatch("bra/a.xls", FileKind.XLS)).isNull();
    }

    /**
     * A hidden sheet first whose name matches too, then the table: a header, a row of every kind of cell, a blank
     * row, and a row with one cell far out.
     */
    static byte[] workbook(boolean date1904) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            ((org.apache.poi.hssf.record.DateWindow1904Record) wb.getInternalWorkbook()
                    .findFirstRecordBySid(org.apache.poi.hssf.record.DateWindow1904Record.sid))
                    .setWindowing((short) (date1904 ? 1 : 0));
            Sheet old = wb.createSheet("Gammal");
            old.createRow(0).createCell(0).setCellValue("anmalda gammal");
            wb.setSheetHidden(0, true);
            Sheet sheet = wb.createSheet("Anmälda brott");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Brottstyp");
            header.createCell(1).setCellValue(2023);
            header.createCell(2).setCellValue("2024");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Människohandel");
            row.createCell(1).setCellValue(185);
            row.createCell(2).setCellValue(1055);
            row.createCell(3).setCellFormula("B2+C2");
            row.getCell(3).setCellValue(1240); // the cached value, as Excel stores it
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            // as the workbook's date system counts it (HSSFCell counts in the system the workbook was created with)
            row.createCell(4).setCellValue(DateUtil.getExcelDate(LocalDate.of(2024, 3, 5).atStartOfDay(), date1904));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellFormula("LOWER(\"SUMMA\")");
            row.getCell(6).setCellValue("summa");
            row.createCell(7).setCellValue(2.5);
            row.createCell(8).setCellFormula("1/0");
            row.getCell(8).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            sheet.createRow(2).createCell(0).setBlank();
            sheet.createRow(3).createCell(9).setCellValue("sist");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<SheetRow> all(RowSource rows) {
        List<SheetRow> read = new ArrayList<>();
        rows.forEachRemaining(read::add);
        return read;
    }
}
