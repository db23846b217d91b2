package se.bilaga1.reconcile;

import java.math.BigDecimal;
import java.util.List;

import se.bilaga1.warehouse.Figures;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.RuleResult;

/** The comparisons table rules make: sums of published cells against another cell, both figures reported. */
final class TableChecks {

    private TableChecks() {
    }

    /** The sum of the cells, or null when any of them is missing (then there is nothing to compare). */
    static BigDecimal sum(PublishedTable table, List<String> rows, String kolumn) {
        return total(rows.stream().map(rad -> table.cell(rad, kolumn)).toList());
    }

    /** The sum of one row's cells in the columns given, or null when any is missing. */
    static BigDecimal sumAcross(PublishedTable table, String rad, List<String> kolumner) {
        return total(kolumner.stream().map(kolumn -> table.cell(rad, kolumn)).toList());
    }

    private static BigDecimal total(List<PublishedTable.Cell> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PublishedTable.Cell cell : cells) {
            if (cell.value() == null) {
                return null;
            }
            sum = sum.add(cell.value());
        }
        return sum;
    }

    static BigDecimal value(PublishedTable table, String rad, String kolumn) {
        return table.cell(rad, kolumn).value();
    }

    /** {@code left == right}; null when either side is missing. */
    static RuleResult equal(RuleId regel, String tabell, String beskrivning, BigDecimal left, BigDecimal right) {
        if (left == null || right == null) {
            return null;
        }
        return new RuleResult(regel.id(), tabell, beskrivning, Figures.print(left), Figures.print(right),
                left.compareTo(right) == 0 ? RuleResult.Status.OK : RuleResult.Status.FEL);
    }

    /** {@code left <= right}; null when either side is missing. */
    static RuleResult atMost(RuleId regel, String tabell, String beskrivning, BigDecimal left, BigDecimal right) {
        if (left == null || right == null) {
            return null;
        }
        return new RuleResult(regel.id(), tabell, beskrivning, Figures.print(left), Figures.print(right),
                left.compareTo(right) <= 0 ? RuleResult.Status.OK : RuleResult.Status.FEL);
    }

    /** The results, or one OK row saying there was nothing to compare. */
    static List<RuleResult> orNothingToCheck(List<RuleResult> results, RuleId regel, String tabell) {
        List<RuleResult> present = results.stream().filter(java.util.Objects::nonNull).toList();
        return present.isEmpty()
                ? List.of(new RuleResult(regel.id(), tabell, "Inga celler med värden att jämföra", "", "", RuleResult.Status.OK))
                : present;
    }
}
