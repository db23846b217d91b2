package se.bilaga1.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An xlsx saved again as Excel 97-2003 (.xls), as "Save as" does: every sheet, its cells' values (text as text,
 * numbers as numbers), merged regions and hidden sheets. Tests only: the application never writes or opens an .xls
 * with HSSFWorkbook.
 */
public final class XlsCopy {

    private XlsCopy() {
    }

    public static byte[] of(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); Workbook from = WorkbookFactory.create(in);
                HSSFWorkbook to = new HSSFWorkbook()) {
            for (int s = 0; s < from.getNumberOfSheets(); s++) {
                Sheet source = from.getSheetAt(s);
                Sheet target = to.createSheet(source.getSheetName());
                for (Row row : source) {
                    Row copy = target.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell c = copy.createCell(cell.getColumnIndex());
                        switch (cell.getCellType()) {
                            case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
                            case STRING -> c.setCellValue(cell.getStringCellValue());
                            case BOOLEAN -> c.setCellValue(cell.getBooleanCellValue());
                            case FORMULA -> c.setCellValue(cell.getCachedFormulaResultType()
                                    == org.apache.poi.ss.usermodel.CellType.NUMERIC ? String.valueOf(
                                    cell.getNumericCellValue()) : cell.getStringCellValue());
                            default -> { }
                        }
                    }
                }
                source.getMergedRegions().forEach(target::addMergedRegion);
                if (from.isSheetHidden(s)) {
                    to.setSheetHidden(s, true);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            to.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook stream of an .xls: its BIFF8 records, without the OLE2 container. */
    public static byte[] records(byte[] xls) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
            return fs.createDocumentInputStream("Workbook").readAllBytes();
        }
    }

    /** An OLE2 container holding {@code records} as its workbook stream. */
    public static byte[] container(byte[] records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(records), "Workbook");
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    /** The records with the length of the one after the 20-byte BOF forged to 65,535 bytes (BIFF8 allows 8,224). */
    public static byte[] forgedLength(byte[] xls) throws IOException {
        byte[] records = records(xls);
        records[22] = (byte) 0xFF;
        records[23] = (byte) 0xFF;
        return container(records);
    }

    /** The records cut at two thirds: the container is sound, the workbook stream ends mid-sheet. */
    public static byte[] truncatedRecords(byte[] xls) throws IOException {
        byte[] records = records(xls);
        return container(Arrays.copyOf(records, records.length * 2 / 3));
    }
}
