package se.bilaga1.ingest;

import java.util.Arrays;

/**
 * The record {@link CsvReader} is reading: the line it starts on, its cells so far and the first thing wrong with
 * it. Kept apart from the scanning so that the reader's buffer handling reads on its own.
 */
final class CsvRecord {

    private final String encoding;
    private String[] cells = new String[16];
    private int width;
    private int line;
    private SheetRow.Defect defect;

    CsvRecord(String encoding) {
        this.encoding = encoding;
    }

    /** Starts a record on the given physical line. */
    void begin(int startLine) {
        line = startLine;
        width = 0;
        defect = null;
    }

    int line() {
        return line;
    }

    /** How many cells the record has so far; the column the next cell will be in. */
    int width() {
        return width;
    }

    void add(String cell) {
        if (width == cells.length) {
            cells = Arrays.copyOf(cells, width * 2);
        }
        cells[width++] = cell;
    }

    void flagNul() {
        flag(width, null, "a NUL character (byte 0) in column " + SheetRow.columnLetters(width) + ": expected text"
                + " (a binary file, or text in UTF-16?)");
    }

    void flagMalformed() {
        flag(width, null, "bytes that are not valid " + encoding + " in column " + SheetRow.columnLetters(width)
                + " (shown as \uFFFD): expected " + encoding + " throughout, as the rest of the file is written");
    }

    /** Keeps the first defect only: the row is set aside for it, the rest would repeat the point. */
    void flag(int column, String raw, String reason) {
        if (defect == null) {
            defect = new SheetRow.Defect(column, raw, reason);
        }
    }

    /** The record as read; a defect without its own raw text shows the cell it was found in. */
    SheetRow row() {
        SheetRow.Defect d = defect;
        if (d != null && d.raw() == null) {
            d = new SheetRow.Defect(d.column(), d.column() < width ? cells[d.column()] : "", d.reason());
        }
        return new SheetRow(line, Arrays.asList(Arrays.copyOf(cells, width)), d);
    }
}
