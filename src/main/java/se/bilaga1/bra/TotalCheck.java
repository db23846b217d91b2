package se.bilaga1.bra;

import java.math.BigDecimal;
import java.util.List;

import se.bilaga1.ingest.SwedishNumber;

/**
 * A total on a wide table's row checked against its parts there: a year's total sub-column against the others under
 * the same year, the total across the years against the years. The total is no fact of its own; one that disagrees
 * keeps its row out, naming the sum it should have been. Where a part is missing ({@code ..}) nothing is compared.
 */
final class TotalCheck {

    private TotalCheck() {
    }

    /** The count of {@code span} on this row, checked against its parts; null when it is no count (an error then). */
    static SwedishNumber.Parsed count(YearColumns.Span span, MarkedCells cells, YearColumns columns) {
        if (span.count() < 0) {
            cells.error(span.parts().get(0), (span.isTotal() ? "the total across the years" : "the year " + span.year())
                    + " spans " + columns.describeParts(span) + " and none of them is a total (Totalt, Summa): which"
                    + " holds the count cannot be told");
            return null;
        }
        SwedishNumber.Parsed total = cells.count(span.count());
        List<SwedishNumber.Parsed> parts = span.parts().stream().map(cells::count).toList();
        if (!parts.isEmpty()) {
            check(total, parts, "the sum of " + columns.describeParts(span), span.count(), cells);
        }
        return total;
    }

    /** The table's total across the years, if it has one, against the years' counts on this row. */
    static void acrossYears(YearColumns columns, MarkedCells cells, List<SwedishNumber.Parsed> years) {
        YearColumns.Span total = columns.total();
        if (total != null) {
            check(count(total, cells, columns), years, "the sum of the years on this row", total.count(), cells);
        }
    }

    private static void check(SwedishNumber.Parsed stated, List<SwedishNumber.Parsed> parts, String what, int column,
            MarkedCells cells) {
        if (stated == null || !stated.hasValue() || parts.stream().anyMatch(p -> p == null || !p.hasValue())) {
            return;
        }
        BigDecimal sum = parts.stream().map(SwedishNumber.Parsed::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(stated.value()) != 0) {
            cells.error(column, "the total " + stated.value().toPlainString() + " is not " + what + ": expected "
                    + sum.toPlainString());
        }
    }
}
