package se.bilaga1.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Disclosure control of tables that share their rows and row totals (the regional tables of one year: police region ×
 * exploateringsform and police region × sex share the regions' totals), protected together, with the national totals
 * row published in full. Primary: every regional count from 1 to the threshold is hidden. Secondary: each table's own
 * protection ({@link Disclosure#suppress}) first, a region's total hidden in every table where one hides it; then,
 * while {@link DisclosureAudit} finds a hidden cell whose range an intruder can narrow to one value or into
 * [1, threshold], one more cell is hidden for it: of the shown cells in its row, its column and its region's row of the
 * other tables, the one that protects it, smallest positive count first (zeros last, then by table, row, column), or
 * the first of them when none does alone. Every step hides one more cell and the order is fixed, so the result is the
 * same for the same counts, and it ends: with every cell but the national ones hidden, each range reaches 0.
 */
final class LinkedProtection {

    private LinkedProtection() {
    }

    /**
     * @param inners the tables without totals, the same rows in each, whose rows sum to the same totals
     * @return per table, the hidden cells of its extended table (inner, a totals column, a totals row)
     */
    static List<boolean[][]> protect(List<long[][]> inners, int threshold) {
        checkLinked(inners);
        List<boolean[][]> hidden = new ArrayList<>();
        for (long[][] inner : inners) {
            hidden.add(Disclosure.suppress(inner, threshold, true));
        }
        int rows = inners.get(0).length;
        for (int r = 0; r < rows; r++) {
            boolean total = false;
            for (int t = 0; t < inners.size(); t++) {
                total |= hidden.get(t)[r][inners.get(t)[0].length];
            }
            setTotal(inners, hidden, r, total);
        }
        while (true) {
            DisclosureAudit.Range failing = DisclosureAudit.ranges(inners, hidden).stream()
                    .filter(range -> !range.protectedAt(threshold)).findFirst().orElse(null);
            if (failing == null) {
                return hidden;
            }
            List<int[]> candidates = candidates(inners, hidden, failing);
            if (candidates.isEmpty()) {
                throw new IllegalStateException("nothing left to hide for " + failing);
            }
            int[] chosen = candidates.get(0);
            for (int[] candidate : candidates) {
                hide(inners, hidden, candidate, true);
                boolean fixes = DisclosureAudit.ranges(inners, hidden).stream()
                        .filter(range -> range.table() == failing.table() && range.row() == failing.row()
                                && range.column() == failing.column())
                        .allMatch(range -> range.protectedAt(threshold));
                hide(inners, hidden, candidate, false);
                if (fixes) {
                    chosen = candidate;
                    break;
                }
            }
            hide(inners, hidden, chosen, true);
        }
    }

    private static void checkLinked(List<long[][]> inners) {
        long[][] first = inners.get(0);
        for (long[][] inner : inners) {
            if (inner.length != first.length) {
                throw new IllegalArgumentException("linked tables have the same rows: " + inner.length + " and "
                        + first.length);
            }
            for (int r = 0; r < inner.length; r++) {
                if (sum(inner[r]) != sum(first[r])) {
                    throw new IllegalArgumentException("linked tables share their row totals: row " + r + " sums to "
                            + sum(inner[r]) + " and " + sum(first[r]));
                }
            }
        }
    }

    /** Shown cells that may be hidden for the failing one, in the order they are tried: {table, row, column}. */
    private static List<int[]> candidates(List<long[][]> inners, List<boolean[][]> hidden, DisclosureAudit.Range failing) {
        List<int[]> candidates = new ArrayList<>();
        int rows = inners.get(0).length;
        for (int t = 0; t < inners.size(); t++) {
            long[][] inner = inners.get(t);
            int cols = inner[0].length;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c <= cols; c++) {
                    boolean sameRow = r == failing.row();
                    boolean sameColumn = t == failing.table() && c == failing.column();
                    if ((sameRow || sameColumn) && !hidden.get(t)[r][c] && hideable(inner, c)) {
                        candidates.add(new int[] {t, r, c});
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            for (int t = 0; t < inners.size(); t++) {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c <= inners.get(t)[0].length; c++) {
                        if (!hidden.get(t)[r][c] && hideable(inners.get(t), c)) {
                            candidates.add(new int[] {t, r, c});
                        }
                    }
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(k -> value(inners, k) == 0 ? 1 : 0)
                .thenComparingLong(k -> value(inners, k)).thenComparingInt(k -> k[0]).thenComparingInt(k -> k[1])
                .thenComparingInt(k -> k[2]));
        return candidates;
    }

    /** A column whose national total is 0 holds zeros everybody can tell: hiding them protects nothing. */
    private static boolean hideable(long[][] inner, int column) {
        if (column == inner[0].length) {
            return true;
        }
        long national = 0;
        for (long[] row : inner) {
            national += row[column];
        }
        return national > 0;
    }

    private static long value(List<long[][]> inners, int[] cell) {
        long[] row = inners.get(cell[0])[cell[1]];
        return cell[2] == row.length ? sum(row) : row[cell[2]];
    }

    private static void hide(List<long[][]> inners, List<boolean[][]> hidden, int[] cell, boolean hide) {
        if (cell[2] == inners.get(cell[0])[0].length) {
            setTotal(inners, hidden, cell[1], hide);
        } else {
            hidden.get(cell[0])[cell[1]][cell[2]] = hide;
        }
    }

    private static void setTotal(List<long[][]> inners, List<boolean[][]> hidden, int row, boolean hide) {
        for (int t = 0; t < inners.size(); t++) {
            hidden.get(t)[row][inners.get(t)[0].length] = hide;
        }
    }

    private static long sum(long[] row) {
        long sum = 0;
        for (long v : row) {
            sum += v;
        }
        return sum;
    }
}
