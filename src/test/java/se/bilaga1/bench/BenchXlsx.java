package se.bilaga1.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A large workbook written as Excel writes one: streamed with SXSSF (a window of rows in memory, the rest flushed
 * to a temporary file), text cells in the shared-strings table ({@code t="s"}), numbers as numeric cells. Saved so
 * that writing the same rows again gives the same bytes: fixed document properties and fixed zip entry times (the
 * compressed entries are copied as they are, not inflated and deflated again).
 */
final class BenchXlsx implements AutoCloseable {

    /** 2025-01-01T00:00:00Z: the document's creation date. */
    static final long FIXED_TIME = 1735689600000L;
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);
    private static final int WINDOW = 1000;

    private final SXSSFWorkbook workbook;
    private final org.apache.poi.ss.usermodel.Sheet sheet;
    private final CellStyle bold;
    private int nextRow;

    BenchXlsx(String sheetName) {
        XSSFWorkbook base = new XSSFWorkbook();
        base.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
        base.getProperties().getCoreProperties().setCreator("Bilaga 1 bench generator");
        // window of 1000 rows, temporary files compressed, shared strings as Excel writes them
        this.workbook = new SXSSFWorkbook(base, WINDOW, true, true);
        this.sheet = workbook.createSheet(sheetName);
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        this.bold.setFont(font);
    }

    /** A title or header row: text cells in bold. */
    void boldRow(String... texts) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < texts.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(texts[c]);
            cell.setCellStyle(bold);
        }
    }

    void blankRow() {
        nextRow++;
    }

    /**
     * A data row: a {@link Number} becomes a numeric cell, a {@link String} a shared-string cell, null or an
     * empty string no cell at all (as Excel leaves a blank cell).
     */
    void row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof String s && !s.isEmpty()) {
                row.createCell(c).setCellValue(s);
            }
        }
    }

    /** Writes the workbook to {@code file} with fixed entry times. */
    void save(Path file) throws IOException {
        Path raw = Files.createTempFile(file.toAbsolutePath().getParent(), ".sxssf-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(raw)) {
                workbook.write(out);
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".fixed-", ".xlsx");
            try {
                fixEntryTimes(raw, tmp);
                if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** Copies every entry's compressed bytes as they are, in order, under a fixed time stamp. */
    static void fixEntryTimes(Path from, Path to) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(from).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(to.toFile())) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getMethod());
                copy.setCrc(e.getCrc());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                copy.setTimeLocal(ZIP_TIME); // a local date-time: the same bytes in every time zone
                try (InputStream in = zip.getRawInputStream(e)) {
                    out.addRawArchiveEntry(copy, in);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary files
    }
}
