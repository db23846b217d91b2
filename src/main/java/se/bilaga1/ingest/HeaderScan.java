package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's first rows until one is a header the source recognises; the rows before it are title rows.
 * A file with no such row among its first {@value #MAX_TITLE_ROWS} is rejected, saying what was expected, and so is
 * a header naming a known column twice. A row the reader could not read cleanly ({@link SheetRow#defect()}) is
 * never taken for the header: it counts among the title rows (and goes to quarantine).
 */
public final class HeaderScan {

    public static final int MAX_TITLE_ROWS = 30;

    /** Tells whether a row is the header of a layout the source knows. */
    public interface Recogniser {
        /**
         * @param titles the rows read before this one
         * @return the layout whose header {@code row} is, or null when it is not a header
         * @throws FileRejectedException when the row is a header that cannot be used (a required column missing)
         */
        FileLayout recognise(SheetRow row, List<SheetRow> titles) throws FileRejectedException;
    }

    /** The layout a header naming the source's columns makes. */
    public interface Columns {
        FileLayout layout(HeaderMatch match, SheetRow header) throws FileRejectedException;
    }

    private HeaderScan() {
    }

    /**
     * The usual header, one row of named columns: the first row naming two or more of the source's columns is the
     * header; one that lacks a required column rejects the file, naming what is missing and what was expected.
     *
     * @param describe what such a file is, for the rejection message ({@code a corrections file})
     */
    public static LayoutDetector.Detection columns(RegisteredFile file, RowSource rows, String source, List<String> required,
            List<String> optional, ColumnAliases aliases, String expected, String describe, Columns layout)
            throws FileRejectedException {
        return scan(file, rows, (row, titles) -> {
            HeaderMatch match = HeaderMatch.of(row, source, required, optional, aliases);
            if (match.isComplete()) {
                return layout.layout(match, row);
            }
            if (match.columns().size() < 2) {
                return null;
            }
            throw new FileRejectedException(file.fileName() + ": the header on row " + row.rowNo()
                    + " lacks the required column(s) " + String.join(", ", match.missing()) + ": expected " + expected + ".");
        }, describe + " with the columns " + expected);
    }

    /** @param expected what a header looks like, for the rejection message */
    public static LayoutDetector.Detection scan(RegisteredFile file, RowSource rows, Recogniser recogniser, String expected)
            throws FileRejectedException {
        List<SheetRow> titles = new ArrayList<>();
        SheetRow firstDefective = null;
        while (rows.hasNext() && titles.size() < MAX_TITLE_ROWS) {
            SheetRow row = rows.next();
            FileLayout layout = row.defect() == null ? recogniser.recognise(row, titles) : null;
            if (layout != null) {
                if (!layout.duplicatedColumns().isEmpty()) {
                    throw new FileRejectedException(file.fileName() + ": the header on row " + row.rowNo()
                            + " names a column more than once: " + String.join(", ", layout.duplicatedColumns())
                            + ": expected each column once (which of them holds the values cannot be told).");
                }
                return new LayoutDetector.Detection(layout, titles, row);
            }
            if (firstDefective == null && row.defect() != null) {
                firstDefective = row;
            }
            titles.add(row);
        }
        if (titles.isEmpty()) {
            throw new FileRejectedException(file.fileName() + ": no rows at all (the file is empty or blank). Expected "
                    + expected + ".");
        }
        throw new FileRejectedException(file.fileName() + ": no header found in the first " + MAX_TITLE_ROWS + " rows"
                + (firstDefective == null ? "" : " (row " + firstDefective.rowNo() + " could not be read: "
                        + firstDefective.defect().reason() + ")")
                + ". Expected " + expected + ".");
    }
}
