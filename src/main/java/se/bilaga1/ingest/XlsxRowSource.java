package se.bilaga1.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams an xlsx sheet with fastexcel-reader (never POI's XSSFWorkbook, which holds the whole sheet in memory).
 * Numbers come out as plain decimal text, formula cells as their cached value.
 */
final class XlsxRowSource implements RowSource {

    private final ReadableWorkbook workbook;
    private final String sheetName;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private SheetRow next;

    private XlsxRowSource(ReadableWorkbook workbook, Sheet sheet) throws IOException {
        this.workbook = workbook;
        this.sheetName = sheet.getName();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
    }

    static XlsxRowSource open(Path file, List<String> preferredSheetWords) throws IOException {
        // cell formats are read so that a date cell comes out as a date, not as Excel's day number
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        try {
            Sheet sheet = workbook.getSheets()
                    .filter(s -> preferredSheetWords.stream().anyMatch(w -> HeaderNames.fold(s.getName()).contains(w)))
                    .findFirst()
                    .orElseGet(workbook::getFirstSheet);
            return new XlsxRowSource(workbook, sheet);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            Row row = rows.next();
            SheetRow candidate = toSheetRow(row);
            if (!candidate.isBlank()) {
                next = candidate;
            }
        }
        return next != null;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = next;
        next = null;
        return row;
    }

    private static SheetRow toSheetRow(Row row) {
        int width = row.getCellCount();
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(text(row.getCell(i)));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? isoDate(cell) : number(cell);
            case STRING -> cell.asString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        // 0 is General, never a date: most numeric cells, so they skip POI's format check
        return id != null && id != 0 && format != null && DateUtil.isADateFormat(id, format);
    }

    /** {@code 2024-03-05}, or {@code 2024-03-05T10:15} when the cell holds a time of day too. */
    private static String isoDate(Cell cell) {
        java.time.LocalDateTime when = cell.asDate();
        return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? when.toLocalDate().toString() : when.toString();
    }

    /**
     * A whole number as Excel writes it ({@code 2024} or {@code 2024.0}) is its digits; anything else goes through
     * BigDecimal (exponents, fractions). The shortcut matters: most cells of a large sheet are whole numbers.
     */
    private static String number(Cell cell) {
        String raw = cell.getRawValue();
        if (raw != null) {
            int end = raw.length();
            if (end > 2 && raw.charAt(end - 2) == '.' && raw.charAt(end - 1) == '0') {
                end -= 2;
            }
            boolean digits = end > 0 && end <= 15 && !(end > 1 && raw.charAt(0) == '0');
            for (int i = 0; digits && i < end; i++) {
                char c = raw.charAt(i);
                digits = c >= '0' && c <= '9';
            }
            if (digits) {
                return end == raw.length() ? raw : raw.substring(0, end);
            }
        }
        return plain(cell.asNumber());
    }

    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
