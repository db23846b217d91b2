package se.bilaga1.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams an xlsx sheet with fastexcel-reader (never POI's XSSFWorkbook, which holds the whole sheet in memory).
 * Numbers come out as plain decimal text, date cells as ISO dates, formula cells as their stored (cached) value. A
 * formula saved without a value comes out as its formula ({@code =SUM(B2:B4)}) and its column is marked on the row
 * ({@link SheetRow#formulasWithoutValue()}), so that the row is quarantined rather than read as blank.
 * Dates are read in the workbook's own date system, 1900 or 1904 ({@link WorkbookDateSystem}).
 * Hidden rows are data and are read; a hidden sheet is never chosen over a visible one.
 */
final class XlsxRowSource implements RowSource {

    private final ReadableWorkbook workbook;
    private final String sheetName;
    /** The hidden sheets not read, said on the file's message. */
    private final String remark;
    private final WorkbookDateSystem dates;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private SheetRow next;
    private int rowNo;

    private XlsxRowSource(ReadableWorkbook workbook, Sheet sheet, String remark, WorkbookDateSystem dates)
            throws IOException {
        this.workbook = workbook;
        this.remark = remark;
        this.dates = dates;
        this.sheetName = sheet.getName();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
    }

    static XlsxRowSource open(Path file, List<String> preferredSheetWords) throws IOException, FileRejectedException {
        // cell formats are read so that a date cell comes out as a date, not as Excel's day number
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        try {
            WorkbookDateSystem dates = WorkbookDateSystem.of(file);
            dates.checkReaderAgrees(workbook.isDate1904());
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                throw new IOException("the workbook has no sheet");
            }
            SheetChoice chosen = SheetChoice.of(sheets, Sheet::getName, s -> s.getVisibility() != SheetVisibility.VISIBLE,
                    preferredSheetWords);
            return new XlsxRowSource(workbook, sheets.get(chosen.index()), chosen.remark(), dates);
        } catch (IOException | FileRejectedException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public String remark() {
        return remark;
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            Row row = rows.next();
            // a row saved without its number (no r) is the one after the row before it; fastexcel-reader 0.20 numbers
            // such rows from 0, so a number not above the last one is taken the same way
            rowNo = Math.max(row.getRowNum(), rowNo + 1);
            SheetRow candidate = toSheetRow(row, rowNo);
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

    private SheetRow toSheetRow(Row row, int rowNo) {
        int width = row.getCellCount();
        List<String> cells = new ArrayList<>(width);
        List<Integer> withoutValue = List.of();
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            cells.add(text(cell));
            if (cell != null && cell.getType() == CellType.FORMULA && cell.getRawValue() == null) {
                withoutValue = withoutValue.isEmpty() ? new ArrayList<>(2) : withoutValue;
                withoutValue.add(i);
            }
        }
        return new SheetRow(rowNo, cells, withoutValue);
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell, cell.getRawValue(), cell.asNumber());
            case STRING -> cell.asString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case FORMULA -> formula(cell);
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    /** A formula's stored value as the same cell without the formula gives it; without one, the formula itself. */
    private String formula(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return "=" + cell.getFormula();
        }
        if (cell.getValue() instanceof BigDecimal value) {
            return number(cell, raw, value);
        }
        if (cell.getValue() instanceof Boolean value) {
            return String.valueOf(value);
        }
        return raw; // text, or an error such as #DIV/0! that no parser takes
    }

    /** A number, or the ISO date it is when its format is a date's. */
    private String number(Cell cell, String raw, BigDecimal value) {
        return isDate(cell) && isDateValue(value) ? isoDate(cell) : number(raw, value);
    }

    /**
     * Days from the start of the workbook's date system up to 9999-12-31. Another number in a date format is no date
     * (Excel shows #####): it comes out as the number, for the layout to refuse, rather than as a date of year 275,000
     * or an exception.
     */
    private boolean isDateValue(BigDecimal value) {
        double days = value.doubleValue();
        return days >= 0 && days < dates.lastDay() + 1;
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        // 0 is General, never a date: most numeric cells, so they skip POI's format check
        return id != null && id != 0 && format != null && DateUtil.isADateFormat(id, format);
    }

    /**
     * {@code 2024-03-05}, or {@code 2024-03-05T10:15} when the cell holds a time of day too: in the reader's date
     * system, which {@link WorkbookDateSystem#checkReaderAgrees} has held to the workbook's.
     */
    private static String isoDate(Cell cell) {
        java.time.LocalDateTime when = cell.asDate();
        return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? when.toLocalDate().toString() : when.toString();
    }

    /**
     * A whole number as Excel writes it ({@code 2024} or {@code 2024.0}) is its digits; anything else goes through
     * BigDecimal (exponents, fractions). The shortcut matters: most cells of a large sheet are whole numbers.
     */
    private static String number(String raw, BigDecimal value) {
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
        return plain(value);
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
