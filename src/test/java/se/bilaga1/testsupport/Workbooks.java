package se.bilaga1.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small xlsx fixtures in tests: numbers become numeric cells, everything else text, null an empty cell. */
public final class Workbooks {

    private Workbooks() {
    }

    public static Path write(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /**
     * Sets the workbook settings of {@code xlsx} in place: its {@code <workbookPr …/>} element in xl/workbook.xml becomes
     * {@code workbookPr} as given (e.g. {@code <workbookPr date1904="1"/>}, as Excel for Mac saves the 1904 date system).
     */
    public static Path workbookPr(Path xlsx, String workbookPr) {
        return rewrite(xlsx, "xl/workbook.xml", xml -> {
            Matcher m = Pattern.compile("<workbookPr[^>]*/>").matcher(xml);
            if (!m.find()) {
                throw new IllegalStateException("no <workbookPr/> in " + xml);
            }
            return m.replaceFirst(Matcher.quoteReplacement(workbookPr));
        });
    }

    /** Rewrites one XML part of {@code xlsx} in place with {@code edit}, every other part kept as it is. */
    public static Path rewrite(Path xlsx, String part, UnaryOperator<String> edit) {
        return editParts(xlsx, parts -> parts.put(part, edit.apply(new String(parts.get(part), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Rewrites {@code xlsx} in place with its parts (name to content, in the zip's order) as {@code edit} leaves them. */
    public static Path editParts(Path xlsx, Consumer<Map<String, byte[]>> edit) {
        try {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
            edit.accept(parts);
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(xlsx))) {
                for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                    out.putNextEntry(new ZipEntry(p.getKey()));
                    out.write(p.getValue());
                    out.closeEntry();
                }
            }
            return xlsx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
