package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The linear-programming audit of linked tables, and the protection that satisfies it: every hidden cell's range
 * (what an intruder derives from every shown cell and sum, counts ≥ 0) is neither one value nor inside [1, 3].
 */
class DisclosureAuditTest {

    static final int THRESHOLD = 3;

    @Test
    void aSmallCountWhoseNeighbourCanOnlyBeZeroOrOneIsNarrowedToTwoOrThree() {
        // row 1: 2 + 1 = 3; row 2: 5 + 0 = 5; columns 7 and 1. All four hidden, every total shown.
        long[][] inner = {{2, 1}, {5, 0}};
        boolean[][] hidden = {{true, true, false}, {true, true, false}, {false, false, false}};
        List<DisclosureAudit.Range> ranges = DisclosureAudit.ranges(List.<long[][]>of(inner), List.<boolean[][]>of(hidden));
        DisclosureAudit.Range two = ranges.stream().filter(r -> r.row() == 0 && r.column() == 0).findFirst().orElseThrow();
        assertThat(two.min()).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(two.max()).isCloseTo(3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(two.protectedAt(THRESHOLD)).isFalse();
        // the protection hides more (a total) until the 2 can be 0 or exceed 3
        List<boolean[][]> safe = LinkedProtection.protect(List.<long[][]>of(inner), THRESHOLD);
        assertThat(DisclosureAudit.ranges(List.<long[][]>of(inner), safe)).allMatch(r -> r.protectedAt(THRESHOLD));
    }

    @Test
    void aTotalShownInOneTableIsKnownInTheOther() {
        long[][] a = {{1, 4}, {6, 6}};
        long[][] b = {{5, 0}, {2, 10}};
        List<boolean[][]> hidden = List.of(
                new boolean[][] {{true, true, true}, {true, true, true}, {false, false, false}},
                new boolean[][] {{false, false, false}, {false, false, false}, {false, false, false}});
        assertThat(DisclosureAudit.ranges(List.of(a, b), hidden))
                .anySatisfy(r -> assertThat(r.column() == 2 && r.min() == r.max()).isTrue());
    }

    @Test
    void linkedTablesMustShareTheirRowTotals() {
        assertThatThrownBy(() -> LinkedProtection.protect(List.of(new long[][] {{1, 2}}, new long[][] {{4, 0}}), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share their row totals");
    }

    /**
     * Hundreds of seeded pairs of the regional shape (7 regions × 10 forms and × 4 sexes, the same region totals),
     * sparse and small: every hidden cell passes the audit, every count 1–3 is hidden, the national row is shown,
     * and the same counts give the same hidden cells.
     */
    @Test
    void randomLinkedTablesAreProtectedTogetherAndDeterministically() {
        Random random = new Random(20261205);
        int pairs = 300;
        long hiddenCells = 0;
        double narrowest = Double.MAX_VALUE;
        for (int i = 0; i < pairs; i++) {
            List<long[][]> tables = pair(random, i % 3 == 0 ? 2 : 6);
            List<boolean[][]> hidden = LinkedProtection.protect(tables, THRESHOLD);
            List<DisclosureAudit.Range> ranges = DisclosureAudit.ranges(tables, hidden);
            assertThat(ranges).as("pair %d", i).allMatch(r -> r.protectedAt(THRESHOLD));
            for (int t = 0; t < tables.size(); t++) {
                long[][] grid = Disclosure.extend(tables.get(t));
                for (int r = 0; r < grid.length; r++) {
                    for (int c = 0; c < grid[0].length; c++) {
                        boolean national = r == grid.length - 1;
                        if (national) {
                            assertThat(hidden.get(t)[r][c]).isFalse();
                        } else if (grid[r][c] >= 1 && grid[r][c] <= THRESHOLD) {
                            assertThat(hidden.get(t)[r][c]).as("pair %d table %d (%d,%d)", i, t, r, c).isTrue();
                        }
                    }
                }
            }
            List<boolean[][]> again = LinkedProtection.protect(tables, THRESHOLD);
            for (int t = 0; t < tables.size(); t++) {
                assertThat(again.get(t)).isDeepEqualTo(hidden.get(t));
            }
            hiddenCells += ranges.size();
            narrowest = Math.min(narrowest, ranges.stream().mapToDouble(DisclosureAudit.Range::width).min().orElse(99));
        }
        System.out.printf("DisclosureAuditTest: %d random linked pairs, %d hidden cells audited, narrowest range %.1f%n",
                pairs, hiddenCells, narrowest);
        assertThat(hiddenCells).isGreaterThan(pairs);
    }

    /** Protected one table at a time, as before, the linked tables give cells away: the audit sees it. */
    @Test
    void protectingEachTableOnItsOwnFailsTheLinkedAudit() {
        Random random = new Random(20261205);
        int failing = 0;
        for (int i = 0; i < 200; i++) {
            List<long[][]> tables = pair(random, i % 3 == 0 ? 2 : 6);
            List<boolean[][]> alone = new ArrayList<>();
            for (long[][] inner : tables) {
                alone.add(Disclosure.suppress(inner, THRESHOLD, true));
            }
            if (DisclosureAudit.ranges(tables, alone).stream().anyMatch(r -> !r.protectedAt(THRESHOLD))) {
                failing++;
            }
        }
        System.out.printf("DisclosureAuditTest: one table at a time fails the linked audit in %d of 200 pairs%n", failing);
        assertThat(failing).isPositive();
    }

    /** Two tables of 7 regions with the same region totals: by form (10 columns) and by sex (4), counts up to max. */
    static List<long[][]> pair(Random random, int max) {
        long[][] byForm = new long[7][10];
        long[][] bySex = new long[7][4];
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 10; c++) {
                byForm[r][c] = random.nextInt(3) == 0 ? random.nextInt(max + 1) : 0;
            }
            long total = java.util.Arrays.stream(byForm[r]).sum();
            for (long k = 0; k < total; k++) {
                bySex[r][random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2)]++;
            }
        }
        return List.of(byForm, bySex);
    }
}
