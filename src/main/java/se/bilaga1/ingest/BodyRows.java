package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The body rows of one file, each interpreted by the file's layout as it is read. A row the reader could not read
 * cleanly goes to quarantine uninterpreted, a row holding formulas without a value goes there when the layout reads
 * one of them, and a CSV row the layout would load but whose cells do not fit the header ({@link CsvRowShape}) goes
 * there too. Holds no state of the step's reader, so it may run ahead on a thread of its own.
 */
final class BodyRows implements Iterator<RowOutcome> {

    static final String FORMULA_WITHOUT_VALUE = "a formula whose value is not stored in the file (it was saved by a"
            + " program that does not calculate): expected a value; open the file in Excel or LibreOffice, recalculate"
            + " and save it, or type the value in";

    private final SourceRow.LoadingFile file;
    private final RowSource rows;
    private final SheetRow header;
    /** The file's row shape when it is a CSV file, else null. */
    private final CsvRowShape shape;

    BodyRows(SourceRow.LoadingFile file, RowSource rows, SheetRow header, CsvRowShape shape) {
        this.file = file;
        this.rows = rows;
        this.header = header;
        this.shape = shape;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public RowOutcome next() {
        SheetRow row = rows.next();
        SourceRow body = new SourceRow(file, SourceRow.Phase.BODY, row);
        if (row.defect() != null) {
            return defective(body, header);
        }
        RowOutcome outcome = row.formulasWithoutValue().isEmpty() ? file.layout().interpret(body) : withoutValue(body);
        if (shape != null && outcome instanceof RowOutcome.Loaded) {
            QuarantineEntry misfit = shape.misfit(row, file.layout()::reads);
            if (misfit != null) {
                return new RowOutcome.Quarantined(body, List.of(misfit));
            }
        }
        return outcome;
    }

    /**
     * A row the reader could not read cleanly, quarantined with its defect; its column named by the header if known
     * (null for a title row, read before the header).
     */
    static RowOutcome defective(SourceRow source, SheetRow header) {
        SheetRow.Defect defect = source.row().defect();
        String column = defect.column() < 0 ? null : SheetRow.describeColumn(header, defect.column());
        return RowOutcome.quarantine(source, column, defect.raw(), defect.reason());
    }

    /**
     * A row holding formulas the file has no value for: quarantined with an entry for each that the layout reads
     * (their text is the formula, which no layout must take for a value); interpreted as usual when it reads none.
     */
    private RowOutcome withoutValue(SourceRow row) {
        List<QuarantineEntry> entries = new ArrayList<>();
        for (int column : row.row().formulasWithoutValue()) {
            if (row.file().layout().reads(column)) {
                entries.add(new QuarantineEntry(SheetRow.describeColumn(header, column), row.row().cell(column),
                        FORMULA_WITHOUT_VALUE));
            }
        }
        return entries.isEmpty() ? row.file().layout().interpret(row) : new RowOutcome.Quarantined(row, entries);
    }
}
