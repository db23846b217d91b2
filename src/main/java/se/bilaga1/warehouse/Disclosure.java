package se.bilaga1.warehouse;

/**
 * Disclosure control for breakdowns below national level. Primary suppression hides counts from 1 to the
 * threshold; secondary suppression hides further cells until no hidden value can be recomputed from what is
 * shown: the table is taken with its row totals, column totals and grand total, every line (row or column,
 * totals included) sums to its total, and a hidden cell is safe only if the shown values and those sums leave
 * it undetermined (checked by linear algebra, not only by "two hidden cells per line").
 */
public final class Disclosure {

    private Disclosure() {
    }

    /**
     * @param inner the counts, rows × columns, without totals
     * @return which cells of the extended table (inner, a totals column at the right, a totals row at the
     *         bottom, the grand total in the corner) are suppressed
     */
    public static boolean[][] suppress(long[][] inner, int threshold) {
        return suppress(inner, threshold, false);
    }

    /**
     * As {@link #suppress(long[][], int)}; with {@code columnTotalsPublished} the totals row (the national
     * figures, published in full elsewhere) is never hidden, and the protection is found among the other cells.
     */
    public static boolean[][] suppress(long[][] inner, int threshold, boolean columnTotalsPublished) {
        long[][] grid = extend(inner);
        int rows = grid.length;
        int cols = grid[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        boolean[][] fixed = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                fixed[r][c] = columnTotalsPublished && r == rows - 1;
                hidden[r][c] = !fixed[r][c] && grid[r][c] >= 1 && grid[r][c] <= threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            // a line with exactly one hidden cell gives it away by subtraction: hide its smallest other cell
            for (int r = 0; r < rows; r++) {
                changed |= protectLine(grid, hidden, fixed, r, -1);
            }
            for (int c = 0; c < cols; c++) {
                changed |= protectLine(grid, hidden, fixed, -1, c);
            }
            if (!changed) {
                int[] exposed = firstDerivable(grid, hidden);
                if (exposed != null) {
                    changed = hideSmallestNeighbour(grid, hidden, fixed, exposed[0], exposed[1]);
                }
            }
        }
        return hidden;
    }

    /** The inner table with a totals column, a totals row and the grand total. */
    public static long[][] extend(long[][] inner) {
        int rows = inner.length;
        int cols = rows == 0 ? 0 : inner[0].length;
        long[][] grid = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                grid[r][c] = inner[r][c];
                grid[r][cols] += inner[r][c];
                grid[rows][c] += inner[r][c];
                grid[rows][cols] += inner[r][c];
            }
        }
        return grid;
    }

    private static boolean protectLine(long[][] grid, boolean[][] hidden, boolean[][] fixed, int row, int col) {
        int length = row >= 0 ? grid[0].length : grid.length;
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (row >= 0 ? hidden[row][i] : hidden[i][col]) {
                count++;
            }
        }
        if (count != 1) {
            return false;
        }
        int best = -1;
        for (int i = 0; i < length; i++) {
            boolean isHidden = row >= 0 ? hidden[row][i] || fixed[row][i] : hidden[i][col] || fixed[i][col];
            long value = row >= 0 ? grid[row][i] : grid[i][col];
            if (!isHidden && (best < 0 || better(value, row >= 0 ? grid[row][best] : grid[best][col]))) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        if (row >= 0) {
            hidden[row][best] = true;
        } else {
            hidden[best][col] = true;
        }
        return true;
    }

    /** Prefer the smallest positive count; a zero only when nothing else is left. */
    private static boolean better(long candidate, long current) {
        if (candidate > 0 && current == 0) {
            return true;
        }
        if (candidate == 0 && current > 0) {
            return false;
        }
        return candidate < current;
    }

    private static boolean hideSmallestNeighbour(long[][] grid, boolean[][] hidden, boolean[][] fixed, int row, int col) {
        int bestR = -1;
        int bestC = -1;
        for (int c = 0; c < grid[0].length; c++) {
            if (!hidden[row][c] && !fixed[row][c] && (bestR < 0 || better(grid[row][c], grid[bestR][bestC]))) {
                bestR = row;
                bestC = c;
            }
        }
        for (int r = 0; r < grid.length; r++) {
            if (!hidden[r][col] && !fixed[r][col] && (bestR < 0 || better(grid[r][col], grid[bestR][bestC]))) {
                bestR = r;
                bestC = col;
            }
        }
        if (bestR < 0) {
            return false;
        }
        hidden[bestR][bestC] = true;
        return true;
    }

    /**
     * The first hidden cell whose value the shown cells and the line sums determine, or null. The unknowns are
     * the hidden cells; each line gives one equation; a hidden cell is determined when its unit vector lies in
     * the row space of the equations' coefficients (Gaussian elimination over the rationals, as doubles on
     * small integer matrices).
     */
    public static int[] firstDerivable(long[][] grid, boolean[][] hidden) {
        int rows = grid.length;
        int cols = grid[0].length;
        int[][] index = new int[rows][cols];
        int unknowns = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                index[r][c] = hidden[r][c] ? unknowns++ : -1;
            }
        }
        if (unknowns == 0) {
            return null;
        }
        // every line: sum of its inner cells minus its total = 0
        double[][] equations = new double[rows + cols][unknowns];
        int e = 0;
        for (int r = 0; r < rows; r++, e++) {
            for (int c = 0; c < cols; c++) {
                if (index[r][c] >= 0) {
                    equations[e][index[r][c]] = c == cols - 1 ? -1 : 1;
                }
            }
        }
        for (int c = 0; c < cols; c++, e++) {
            for (int r = 0; r < rows; r++) {
                if (index[r][c] >= 0) {
                    equations[e][index[r][c]] = r == rows - 1 ? -1 : 1;
                }
            }
        }
        double[][] basis = rowEchelon(equations, unknowns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (index[r][c] >= 0 && inRowSpace(basis, index[r][c], unknowns)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    private static double[][] rowEchelon(double[][] m, int n) {
        double[][] a = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            a[i] = m[i].clone();
        }
        int rank = 0;
        for (int col = 0; col < n && rank < a.length; col++) {
            int pivot = -1;
            for (int r = rank; r < a.length; r++) {
                if (Math.abs(a[r][col]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] tmp = a[rank];
            a[rank] = a[pivot];
            a[pivot] = tmp;
            double p = a[rank][col];
            for (int k = 0; k < n; k++) {
                a[rank][k] /= p;
            }
            for (int r = 0; r < a.length; r++) {
                if (r != rank && Math.abs(a[r][col]) > 1e-9) {
                    double f = a[r][col];
                    for (int k = 0; k < n; k++) {
                        a[r][k] -= f * a[rank][k];
                    }
                }
            }
            rank++;
        }
        double[][] basis = new double[rank][];
        System.arraycopy(a, 0, basis, 0, rank);
        return basis;
    }

    /** Whether the unit vector e_j is a combination of the (reduced) basis rows. */
    private static boolean inRowSpace(double[][] basis, int j, int n) {
        double[] v = new double[n];
        v[j] = 1;
        for (double[] row : basis) {
            int lead = 0;
            while (lead < n && Math.abs(row[lead]) < 1e-9) {
                lead++;
            }
            if (lead < n && Math.abs(v[lead]) > 1e-9) {
                double f = v[lead] / row[lead];
                for (int k = 0; k < n; k++) {
                    v[k] -= f * row[k];
                }
            }
        }
        for (double x : v) {
            if (Math.abs(x) > 1e-9) {
                return false;
            }
        }
        return true;
    }
}
