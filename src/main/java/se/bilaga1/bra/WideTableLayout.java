package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.bilaga1.ingest.FileLayout;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SwedishNumber;

/**
 * Brå's published table: the cells left of the first year column, read together, name a statute (or the table's
 * total: {@code Totalt}, {@code Summa}, loaded under {@link Lagrum#TOTALT} to be checked against the rows); each year
 * column holds its count. A blank label cell left of the last label column is filled from the row above, as
 * a merged or grouped {@code BrB 4 kap.} cell reads in the label table.
 */
class WideTableLayout implements FileLayout {

    /** The warehouse's label column. */
    static final int MAX_LABEL = 500;

    private final Measure measure;
    private final SheetRow header;
    private final List<Integer> yearColumns;
    private final int firstYearColumn;
    private final Map<String, Integer> rowOfLagrum = new HashMap<>();
    private String[] previousLabels;

    WideTableLayout(Measure measure, SheetRow header, List<Integer> yearColumns) {
        this.measure = measure;
        this.header = header;
        this.yearColumns = yearColumns;
        this.firstYearColumn = yearColumns.get(0);
    }

    @Override
    public String name() {
        return "bra.publicerad_tabell." + measure.name().toLowerCase();
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        String first = row.firstText();
        if (BraNotes.isFootnote(first)) {
            return RowOutcome.note(source, "fotnot");
        }
        MarkedCells cells = new MarkedCells(header, row);
        String[] labels = labels(row, cells);
        String label = joined(labels);
        if (label.length() > MAX_LABEL) {
            return RowOutcome.quarantine(source, SheetRow.describeColumn(header, 0), label, "longer than " + MAX_LABEL
                    + " characters: expected a statute and its name, e.g. '4 kap. 1 a § BrB Människohandel'");
        }
        boolean noValues = yearColumns.stream().allMatch(i -> row.cell(i).isBlank());
        Optional<String> lagrum = Lagrum.parse(label);
        if (lagrum.isEmpty() && !noValues && Lagrum.isTotal(label)) {
            lagrum = Optional.of(Lagrum.TOTALT);
        }
        if (lagrum.isEmpty()) {
            if (noValues) {
                return RowOutcome.note(source, "text");
            }
            return RowOutcome.quarantine(source, SheetRow.describeColumn(header, 0), label,
                    "no statute recognised in the row label: expected chapter and section, e.g."
                            + " '4 kap. 1 a § BrB Människohandel' or 'BrB 4 kap.' + 'Människohandel (1a §)'");
        }
        previousLabels = labels;
        Integer earlier = rowOfLagrum.putIfAbsent(lagrum.get(), row.rowNo());
        if (earlier != null) {
            return RowOutcome.quarantine(source, SheetRow.describeColumn(header, 0), label,
                    lagrum.get() + " is given twice in this table: first on row " + earlier);
        }
        List<BraFacts.PublishedCount> facts = new ArrayList<>(yearColumns.size());
        for (int column : yearColumns) {
            SwedishNumber.Parsed value = cells.count(column);
            if (value != null) {
                facts.add(new BraFacts.PublishedCount(measure, lagrum.get(), BraLayoutDetector.yearOf(header.cell(column)),
                        value.value(), value.printedMarker(), label, header.cell(column).strip(), row.cellRef(column)));
            }
        }
        return cells.outcome(source, facts);
    }

    @Override
    public boolean reads(int column) {
        return column < firstYearColumn || yearColumns.contains(column);
    }

    /** The label cells without their footnote marks, a blank one filled from the row above (a merged cell). */
    private String[] labels(SheetRow row, MarkedCells cells) {
        String[] labels = new String[firstYearColumn];
        boolean anyLabel = false;
        for (int i = 0; i < firstYearColumn; i++) {
            labels[i] = cells.label(i);
            anyLabel |= !labels[i].isEmpty();
        }
        if (anyLabel && previousLabels != null) {
            for (int i = 0; i < firstYearColumn - 1; i++) {
                if (labels[i].isEmpty()) {
                    labels[i] = previousLabels[i];
                }
            }
        }
        return labels;
    }

    private static String joined(String[] cells) {
        return String.join(" ", Arrays.stream(cells).filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
    }
}
