package se.bilaga1.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Disclosure control for breakdowns below national level. Primary suppression hides counts from 1 to the
 * threshold; secondary suppression hides further cells until no hidden value can be recomputed from what is
 * shown: the table is taken with its row totals, column totals and grand total, every line (row or column,
 * totals included) sums to its total, counts are whole numbers and never negative, and a hidden cell is safe only
 * if two tables that fit all of that differ in it. Not only "two hidden cells per line", and not only the linear
 * algebra of the sums either: a hidden 0 can only rise, so a line whose total is 0, or a 0 that could only fall,
 * pins down what the equations alone leave open.
 * <p>
 * The check is exact and cheap because of the tables' shape: a row and a column meet in one cell, so two fitting
 * tables differ by a sum of cycles through hidden cells that alternately rise and fall by one (a cell of the
 * totals row or column moves against the cells it sums), and a hidden cell is safe when such a cycle passes
 * through it without lowering a cell that is 0.
 */
final class Disclosure {

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
     * Then a column whose published total is 0 holds only zeros that everybody can tell: they stay shown.
     */
    public static boolean[][] suppress(long[][] inner, int threshold, boolean columnTotalsPublished) {
        long[][] grid = extend(inner);
        int rows = grid.length;
        int cols = grid[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        boolean[][] fixed = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                fixed[r][c] = columnTotalsPublished && (r == rows - 1 || grid[rows - 1][c] == 0);
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
                    changed = hideToProtect(grid, hidden, fixed, exposed[0], exposed[1]);
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

    /**
     * Hides one more cell for the sake of the derivable cell at row, col: of the cells shown in its row and column
     * (smallest positive count first, zeros last), the first that makes it undetermined, else the first of them;
     * when its row and column have nothing left to hide, the first cell shown anywhere. Each call hides a cell,
     * and with every cell but the fixed ones hidden nothing is derivable, so the loop ends protected.
     */
    private static boolean hideToProtect(long[][] grid, boolean[][] hidden, boolean[][] fixed, int row, int col) {
        List<int[]> inLines = new ArrayList<>();
        for (int c = 0; c < grid[0].length; c++) {
            if (!hidden[row][c] && !fixed[row][c]) {
                inLines.add(new int[] {row, c});
            }
        }
        for (int r = 0; r < grid.length; r++) {
            if (!hidden[r][col] && !fixed[r][col]) {
                inLines.add(new int[] {r, col});
            }
        }
        List<int[]> candidates = inLines;
        if (candidates.isEmpty()) {
            candidates = new ArrayList<>();
            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    if (!hidden[r][c] && !fixed[r][c]) {
                        candidates.add(new int[] {r, c});
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        candidates.sort((a, b) -> better(grid[a[0]][a[1]], grid[b[0]][b[1]]) ? -1
                : better(grid[b[0]][b[1]], grid[a[0]][a[1]]) ? 1 : 0);
        for (int[] candidate : candidates) {
            hidden[candidate[0]][candidate[1]] = true;
            if (canMove(grid, hidden, row, col)) {
                return true;
            }
            hidden[candidate[0]][candidate[1]] = false;
        }
        hidden[candidates.get(0)[0]][candidates.get(0)[1]] = true;
        return true;
    }

    /**
     * The first hidden cell (row by row) whose value the shown cells, the line sums and "counts are never negative"
     * determine, or null: the first hidden cell no rising-and-falling cycle of hidden cells can move.
     */
    public static int[] firstDerivable(long[][] grid, boolean[][] hidden) {
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                if (hidden[r][c] && !canMove(grid, hidden, r, c)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    /**
     * Whether another table fitting everything shown differs in the hidden cell at row, col. Rows and columns are
     * nodes, a hidden cell the edge between its row and its column. Crossing a cell from its row to its column
     * raises it by one, back lowers it, except that a cell of the totals row or column (not the grand total)
     * moves the other way, since it balances the cells it sums. The cell can move when, having crossed it one
     * way, the walk gets back to where it started over other hidden cells, never lowering a 0.
     */
    private static boolean canMove(long[][] grid, boolean[][] hidden, int row, int col) {
        int rows = grid.length;
        int cols = grid[0].length;
        for (boolean rowToColumn : new boolean[] {true, false}) {
            if (!mayCross(grid, row, col, rowToColumn)) {
                continue;
            }
            // nodes 0..rows-1 are the rows, rows..rows+cols-1 the columns
            int start = rowToColumn ? rows + col : row;
            int goal = rowToColumn ? row : rows + col;
            boolean[] reached = new boolean[rows + cols];
            Deque<Integer> todo = new ArrayDeque<>();
            reached[start] = true;
            todo.push(start);
            while (!todo.isEmpty()) {
                int node = todo.pop();
                if (node == goal) {
                    return true;
                }
                boolean fromRow = node < rows;
                int other = fromRow ? cols : rows;
                for (int i = 0; i < other; i++) {
                    int r = fromRow ? node : i;
                    int c = fromRow ? i : node - rows;
                    int next = fromRow ? rows + c : r;
                    if (hidden[r][c] && !(r == row && c == col) && !reached[next] && mayCross(grid, r, c, fromRow)) {
                        reached[next] = true;
                        todo.push(next);
                    }
                }
            }
        }
        return false;
    }

    /** Whether crossing the cell in that direction keeps it a count: it rises, or it is at least 1. */
    private static boolean mayCross(long[][] grid, int r, int c, boolean rowToColumn) {
        boolean totalsLine = (r == grid.length - 1) != (c == grid[0].length - 1);
        boolean rises = rowToColumn != totalsLine;
        return rises || grid[r][c] > 0;
    }
}
