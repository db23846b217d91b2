package se.bilaga1.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Saves a sample workbook so that regenerating it gives the same bytes: fixed zip entry times, no time zone. */
final class ReproducibleXlsx {

    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    private ReproducibleXlsx() {
    }

    static void save(XSSFWorkbook wb, Path file) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        wb.write(raw);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             OutputStream fileOut = Files.newOutputStream(file);
             ZipOutputStream out = new ZipOutputStream(fileOut)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
