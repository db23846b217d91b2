package se.bilaga1.publish;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * What an intruder can derive about each hidden cell of linked tables from everything published beside them, by
 * linear programming: the smallest and largest value the cell can take in any table that fits every shown cell, every
 * row and column sum and counts of 0 or more. The tables share their rows (police regions) and their row totals (the
 * regions' totals: one unknown where hidden, in every table alike); their totals row is national and published in
 * full (Tabell 1 and 2, the national breakdowns).
 * <p>
 * A hidden cell is protected when its range is not a single value and not inside [1, threshold]: it reaches 0 or
 * exceeds the threshold. In τ-Argus's terms, for a cell of value x in 1..threshold: a lower protection level of x (the
 * range reaches 0) or an upper protection level of threshold + 1 − x (it reaches threshold + 1), whichever the tables
 * allow, and a sliding protection of at least 1 for every hidden cell.
 * <p>
 * The ranges are those of the real relaxation (Apache Commons Math's {@link SimplexSolver}, Bland's rule against
 * cycling): they contain the whole-number ranges, so a cell the audit passes is at least as protected among whole
 * numbers as the audit says on the side that matters, and the tables' sums have whole-number vertices.
 */
public final class DisclosureAudit {

    private static final double EPSILON = 1e-6;

    /** One hidden cell's derivable range: table, row and column of the extended table, its value, min and max. */
    public record Range(int table, int row, int column, long value, double min, double max) {

        /** Not a single value, and not inside [1, threshold]. */
        public boolean protectedAt(int threshold) {
            return max - min > EPSILON && (min < EPSILON || max > threshold + 1 - EPSILON);
        }

        public double width() {
            return max - min;
        }
    }

    private DisclosureAudit() {
    }

    /**
     * The range of every hidden cell.
     *
     * @param inners the tables without totals, rows × columns, sharing their rows and row totals
     * @param hidden per table, the hidden cells of its extended table (inner, a totals column, a totals row); the
     *               totals row is never hidden; a row total hidden in one table but shown in another is known
     */
    public static List<Range> ranges(List<long[][]> inners, List<boolean[][]> hidden) {
        Model model = new Model(inners, hidden);
        List<Range> ranges = new ArrayList<>();
        for (Model.Unknown unknown : model.unknowns) {
            if (unknown.table() < 0) {
                continue; // a region total: reported under each table below
            }
            ranges.add(model.range(unknown));
        }
        // a hidden region total, reported once per table it appears in
        for (int t = 0; t < inners.size(); t++) {
            int cols = inners.get(t)[0].length;
            for (int r = 0; r < inners.get(t).length; r++) {
                if (hidden.get(t)[r][cols] && model.totalIsUnknown(r)) {
                    Range total = model.range(model.totalOf(r));
                    ranges.add(new Range(t, r, cols, total.value(), total.min(), total.max()));
                } else if (hidden.get(t)[r][cols]) {
                    // hidden here, shown in another table: known exactly
                    long value = java.util.Arrays.stream(inners.get(t)[r]).sum();
                    ranges.add(new Range(t, r, cols, value, value, value));
                }
            }
        }
        return ranges;
    }

    /** The equations of the linked tables over their hidden cells. */
    private static final class Model {

        record Unknown(int table, int row, int column, long value) {
        }

        final List<Unknown> unknowns = new ArrayList<>();
        final List<LinearConstraint> constraints = new ArrayList<>();
        private final int[] totalIndex;

        Model(List<long[][]> inners, List<boolean[][]> hidden) {
            int rows = inners.get(0).length;
            totalIndex = new int[rows];
            long[] regionTotal = new long[rows];
            for (int r = 0; r < rows; r++) {
                for (long v : inners.get(0)[r]) {
                    regionTotal[r] += v;
                }
                totalIndex[r] = -1;
                // a region's total shown in any one table is known in all
                boolean hiddenEverywhere = true;
                for (int t = 0; t < inners.size(); t++) {
                    hiddenEverywhere &= hidden.get(t)[r][inners.get(t)[0].length];
                }
                if (hiddenEverywhere) {
                    totalIndex[r] = unknowns.size();
                    unknowns.add(new Unknown(-1, r, -1, regionTotal[r]));
                }
            }
            List<int[][]> index = new ArrayList<>();
            for (int t = 0; t < inners.size(); t++) {
                long[][] inner = inners.get(t);
                int[][] at = new int[rows][inner[0].length];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < inner[0].length; c++) {
                        at[r][c] = -1;
                        if (hidden.get(t)[r][c]) {
                            at[r][c] = unknowns.size();
                            unknowns.add(new Unknown(t, r, c, inner[r][c]));
                        }
                    }
                }
                index.add(at);
            }
            for (int t = 0; t < inners.size(); t++) {
                long[][] inner = inners.get(t);
                int[][] at = index.get(t);
                for (int r = 0; r < rows; r++) {
                    double[] row = new double[unknowns.size()];
                    double known = 0;
                    for (int c = 0; c < inner[0].length; c++) {
                        if (at[r][c] >= 0) {
                            row[at[r][c]] = 1;
                        } else {
                            known += inner[r][c];
                        }
                    }
                    double rhs;
                    if (totalIndex[r] >= 0) {
                        row[totalIndex[r]] = -1;
                        rhs = -known;
                    } else {
                        rhs = regionTotal[r] - known;
                    }
                    add(row, rhs);
                }
                for (int c = 0; c < inner[0].length; c++) {
                    double[] column = new double[unknowns.size()];
                    double national = 0;
                    double known = 0;
                    for (int r = 0; r < rows; r++) {
                        national += inner[r][c];
                        if (at[r][c] >= 0) {
                            column[at[r][c]] = 1;
                        } else {
                            known += inner[r][c];
                        }
                    }
                    add(column, national - known);
                }
            }
            // the regions' totals add up to the national total, published
            double[] totals = new double[unknowns.size()];
            double known = 0;
            double national = 0;
            for (int r = 0; r < rows; r++) {
                national += regionTotal[r];
                if (totalIndex[r] >= 0) {
                    totals[totalIndex[r]] = 1;
                } else {
                    known += regionTotal[r];
                }
            }
            add(totals, national - known);
        }

        boolean totalIsUnknown(int row) {
            return totalIndex[row] >= 0;
        }

        Unknown totalOf(int row) {
            return unknowns.get(totalIndex[row]);
        }

        private void add(double[] coefficients, double rhs) {
            for (double c : coefficients) {
                if (c != 0) {
                    constraints.add(new LinearConstraint(coefficients, Relationship.EQ, rhs));
                    return;
                }
            }
        }

        Range range(Unknown unknown) {
            int i = unknowns.indexOf(unknown);
            return new Range(unknown.table(), unknown.row(), unknown.column(), unknown.value(),
                    optimum(i, GoalType.MINIMIZE), optimum(i, GoalType.MAXIMIZE));
        }

        private double optimum(int variable, GoalType goal) {
            double[] objective = new double[unknowns.size()];
            objective[variable] = 1;
            PointValuePair best = new SimplexSolver().optimize(new MaxIter(100_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            return best.getPoint()[variable];
        }
    }
}
