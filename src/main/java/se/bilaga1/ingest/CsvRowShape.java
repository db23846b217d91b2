package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The shape a CSV file's header gives its rows, checked on each row a layout would load: no fewer cells than the
 * header's labelled columns (a missing cell), no value beyond them (an extra cell) and, in a layout read by column
 * name, no value under a blank label (a wide table's statute columns have none: it reads them by position). Either way a separator too few or too many may have shifted values into the wrong columns, where they
 * could still pass for valid; such a row goes to quarantine. (xlsx rows are not checked: a sheet leaves out its
 * empty trailing cells, and has no separators to lose.)
 */
final class CsvRowShape {

    private final SheetRow header;
    /** The header's cells up to and including its last label. */
    private final int labelled;
    /** Blank labels before the last label. */
    private final int[] unlabelled;

    private CsvRowShape(SheetRow header, int labelled, int[] unlabelled) {
        this.header = header;
        this.labelled = labelled;
        this.unlabelled = unlabelled;
    }

    /** @param byName whether the layout reads the columns by their labels ({@link ColumnLayout}) */
    static CsvRowShape of(SheetRow header, boolean byName) {
        int labelled = 0;
        for (int i = 0; i < header.width(); i++) {
            if (!header.cell(i).isBlank()) {
                labelled = i + 1;
            }
        }
        List<Integer> blank = new ArrayList<>();
        for (int i = 0; i < labelled && byName; i++) {
            if (header.cell(i).isBlank()) {
                blank.add(i);
            }
        }
        return new CsvRowShape(header, labelled, blank.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Why {@code row}'s cells do not fit the header, as a quarantine entry; null when they do. */
    QuarantineEntry misfit(SheetRow row) {
        return misfit(row, column -> false);
    }

    /**
     * As {@link #misfit(SheetRow)}, but a value beyond the header's last label in a column the layout reads is no
     * misfit: under a header of two rows the last year's sub-columns stand beyond its upper row's last label.
     */
    QuarantineEntry misfit(SheetRow row, IntPredicate reads) {
        int width = row.width();
        if (width < labelled) {
            return new QuarantineEntry(SheetRow.describeColumn(header, width), "", "the row has " + width + " cells, the"
                    + " header (row " + header.rowNo() + ") " + labelled + ": expected " + labelled + " (a missing"
                    + " separator shifts the values into the wrong columns)");
        }
        for (int i = labelled; i < width; i++) {
            if (!row.cell(i).isBlank() && !reads.test(i)) {
                return new QuarantineEntry(SheetRow.columnLetters(i), row.cell(i), "a value beyond the header's last"
                        + " column (" + SheetRow.describeColumn(header, labelled - 1) + "): expected at most " + labelled
                        + " cells (a separator inside an unquoted value shifts the values into the wrong columns)");
            }
        }
        for (int i : unlabelled) {
            if (!row.cell(i).isBlank()) {
                return new QuarantineEntry(SheetRow.columnLetters(i), row.cell(i), "a value in column "
                        + SheetRow.columnLetters(i) + ", which has no label in the header (row " + header.rowNo()
                        + "): expected a label naming the column, or no value");
            }
        }
        return null;
    }
}
