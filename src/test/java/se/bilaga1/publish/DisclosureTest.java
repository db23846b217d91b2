package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Disclosure control of the regional breakdowns. Primary suppression hides the counts 1 to the threshold;
 * secondary suppression must leave no hidden value that the shown cells and the line sums give away. That is
 * proved here with checkers of the test's own, not with {@link Disclosure#firstDerivable}: an attacker knows the
 * shown cells, that every row and column (totals included) adds up to its total, and that counts are whole
 * numbers, never negative. A hidden cell is safe when two such completions of the table differ in it.
 * <ul>
 * <li>{@link Attack#determinedBySearch()} looks for a second completion by brute force (small tables only);</li>
 * <li>{@link Attack#determinedByCycles()} decides the same exactly for any size: the line equations form a
 * bipartite network (a row meets a column in one cell), so two completions differ by a sum of alternating cycles
 * of hidden cells, and a cell is free exactly when some cycle through it can be walked by ±1 without taking a
 * zero below zero;</li>
 * <li>{@link Attack#determinedLinearly()} is what the equations alone fix (rank over exact integers), blind to
 * "never negative".</li>
 * </ul>
 */
class DisclosureTest {

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void primarySuppressionHidesOneUpToTheThreshold(int threshold) {
        long[][] inner = {{1, 2, 0, 4, 50}, {3, 1, 0, 4, 60}, {40, 30, 0, 4, 70}};

        boolean[][] hidden = Disclosure.suppress(inner, threshold);

        long[][] grid = Disclosure.extend(inner);
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                if (grid[r][c] >= 1 && grid[r][c] <= threshold) {
                    assertThat(hidden[r][c]).as("cell %d,%d = %d", r, c, grid[r][c]).isTrue();
                }
                if (grid[r][c] == 0) {
                    assertThat(hidden[r][c]).as("cell %d,%d = 0", r, c).isFalse();
                }
            }
        }
        Attack attack = new Attack(grid, hidden);
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
        assertThat(attack.determinedBySearch()).isEmpty();
    }

    @Test
    void withThresholdThreeTheZerosAndFoursStayShownAndTheFourSmallCountsProtectEachOther() {
        long[][] inner = {{1, 2, 0, 4, 50}, {3, 1, 0, 4, 60}, {40, 30, 0, 4, 70}};

        assertThat(pattern(Disclosure.suppress(inner, 3))).containsExactly(
                "**....",
                "**....",
                "......",
                "......");
        // threshold 1 hides the two 1s; each row and column then has one hidden cell, so the 2 and the 3 go too
        assertThat(pattern(Disclosure.suppress(inner, 1))).containsExactly(
                "**....",
                "**....",
                "......",
                "......");
        // threshold 4 hides the column of 4s as well; row 2 then holds one hidden cell, so its smallest count, 30,
        // joins it (and pairs with the 2 and the 1 above it in column 1); still nothing derivable
        boolean[][] four = Disclosure.suppress(inner, 4);
        assertThat(pattern(four)).containsExactly(
                "**.*..",
                "**.*..",
                ".*.*..",
                "......");
        assertThat(new Attack(Disclosure.extend(inner), four).determinedBySearch()).isEmpty();
    }

    @Test
    void aLoneSmallCountIsJoinedInItsRowItsColumnAndTheCellClosingTheRectangle() {
        long[][] inner = {{20, 30, 40}, {25, 2, 45}, {50, 60, 70}};

        boolean[][] hidden = Disclosure.suppress(inner, 3);

        // alone, the 2 is its row total minus the rest: the smallest count of its row (25) joins it, which leaves
        // column 0 with one hidden cell (20 joins), and column 1 too (30 joins): a rectangle
        assertThat(pattern(hidden)).containsExactly(
                "**..",
                "**..",
                "....",
                "....");
        Attack attack = new Attack(Disclosure.extend(inner), hidden);
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedBySearch()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
    }

    @Test
    void aSmallTotalIsHiddenAndProtectedLikeAnyCell() {
        // row 0 totals 3, column 1 totals 2: both totals are primary too
        long[][] inner = {{1, 0, 2}, {20, 0, 30}, {25, 2, 35}};

        boolean[][] hidden = Disclosure.suppress(inner, 3);

        long[][] grid = Disclosure.extend(inner);
        assertThat(grid[0][3]).isEqualTo(3);
        assertThat(grid[3][1]).isEqualTo(2);
        assertThat(hidden[0][0] && hidden[0][2] && hidden[0][3] && hidden[2][1] && hidden[3][1]).isTrue();
        Attack attack = new Attack(grid, hidden);
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedBySearch()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
    }

    @Test
    void twoHiddenCellsPerLineAreNotEnoughWhenACellBridgesTwoRectangles() {
        // the small counts form two rectangles joined by the 2 at row 1, column 2: every row and column holds none
        // or at least two of them, yet rows 0 + 1 minus columns 0 + 1 leave that 2 alone
        long[][] inner = {
            {1, 2, 5, 5},
            {3, 1, 2, 5},
            {5, 5, 1, 3},
            {5, 5, 2, 1}};
        long[][] grid = Disclosure.extend(inner);
        boolean[][] primary = primary(grid, 3);

        Attack naive = new Attack(grid, primary);
        assertThat(naive.linesWithOneHiddenCell()).isEmpty();
        assertThat(naive.determinedLinearly()).containsExactly("1,2=2");
        assertThat(naive.determinedByCycles()).containsExactly("1,2=2");
        assertThat(naive.determinedBySearch()).containsExactly("1,2=2");

        boolean[][] hidden = Disclosure.suppress(inner, 3);

        assertThat(countHidden(hidden)).isGreaterThan(countHidden(primary));
        Attack attack = new Attack(grid, hidden);
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedLinearly()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
        assertThat(attack.determinedBySearch()).isEmpty();
    }

    @Test
    void aHiddenZeroInALineWhoseTotalIsShownAsZeroGivesAwayTheSmallCountBesideIt() {
        // column 0 is all zeros. If its zeros are hidden they are still known to be 0 (a count is never
        // negative), and then rows 1 and 2 and columns 1 and 4 pin the 1 at row 2, column 2, though the linear
        // algebra alone leaves every hidden cell open
        long[][] inner = {
            {0, 8, 2, 6},
            {0, 5, 0, 0},
            {0, 1, 1, 0}};
        long[][] grid = Disclosure.extend(inner);
        boolean[][] zerosHidden = parse(
                "*.**.",
                ".*..*",
                "***.*",
                "..**.");

        Attack withZeros = new Attack(grid, zerosHidden);
        assertThat(withZeros.linesWithOneHiddenCell()).isEmpty();
        assertThat(withZeros.determinedLinearly()).isEmpty();
        assertThat(withZeros.determinedBySearch()).containsExactly("0,0=0", "2,0=0", "2,2=1");
        assertThat(withZeros.determinedByCycles()).containsExactly("0,0=0", "2,0=0", "2,2=1");

        boolean[][] hidden = Disclosure.suppress(inner, 3);

        Attack attack = new Attack(grid, hidden);
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedBySearch()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void withTheNationalRowPublishedItStaysShownEvenWhereSmallAndTheRegionsCarryTheProtection(int threshold) {
        // three regions × four forms; nationally the third form has 1 case and the fourth 3
        long[][] inner = {{0, 31, 0, 2}, {5, 0, 0, 1}, {46, 51, 1, 0}};
        long[][] grid = Disclosure.extend(inner);

        boolean[][] hidden = Disclosure.suppress(inner, threshold, true);

        assertThat(pattern(hidden)[3]).isEqualTo(".....");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                if (grid[r][c] >= 1 && grid[r][c] <= threshold) {
                    assertThat(hidden[r][c]).as("cell %d,%d = %d", r, c, grid[r][c]).isTrue();
                }
            }
        }
        Attack attack = new Attack(grid, hidden);
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedBySearch()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
    }

    @Test
    void aFormWithOneCaseNationallyHidesWhichRegionHasIt() {
        // the national row is published: form 2 has 1 case, and it is region 2's. Hiding region 0's zero in that
        // column is no protection when region 0's other cells and total are shown (its zeros are then known to be
        // zeros), so the 1 must be hidden together with cells that let it move to another region
        long[][] inner = {{0, 31, 0, 0}, {0, 0, 0, 21}, {46, 51, 1, 0}};
        long[][] grid = Disclosure.extend(inner);
        Attack weak = new Attack(grid, parse(
                "*.*..",
                ".....",
                "*.*..",
                "....."));
        assertThat(weak.linesWithOneHiddenCell()).isEmpty();
        assertThat(weak.determinedLinearly()).isEmpty();
        assertThat(weak.determinedBySearch()).containsExactly("0,0=0", "0,2=0", "2,0=46", "2,2=1");
        assertThat(weak.determinedByCycles()).containsExactly("0,0=0", "0,2=0", "2,0=46", "2,2=1");

        boolean[][] hidden = Disclosure.suppress(inner, 3, true);

        assertThat(hidden[2][2]).isTrue();
        assertThat(pattern(hidden)[3]).isEqualTo(".....");
        Attack attack = new Attack(grid, hidden);
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedBySearch()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
    }

    @Test
    void aFormWithNoCaseNationallyStaysShownAsZerosInEveryRegion() {
        long[][] inner = {{2, 0, 30}, {1, 0, 40}, {20, 0, 50}};

        boolean[][] hidden = Disclosure.suppress(inner, 3, true);

        for (boolean[] row : hidden) {
            assertThat(row[1]).isFalse();
        }
        Attack attack = new Attack(Disclosure.extend(inner), hidden);
        assertThat(attack.determinedBySearch()).isEmpty();
        assertThat(attack.determinedByCycles()).isEmpty();
    }

    @Test
    void theTwoCheckersAgreeOnEveryHiddenPatternOfASmallTable() {
        // every way of hiding cells in a 2 × 2 table with its totals (3 × 3 = 9 cells, 512 patterns)
        long[][] grid = Disclosure.extend(new long[][] {{0, 2}, {3, 1}});
        int determined = 0;
        for (int mask = 0; mask < 512; mask++) {
            boolean[][] hidden = new boolean[3][3];
            for (int i = 0; i < 9; i++) {
                hidden[i / 3][i % 3] = (mask >> i & 1) == 1;
            }
            Attack attack = new Attack(grid, hidden);
            List<String> bySearch = attack.determinedBySearch();
            assertThat(attack.determinedByCycles()).as("pattern %s", Arrays.toString(pattern(hidden)))
                    .isEqualTo(bySearch);
            assertThat(bySearch).containsAll(attack.determinedLinearly());
            determined += bySearch.size();
        }
        assertThat(determined).isPositive();
    }

    @Test
    void randomTablesOfTheRegionalShapeLeaveNothingDerivableWithOrWithoutTheNationalRowPublished() {
        Random random = new Random(20240601);
        for (int t = 0; t < 400; t++) {
            int rows = 2 + random.nextInt(6);
            int cols = 2 + random.nextInt(10);
            long[][] inner = new long[rows][cols];
            for (long[] row : inner) {
                for (int c = 0; c < cols; c++) {
                    int p = random.nextInt(10);
                    row[c] = p < 4 ? 0 : p < 7 ? 1 + random.nextInt(3) : random.nextInt(60);
                }
            }
            long[][] grid = Disclosure.extend(inner);

            boolean nationalRowPublished = t % 2 == 1;

            boolean[][] hidden = Disclosure.suppress(inner, 3, nationalRowPublished);

            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    boolean national = r == grid.length - 1;
                    if (grid[r][c] >= 1 && grid[r][c] <= 3 && !(national && nationalRowPublished)) {
                        assertThat(hidden[r][c]).isTrue();
                    }
                    if (national && nationalRowPublished) {
                        assertThat(hidden[r][c]).isFalse();
                    }
                }
            }
            Attack attack = new Attack(grid, hidden);
            assertThat(attack.linesWithOneHiddenCell()).as("table %d", t).isEmpty();
            assertThat(attack.determinedByCycles()).as("table %d: %s", t, Arrays.deepToString(inner)).isEmpty();
        }
    }

    @Test
    void smallRandomTablesAreProvedByBruteForceToo() {
        Random random = new Random(7);
        for (int t = 0; t < 150; t++) {
            int rows = 2 + random.nextInt(2);
            int cols = 2 + random.nextInt(2);
            long[][] inner = new long[rows][cols];
            for (long[] row : inner) {
                for (int c = 0; c < cols; c++) {
                    row[c] = random.nextInt(3) == 0 ? 0 : random.nextInt(7);
                }
            }
            long[][] grid = Disclosure.extend(inner);
            boolean[][] hidden = Disclosure.suppress(inner, 3, t % 2 == 1);
            Attack attack = new Attack(grid, hidden);
            assertThat(attack.determinedBySearch()).as("table %s", Arrays.deepToString(inner)).isEmpty();
        }
    }

    // --- the attacker ---

    /** What the shown cells and the line sums of an extended table (inner, totals column, totals row) reveal. */
    static final class Attack {

        private final long[][] grid;
        private final boolean[][] hidden;
        private final int rows;
        private final int cols;
        /** Each line as cell numbers (r * cols + c): its inner cells, then its total last. */
        private final List<int[]> lines = new ArrayList<>();

        Attack(long[][] grid, boolean[][] hidden) {
            this.grid = grid;
            this.hidden = hidden;
            this.rows = grid.length;
            this.cols = grid[0].length;
            for (int r = 0; r < rows; r++) {
                int[] line = new int[cols];
                for (int c = 0; c < cols; c++) {
                    line[c] = r * cols + c;
                }
                lines.add(line);
            }
            for (int c = 0; c < cols; c++) {
                int[] line = new int[rows];
                for (int r = 0; r < rows; r++) {
                    line[r] = r * cols + c;
                }
                lines.add(line);
            }
            for (int[] line : lines) {
                long sum = 0;
                for (int i = 0; i < line.length - 1; i++) {
                    sum += value(line[i]);
                }
                if (sum != value(line[line.length - 1])) {
                    throw new IllegalArgumentException("not a table with its totals: " + Arrays.deepToString(grid));
                }
            }
        }

        /** The rows ("r3") and columns ("c1") with exactly one hidden cell: given away by subtraction. */
        List<String> linesWithOneHiddenCell() {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (Arrays.stream(lines.get(i)).filter(this::isHidden).count() == 1) {
                    found.add(i < rows ? "r" + i : "c" + (i - rows));
                }
            }
            return found;
        }

        /** Hidden cells ("r,c=value") equal in every non-negative whole-number completion, by brute force. */
        List<String> determinedBySearch() {
            long grand = grid[rows - 1][cols - 1];
            // with the grand total shown no cell can exceed it; hidden, a second completion if any is within one of
            // the first (the checks by cycles below show why), so one more is room enough
            long bound = hidden[rows - 1][cols - 1] ? grand + 1 : grand;
            List<String> determined = new ArrayList<>();
            for (int cell = 0; cell < rows * cols; cell++) {
                if (!isHidden(cell)) {
                    continue;
                }
                boolean other = false;
                for (long v : nearestFirst(value(cell), bound)) {
                    if (v != value(cell) && !other) {
                        long[] known = shown();
                        known[cell] = v;
                        other = completes(known, bound);
                    }
                }
                if (!other) {
                    determined.add(name(cell));
                }
            }
            return determined;
        }

        /** Whether the partial table (-1 = unknown) can be completed within 0..bound so every line adds up. */
        private boolean completes(long[] values, long bound) {
            long[] v = values.clone();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] line : lines) {
                    long known = 0;
                    long low = 0;
                    long high = 0;
                    int unknown = -1;
                    int unknowns = 0;
                    for (int i = 0; i < line.length; i++) {
                        int sign = i == line.length - 1 ? -1 : 1;
                        if (v[line[i]] < 0) {
                            unknowns++;
                            unknown = i;
                            if (sign > 0) {
                                high += bound;
                            } else {
                                low -= bound;
                            }
                        } else {
                            known += sign * v[line[i]];
                        }
                    }
                    // the unknowns, signed, must add up to -known
                    if (-known < low || -known > high) {
                        return false;
                    }
                    if (unknowns == 1) {
                        long x = unknown == line.length - 1 ? known : -known;
                        v[line[unknown]] = x;
                        changed = true;
                    }
                }
            }
            int next = -1;
            for (int i = 0; i < v.length && next < 0; i++) {
                if (v[i] < 0) {
                    next = i;
                }
            }
            if (next < 0) {
                return true;
            }
            // the true table is one completion: trying values near it first finds another quickly when there is one
            for (long x : nearestFirst(value(next), bound)) {
                long[] tried = v.clone();
                tried[next] = x;
                if (completes(tried, bound)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Hidden cells equal in every non-negative whole-number completion, exactly. Rows and columns are the nodes,
         * a hidden cell the edge between its row and column. Signing the cells of the totals row and column (not
         * the corner) -1 makes every cell appear with +1 in both its lines, so two completions differ by a sum of
         * cycles that alternate +1/-1 along their edges; a cell is free when such a cycle through it can be walked
         * without lowering any cell that is 0.
         */
        List<String> determinedByCycles() {
            List<String> determined = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (hidden[r][c] && !onCycle(r, c)) {
                        determined.add(r + "," + c + "=" + grid[r][c]);
                    }
                }
            }
            return determined;
        }

        /** Stepping from row node to column node over cell r,c adds +1 (in the signed sense) to it; back, -1. */
        private boolean canStep(int r, int c, boolean rowToColumn) {
            int sign = (r == rows - 1) != (c == cols - 1) ? -1 : 1;
            int change = rowToColumn ? sign : -sign;
            return change > 0 || grid[r][c] > 0;
        }

        private boolean onCycle(int er, int ec) {
            for (boolean rowToColumn : new boolean[] {true, false}) {
                if (!canStep(er, ec, rowToColumn)) {
                    continue;
                }
                // nodes: rows 0..rows-1, columns rows..rows+cols-1; find the way back without the cell itself
                int start = rowToColumn ? rows + ec : er;
                int goal = rowToColumn ? er : rows + ec;
                boolean[] seen = new boolean[rows + cols];
                List<Integer> queue = new ArrayList<>(List.of(start));
                seen[start] = true;
                for (int i = 0; i < queue.size(); i++) {
                    int node = queue.get(i);
                    if (node == goal) {
                        return true;
                    }
                    for (int k = 0; k < (node < rows ? cols : rows); k++) {
                        int r = node < rows ? node : k;
                        int c = node < rows ? k : node - rows;
                        int to = node < rows ? rows + c : r;
                        if (hidden[r][c] && !(r == er && c == ec) && !seen[to] && canStep(r, c, node < rows)) {
                            seen[to] = true;
                            queue.add(to);
                        }
                    }
                }
            }
            return false;
        }

        /** Hidden cells the line equations alone fix: the cell's unit vector lies in their row space (exact ranks). */
        List<String> determinedLinearly() {
            List<Integer> unknowns = new ArrayList<>();
            for (int cell = 0; cell < rows * cols; cell++) {
                if (isHidden(cell)) {
                    unknowns.add(cell);
                }
            }
            List<BigInteger[]> equations = new ArrayList<>();
            for (int[] line : lines) {
                BigInteger[] eq = new BigInteger[unknowns.size()];
                Arrays.fill(eq, BigInteger.ZERO);
                for (int i = 0; i < line.length; i++) {
                    int u = unknowns.indexOf(line[i]);
                    if (u >= 0) {
                        eq[u] = BigInteger.valueOf(i == line.length - 1 ? -1 : 1);
                    }
                }
                equations.add(eq);
            }
            int rank = rank(equations, unknowns.size());
            List<String> determined = new ArrayList<>();
            for (int u = 0; u < unknowns.size(); u++) {
                List<BigInteger[]> with = new ArrayList<>(equations);
                BigInteger[] unit = new BigInteger[unknowns.size()];
                Arrays.fill(unit, BigInteger.ZERO);
                unit[u] = BigInteger.ONE;
                with.add(unit);
                if (rank(with, unknowns.size()) == rank) {
                    determined.add(name(unknowns.get(u)));
                }
            }
            return determined;
        }

        /** Rank by fraction-free elimination over the integers. */
        private static int rank(List<BigInteger[]> matrix, int width) {
            List<BigInteger[]> m = new ArrayList<>();
            matrix.forEach(row -> m.add(row.clone()));
            int rank = 0;
            for (int col = 0; col < width && rank < m.size(); col++) {
                int pivot = -1;
                for (int r = rank; r < m.size() && pivot < 0; r++) {
                    if (m.get(r)[col].signum() != 0) {
                        pivot = r;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                BigInteger[] p = m.get(pivot);
                m.set(pivot, m.get(rank));
                m.set(rank, p);
                for (int r = rank + 1; r < m.size(); r++) {
                    BigInteger[] row = m.get(r);
                    BigInteger factor = row[col];
                    if (factor.signum() != 0) {
                        for (int k = 0; k < width; k++) {
                            row[k] = row[k].multiply(p[col]).subtract(p[k].multiply(factor));
                        }
                    }
                }
                rank++;
            }
            return rank;
        }

        /** 0..bound, the values nearest {@code center} first. */
        private static long[] nearestFirst(long center, long bound) {
            long[] order = new long[(int) bound + 1];
            int n = 0;
            for (long d = 0; n < order.length; d++) {
                if (center - d >= 0 && center - d <= bound) {
                    order[n++] = center - d;
                }
                if (d > 0 && center + d <= bound && n < order.length) {
                    order[n++] = center + d;
                }
            }
            return order;
        }

        private long[] shown() {
            long[] values = new long[rows * cols];
            for (int cell = 0; cell < values.length; cell++) {
                values[cell] = isHidden(cell) ? -1 : value(cell);
            }
            return values;
        }

        private boolean isHidden(int cell) {
            return hidden[cell / cols][cell % cols];
        }

        private long value(int cell) {
            return grid[cell / cols][cell % cols];
        }

        private String name(int cell) {
            return cell / cols + "," + cell % cols + "=" + value(cell);
        }
    }

    // --- helpers ---

    /** The cells a primary suppression alone would hide. */
    static boolean[][] primary(long[][] grid, int threshold) {
        boolean[][] hidden = new boolean[grid.length][grid[0].length];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                hidden[r][c] = grid[r][c] >= 1 && grid[r][c] <= threshold;
            }
        }
        return hidden;
    }

    /** The hidden cells as one string per row: {@code *} hidden, {@code .} shown. */
    static String[] pattern(boolean[][] hidden) {
        return Arrays.stream(hidden).map(row -> {
            StringBuilder s = new StringBuilder();
            for (boolean h : row) {
                s.append(h ? '*' : '.');
            }
            return s.toString();
        }).toArray(String[]::new);
    }

    private static boolean[][] parse(String... pattern) {
        boolean[][] hidden = new boolean[pattern.length][];
        for (int r = 0; r < pattern.length; r++) {
            hidden[r] = new boolean[pattern[r].length()];
            for (int c = 0; c < pattern[r].length(); c++) {
                hidden[r][c] = pattern[r].charAt(c) == '*';
            }
        }
        return hidden;
    }

    private static int countHidden(boolean[][] hidden) {
        int n = 0;
        for (boolean[] row : hidden) {
            for (boolean h : row) {
                n += h ? 1 : 0;
            }
        }
        return n;
    }

    /** A load step of people's rows, or any partition of it, keeps its row counts out of logs and viewers' pages. */
    @ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.CsvSource({"loadRegionkoordinatorer, true", "loadRegionkoordinatorer.files:12, true",
            "LOADREGIONKOORDINATORER.files:3, true", "loadMigrationsverket.files:7, true", "loadBra, false",
            "loadBra.files:4, false", "loadRegionkoordinatorerX, false", "reconcile, false"})
    void aStepCountsPeopleWhenItOrItsPartitionLoadsThem(String step, boolean people) {
        assertThat(DisclosureBoundary.countsPeople(step)).isEqualTo(people);
        assertThat(DisclosureBoundary.stepCount(step, 2).hidden()).isEqualTo(people);
    }
}
