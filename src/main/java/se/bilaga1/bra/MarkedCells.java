package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SwedishNumber;

/**
 * One row of a published table as it is read: figures and labels without their footnote marks, each mark kept as a
 * remark on the row (the file's notes, beside the footnote texts themselves), each cell that is no figure as a
 * quarantine entry.
 */
final class MarkedCells {

    /** The note kind a footnote mark on a loaded row is kept under. */
    static final String KIND = "fotnotstecken";

    private final IntFunction<String> describe;
    private final SheetRow row;
    private final List<QuarantineEntry> errors = new ArrayList<>();
    private final List<RowOutcome.Remark> remarks = new ArrayList<>();

    /** {@code describe}: a column as quarantine names it, e.g. {@code F (2024)}. */
    MarkedCells(IntFunction<String> describe, SheetRow row) {
        this.describe = describe;
        this.row = row;
    }

    /** The label in {@code column}, stripped of its mark. */
    String label(int column) {
        Fotnotstecken.Split split = Fotnotstecken.split(row.cell(column));
        if (split.marked()) {
            remark(column, split);
        }
        return split.text();
    }

    /** The count in {@code column}, or null when it is no count (a quarantine entry then). */
    SwedishNumber.Parsed count(int column) {
        String raw = row.cell(column);
        Fotnotstecken.Split split = Fotnotstecken.split(raw);
        try {
            // a table of counts: a negative or fractional figure is an error, not a figure to publish
            SwedishNumber.Parsed value = SwedishNumber.parseCount(split.text());
            if (split.marked()) {
                remark(column, split);
            }
            return value;
        } catch (NumberFormatException e) {
            error(column, split.marked() ? e.getMessage().replace(QuarantineEntry.quote(split.text()),
                    QuarantineEntry.quote(raw)) + ", with at most a footnote mark after it" : e.getMessage());
            return null;
        }
    }

    /** The row goes to quarantine: {@code column}'s cell as {@code reason} says. */
    void error(int column, String reason) {
        errors.add(new QuarantineEntry(describe.apply(column), row.cell(column), reason));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Loaded with its remarks, or quarantined when a cell was no count. */
    RowOutcome outcome(SourceRow source, List<?> facts) {
        return errors.isEmpty() ? new RowOutcome.Loaded(source, facts, List.copyOf(remarks))
                : new RowOutcome.Quarantined(source, List.copyOf(errors));
    }

    private void remark(int column, Fotnotstecken.Split split) {
        remarks.add(new RowOutcome.Remark(KIND, row.cellRef(column) + " " + QuarantineEntry.quote(row.cell(column).strip())
                + ": read as " + QuarantineEntry.quote(split.text()) + ", footnote mark " + split.mark().strip()
                + " (its text among the file's notes)"));
    }
}
