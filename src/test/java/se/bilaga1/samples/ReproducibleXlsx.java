package se.bilaga1.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Date;
import java.util.stream.Collectors;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

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

    /** Every cell of every sheet: sheet!address → type and raw value. */
    static Map<String, String> cells(Path xlsx) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            for (Sheet sh : wb.getSheets().collect(Collectors.toList())) {
                out.put(sh.getName(), "sheet");
                for (Row r : sh.read()) {
                    for (Cell c : r) {
                        if (c != null) {
                            out.put(sh.getName() + "!" + c.getAddress(), c.getType() + " " + c.getText());
                        }
                    }
                }
            }
        }
        return out;
    }
    /** The zip entries in order: name and time stamp → uncompressed content. */
    static Map<String, String> zipEntries(Path xlsx) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.put(e.getName() + " @ " + e.getTimeLocal(),
                        new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    static void fixProperties(XSSFWorkbook wb) {
        // a fixed creation date keeps the document properties stable between regenerations
        wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1735689600000L))); // 2025-01-01Z
        wb.getProperties().getCoreProperties().setCreator("Bilaga 1 sample generator");
    }
}
