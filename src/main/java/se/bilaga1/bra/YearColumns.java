package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SwedishNumber;

/**
 * Where a wide table's figures stand: for each year the column holding its count, and the total across the years
 * ({@code Totalt}, {@code Summa}) if the table has one. Under a header of two rows (the years above, merged over a
 * second label row: {@code 2023} over {@code Kvinnor | Män | Totalt}) a year's count is its total sub-column and the
 * other sub-columns are its parts, checked against it.
 */
final class YearColumns {

    /** A year (0 for the total across the years), its count's column (-1 when no sub-column is a total) and parts. */
    record Span(int year, int count, List<Integer> parts) {
        boolean isTotal() {
            return year == 0;
        }
    }

    private final SheetRow upper;
    private final SheetRow lower;
    private final List<Span> spans;

    private YearColumns(SheetRow upper, SheetRow lower, List<Span> spans) {
        this.upper = upper;
        this.lower = lower;
        this.spans = spans;
    }

    /** A header of one row: each year column its count; a total column right of the first year, if any. */
    static YearColumns of(SheetRow header, List<Integer> yearColumns) {
        return new YearColumns(header, null, spans(header, null, yearColumns));
    }

    /** The same header with {@code lower} as its second row. */
    YearColumns withSecondRow(SheetRow lower) {
        List<Integer> yearColumns = spans.stream().filter(s -> !s.isTotal()).map(Span::count).toList();
        return new YearColumns(upper, lower, spans(upper, lower, yearColumns));
    }

    private static List<Span> spans(SheetRow upper, SheetRow lower, List<Integer> yearColumns) {
        int width = Math.max(upper.width(), lower == null ? 0 : lower.width());
        List<Span> spans = new ArrayList<>();
        int start = yearColumns.get(0);
        while (start < width) {
            String above = upper.cell(start).strip();
            Integer year = yearColumns.contains(start) ? BraLayoutDetector.yearOf(above) : null;
            if (year == null && !(Lagrum.isTotal(above) && BraLayoutDetector.yearOf(above) == null)) {
                start++;
                continue;
            }
            // over a second row, a blank upper cell continues the one to its left (a merged year cell reads so), and
            // so does the same year repeated over each of its sub-columns
            int end = start + 1;
            while (lower != null && end < width && (upper.cell(end).isBlank() || upper.cell(end).strip().equals(above))) {
                end++;
            }
            spans.add(span(year == null ? 0 : year, start, end, lower));
            start = end;
        }
        return spans;
    }

    /** A year the header gives over more than one column, with no second row to tell them apart, e.g. {@code 2023 (B and C)}. */
    String repeatedYear() {
        if (lower != null) {
            return null;
        }
        Map<Integer, String> yearOfColumn = new TreeMap<>();
        years().forEach(s -> yearOfColumn.put(s.count(), String.valueOf(s.year())));
        List<String> repeated = DuplicateColumns.of(yearOfColumn);
        return repeated.isEmpty() ? null : repeated.get(0);
    }

    private static Span span(int year, int start, int end, SheetRow lower) {
        int count = -1;
        List<Integer> parts = new ArrayList<>();
        for (int c = start; c < end; c++) {
            String label = lower == null ? "" : Fotnotstecken.split(lower.cell(c)).text();
            if (count < 0 && Lagrum.isTotal(label)) {
                count = c;
            } else if (!label.isEmpty() || c == start) {
                parts.add(c);
            }
        }
        if (count < 0 && parts.size() == 1) {
            // one column under the year (its unit, Antal, below it): the count itself
            return new Span(year, parts.get(0), List.of());
        }
        return new Span(year, count, List.copyOf(parts));
    }

    List<Span> years() {
        return spans.stream().filter(s -> !s.isTotal()).toList();
    }

    /** The total across the years, or null. */
    Span total() {
        return spans.stream().filter(Span::isTotal).findFirst().orElse(null);
    }

    boolean reads(int column) {
        return spans.stream().anyMatch(s -> s.count() == column || s.parts().contains(column));
    }

    /** Whether {@code row} can be a second header row: some text under the years, and no figure there. */
    boolean isSecondRow(SheetRow row) {
        if (lower != null) {
            return false;
        }
        boolean text = false;
        for (int c = spans.get(0).count(); c < row.width(); c++) {
            String cell = Fotnotstecken.split(row.cell(c)).text();
            if (cell.isEmpty()) {
                continue;
            }
            try {
                SwedishNumber.parse(cell);
                return false;
            } catch (NumberFormatException e) {
                text = true;
            }
        }
        return text;
    }

    /** A column as quarantine and provenance name it: {@code F (2024)}, or {@code G (2024 / Totalt)} under two rows. */
    String describe(int column) {
        String name = name(column);
        return name.isEmpty() ? SheetRow.columnLetters(column) : SheetRow.columnLetters(column) + " (" + name + ")";
    }

    /** The column's header text: the upper cell (or the one it continues) and the lower one below it. */
    String name(int column) {
        int above = column;
        while (lower != null && above > 0 && upper.cell(above).isBlank()) {
            above--;
        }
        String top = upper.cell(above).strip();
        String below = lower == null ? "" : lower.cell(column).strip();
        return below.isEmpty() ? top : top.isEmpty() ? below : top + " / " + below;
    }

    /** The sub-columns' labels of a span, e.g. {@code D–E (Kvinnor, Män)}. */
    String describeParts(Span span) {
        List<String> labels = span.parts().stream().map(c -> lower.cell(c).strip()).toList();
        return SheetRow.columnLetters(span.parts().get(0)) + "–" + SheetRow.columnLetters(span.parts().get(span.parts().size()
                - 1)) + " (" + String.join(", ", labels) + ")";
    }
}
