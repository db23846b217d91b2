package se.bilaga1.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.RecordFormatException;

/**
 * The cells of .xls records as text, as {@link XlsxRowSource} gives the same cells of an xlsx: numbers as plain decimal
 * text, numbers in a date format as ISO dates, a formula as its cached value (a text result arrives in the
 * {@link StringRecord} after the formula), errors as Excel shows them ({@code #DIV/0!}).
 */
final class XlsCells {

    record Cell(int row, int column, String text) {
    }

    private SSTRecord strings;
    private boolean date1904;
    private FormatTrackingHSSFListener formats;
    /** A formula whose text result is in the next StringRecord. */
    private FormulaRecord pendingText;

    void strings(SSTRecord sst) {
        this.strings = sst;
    }

    void date1904(boolean date1904) {
        this.date1904 = date1904;
    }

    void formats(FormatTrackingHSSFListener formats) {
        this.formats = formats;
    }

    /** The cells a record holds: none, one, or several (MULRK). */
    List<Cell> of(Record r) {
        if (r instanceof LabelSSTRecord label) {
            return List.of(new Cell(label.getRow(), label.getColumn(), shared(label.getSSTIndex())));
        }
        if (r instanceof NumberRecord number) {
            return List.of(number(number));
        }
        if (r instanceof RKRecord rk) {
            return List.of(number(RecordFactory.convertToNumberRecord(rk)));
        }
        if (r instanceof MulRKRecord mulrk) {
            return java.util.Arrays.stream(RecordFactory.convertRKRecords(mulrk)).map(this::number).toList();
        }
        if (r instanceof LabelRecord label) {
            return List.of(new Cell(label.getRow(), label.getColumn(), label.getValue()));
        }
        if (r instanceof BoolErrRecord boolErr) {
            return List.of(new Cell(boolErr.getRow(), boolErr.getColumn(), boolErr.isBoolean()
                    ? String.valueOf(boolErr.getBooleanValue()) : error(boolErr.getErrorValue())));
        }
        if (r instanceof FormulaRecord formula) {
            return formula(formula);
        }
        if (r instanceof StringRecord text && pendingText != null) {
            FormulaRecord formula = pendingText;
            pendingText = null;
            return List.of(new Cell(formula.getRow(), formula.getColumn(), text.getString()));
        }
        return List.of();
    }

    private List<Cell> formula(FormulaRecord formula) {
        pendingText = null;
        CellType type = formula.getCachedResultTypeEnum();
        return switch (type) {
            case NUMERIC -> List.of(number(formula, formula.getValue()));
            case BOOLEAN -> List.of(new Cell(formula.getRow(), formula.getColumn(),
                    String.valueOf(formula.getCachedBooleanValue())));
            case ERROR -> List.of(new Cell(formula.getRow(), formula.getColumn(),
                    error((byte) formula.getCachedErrorValue())));
            case STRING -> {
                if (formula.hasCachedResultString()) {
                    pendingText = formula;
                    yield List.of();
                }
                yield List.of(new Cell(formula.getRow(), formula.getColumn(), "")); // an empty text result
            }
            default -> List.of();
        };
    }

    private String shared(int index) {
        if (strings == null || index < 0 || index >= strings.getNumUniqueStrings()) {
            throw new RecordFormatException("a cell points at shared string " + index + " of "
                    + (strings == null ? 0 : strings.getNumUniqueStrings()));
        }
        return strings.getString(index).getString();
    }

    private Cell number(NumberRecord number) {
        return number(number, number.getValue());
    }

    private Cell number(CellValueRecordInterface cell, double value) {
        return new Cell(cell.getRow(), cell.getColumn(), isDate(cell) && isDateValue(value)
                ? isoDate(DateUtil.getLocalDateTime(value, date1904)) : plain(value));
    }

    private boolean isDate(CellValueRecordInterface cell) {
        int index = formats.getFormatIndex(cell);
        String format = formats.getFormatString(cell);
        // 0 is General, never a date: most numeric cells, so they skip POI's format check
        return index > 0 && format != null && DateUtil.isADateFormat(index, format);
    }

    /** Days up to 9999-12-31 in the workbook's date system; another number in a date format stays a number. */
    private boolean isDateValue(double days) {
        return days >= 0 && days < (date1904 ? 2_957_004 : 2_958_466);
    }

    private static String isoDate(LocalDateTime when) {
        return when.toLocalTime().equals(LocalTime.MIDNIGHT) ? when.toLocalDate().toString() : when.toString();
    }

    /** Whole numbers as their digits, others as plain decimal text: the shortest text that is the double. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal stripped = BigDecimal.valueOf(value).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}
