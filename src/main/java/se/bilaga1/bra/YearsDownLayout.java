package se.bilaga1.bra;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.bilaga1.ingest.FileLayout;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SwedishNumber;

/**
 * Brå's published table turned on its side: a year down the left ({@code År}), one column per statute, perhaps a
 * {@code Totalt} column. It loads to the facts the table with the years across loads to: each statute × year cell a
 * count, the Totalt column the year's total (checked against the statutes by reconciliation, as the total row of
 * the wide table is). A total row below the years (each statute over the years) has no year to be a fact of: it is
 * checked here against the years above it, a note when it agrees, quarantined naming the sum when it does not.
 */
class YearsDownLayout implements FileLayout {

    private final Measure measure;
    private final SheetRow header;
    /** Column → statute key ({@link Lagrum#TOTALT} for the total column), in column order. */
    private final Map<Integer, String> lagrumOfColumn;
    private final int firstCountColumn;
    private final Map<Integer, Integer> rowOfYear = new HashMap<>();
    private final YearSums sums = new YearSums();

    YearsDownLayout(Measure measure, SheetRow header, Map<Integer, String> lagrumOfColumn) {
        this.measure = measure;
        this.header = header;
        this.lagrumOfColumn = lagrumOfColumn;
        this.firstCountColumn = lagrumOfColumn.keySet().iterator().next();
    }

    /**
     * A statute header over two rows ({@code BrB 4 kap.} merged over {@code Människohandel (1a §)} and
     * {@code Människoexploatering (1b §)}) read as one: each lower cell after the upper cell above it, or the nearest
     * one to its left (a merged cell reads blank but for its first column). Column A holds the years and is left out;
     * a total is not put under a chapter it only stands beside.
     */
    static SheetRow underChapters(SheetRow upper, SheetRow lower) {
        List<String> cells = new ArrayList<>();
        String chapter = "";
        for (int i = 0; i < Math.max(upper.width(), lower.width()); i++) {
            String above = upper.cell(i).strip();
            String below = lower.cell(i).strip();
            // only a cell naming one chapter heads the cells below it: a title over them names none, or several
            chapter = i == 0 ? "" : above.isEmpty() ? chapter : oneChapter(above) ? above : "";
            boolean ownTotal = above.isEmpty() && Lagrum.isTotal(below);
            cells.add(i == 0 || ownTotal || chapter.isEmpty() ? below : (chapter + " " + below).strip());
        }
        return new SheetRow(lower.rowNo(), cells);
    }

    private static boolean oneChapter(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        int first = lower.indexOf("kap");
        return first >= 0 && lower.indexOf("kap", first + 1) < 0 && cell.indexOf('§') < 0;
    }

    @Override
    public String name() {
        return "bra.publicerad_tabell." + measure.name().toLowerCase() + ".ar_nedat";
    }

    @Override
    public List<String> duplicatedColumns() {
        return DuplicateColumns.of(lagrumOfColumn);
    }

    @Override
    public boolean reads(int column) {
        return column < firstCountColumn || lagrumOfColumn.containsKey(column);
    }

    @Override
    public String titleKind(SheetRow row) {
        return BraNotes.titleKind(row);
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        if (BraNotes.isFootnote(row.firstText())) {
            return RowOutcome.note(source, "fotnot");
        }
        MarkedCells cells = new MarkedCells(c -> SheetRow.describeColumn(header, c), row);
        Integer year = null;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < firstCountColumn; i++) {
            String label = cells.label(i);
            labels.add(label);
            if (year == null) {
                year = BraLayoutDetector.yearOf(label);
            }
        }
        String label = String.join(" ", labels.stream().filter(s -> !s.isBlank()).toList());
        boolean noValues = lagrumOfColumn.keySet().stream().allMatch(i -> row.cell(i).isBlank());
        if (year == null) {
            if (!noValues && Lagrum.isTotal(label)) {
                return totalRow(source, cells);
            }
            if (noValues) {
                return RowOutcome.note(source, "text");
            }
            sums.incomplete();
            return RowOutcome.quarantine(source, SheetRow.describeColumn(header, 0), label,
                    "no year recognised in the row label: expected a year 1990–2100, e.g. 2024, or Totalt");
        }
        Integer earlier = rowOfYear.putIfAbsent(year, row.rowNo());
        if (earlier != null) {
            sums.incomplete();
            return RowOutcome.quarantine(source, SheetRow.describeColumn(header, 0), label,
                    year + " is given twice in this table: first on row " + earlier);
        }
        List<BraFacts.PublishedCount> facts = new ArrayList<>();
        Map<Integer, SwedishNumber.Parsed> values = new HashMap<>();
        for (Map.Entry<Integer, String> column : lagrumOfColumn.entrySet()) {
            SwedishNumber.Parsed value = cells.count(column.getKey());
            if (value != null) {
                values.put(column.getKey(), value);
                facts.add(new BraFacts.PublishedCount(measure, column.getValue(), year, value.value(),
                        value.printedMarker(), statuteLabel(column.getKey()), header.cell(column.getKey()).strip(),
                        row.cellRef(column.getKey())));
            }
        }
        if (cells.hasErrors()) {
            sums.incomplete();
        } else {
            sums.add(year, values);
        }
        return cells.outcome(source, facts);
    }

    /** A total over the years: each column's figure against the sum of the years above it. */
    private RowOutcome totalRow(SourceRow source, MarkedCells cells) {
        List<QuarantineEntry> wrong = new ArrayList<>();
        for (int column : lagrumOfColumn.keySet()) {
            SwedishNumber.Parsed stated = cells.count(column);
            Optional<String> disagreement = stated == null ? Optional.empty() : sums.check(column, stated);
            disagreement.ifPresent(reason -> wrong.add(new QuarantineEntry(SheetRow.describeColumn(header, column),
                    source.row().cell(column), reason)));
        }
        if (cells.hasErrors()) {
            return cells.outcome(source, List.of());
        }
        return wrong.isEmpty() ? RowOutcome.note(source, "totalrad") : new RowOutcome.Quarantined(source, wrong);
    }

    private String statuteLabel(int column) {
        return Fotnotstecken.split(header.cell(column)).text();
    }

    /** The years read so far and each column's sum over them, for a total row below them. */
    private static final class YearSums {
        private final List<Integer> years = new ArrayList<>();
        private final Map<Integer, BigDecimal> sums = new HashMap<>();
        private final Map<Integer, Integer> missing = new HashMap<>();
        private boolean incomplete;

        void add(int year, Map<Integer, SwedishNumber.Parsed> values) {
            years.add(year);
            values.forEach((column, value) -> {
                if (value.hasValue()) {
                    sums.merge(column, value.value(), BigDecimal::add);
                } else {
                    missing.putIfAbsent(column, year);
                }
            });
        }

        /** A row above could not be read: what the years sum to is not known. */
        void incomplete() {
            incomplete = true;
        }

        /**
         * Why {@code stated} is not the column's sum, or empty when it is, or when there is nothing to compare (no year
         * above, a year unreadable or missing), as {@code BraTableTotals} leaves such a year unchecked.
         */
        Optional<String> check(int column, SwedishNumber.Parsed stated) {
            if (!stated.hasValue() || years.isEmpty() || incomplete) {
                return Optional.empty();
            }
            if (missing.containsKey(column)) {
                return Optional.empty();
            }
            BigDecimal sum = sums.getOrDefault(column, BigDecimal.ZERO);
            if (sum.compareTo(stated.value()) == 0) {
                return Optional.empty();
            }
            return Optional.of("the total " + stated.value().toPlainString() + " is not the sum of the years above it ("
                    + yearRange() + "): expected " + sum.toPlainString());
        }

        private String yearRange() {
            int first = years.stream().min(Integer::compare).orElseThrow();
            int last = years.stream().max(Integer::compare).orElseThrow();
            return first == last ? String.valueOf(first) : first + "–" + last;
        }
    }
}
