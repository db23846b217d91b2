package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import se.bilaga1.ingest.FileLayout;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SwedishNumber;

/**
 * Brå's published table: the cells left of the first year column, read together, name a statute (or the table's
 * total: {@code Totalt}, {@code Summa}, loaded under {@link Lagrum#TOTALT} to be checked against the rows); each year
 * column holds its count. A blank label cell left of the last label column is filled from the row above, as
 * a merged or grouped {@code BrB 4 kap.} cell reads in the printed table. A row of labels right below the header is its
 * second row ({@link YearColumns}); a total across the years is checked on its row, not loaded.
 */
class WideTableLayout implements FileLayout {

    /** The warehouse's label column. */
    static final int MAX_LABEL = 500;

    private final Measure measure;
    private final int firstYearColumn;
    private final Map<String, Integer> rowOfLagrum = new HashMap<>();
    private YearColumns columns;
    private boolean dataSeen;
    private String[] previousLabels;

    WideTableLayout(Measure measure, SheetRow header, List<Integer> yearColumns) {
        this.measure = measure;
        this.columns = YearColumns.of(header, yearColumns);
        this.firstYearColumn = yearColumns.get(0);
    }

    @Override
    public String name() {
        return "bra.publicerad_tabell." + measure.name().toLowerCase();
    }

    @Override
    public String titleKind(SheetRow row) {
        return BraNotes.titleKind(row);
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        String first = row.firstText();
        if (BraNotes.isFootnote(first)) {
            return RowOutcome.note(source, "fotnot");
        }
        MarkedCells cells = new MarkedCells(columns::describe, row);
        String[] labels = labels(row, cells);
        String label = joined(labels);
        if (label.length() > MAX_LABEL) {
            return RowOutcome.quarantine(source, columns.describe(0), label, "longer than " + MAX_LABEL
                    + " characters: expected a statute and its name, e.g. '4 kap. 1 a § BrB Människohandel'");
        }
        boolean noValues = IntStream.range(firstYearColumn, row.width()).filter(columns::reads)
                .allMatch(i -> row.cell(i).isBlank());
        Optional<String> lagrum = Lagrum.parse(label);
        if (lagrum.isEmpty() && !noValues && Lagrum.isTotal(label)) {
            lagrum = Optional.of(Lagrum.TOTALT);
        }
        if (lagrum.isEmpty() && !dataSeen && columns.isSecondRow(row)) {
            columns = columns.withSecondRow(row);
            return RowOutcome.note(source, "rubrik");
        }
        if (lagrum.isEmpty()) {
            if (noValues) {
                return RowOutcome.note(source, "text");
            }
            return RowOutcome.quarantine(source, columns.describe(0), label,
                    "no statute recognised in the row label: expected chapter and section, e.g."
                            + " '4 kap. 1 a § BrB Människohandel' or 'BrB 4 kap.' + 'Människohandel (1a §)'");
        }
        dataSeen = true;
        previousLabels = labels;
        String repeated = columns.repeatedYear();
        if (repeated != null) {
            return RowOutcome.quarantine(source, columns.describe(0), label, "the header gives the year " + repeated
                    + " with no second header row below it to tell the columns apart: which holds the count cannot be"
                    + " told");
        }
        Integer earlier = rowOfLagrum.putIfAbsent(lagrum.get(), row.rowNo());
        if (earlier != null) {
            return RowOutcome.quarantine(source, columns.describe(0), label,
                    lagrum.get() + " is given twice in this table: first on row " + earlier);
        }
        List<BraFacts.PublishedCount> facts = new ArrayList<>();
        List<SwedishNumber.Parsed> counts = new ArrayList<>();
        for (YearColumns.Span year : columns.years()) {
            SwedishNumber.Parsed value = TotalCheck.count(year, cells, columns);
            counts.add(value);
            if (value != null) {
                facts.add(new BraFacts.PublishedCount(measure, lagrum.get(), year.year(), value.value(),
                        value.printedMarker(), label, columns.name(year.count()), row.cellRef(year.count())));
            }
        }
        TotalCheck.acrossYears(columns, cells, counts);
        return cells.outcome(source, facts);
    }

    @Override
    public boolean reads(int column) {
        return column < firstYearColumn || columns.reads(column);
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
