package se.bilaga1.publish;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.RegionalCounts;

/**
 * Year N's regional tables as they are published: both protected together ({@link LinkedProtection}), since they
 * share the regions' totals; the national row is Tabell 1 and 2's, published in full, so it stays shown and the
 * protection comes from the regions. A hidden cell reads {@code ..} with why: a count from 1 to the threshold, or hidden
 * to protect another.
 */
final class RegionalTables {

    private RegionalTables() {
    }

    static List<PublishedTable> protect(RegionalCounts counts, int threshold) {
        List<boolean[][]> hidden = LinkedProtection.protect(List.of(counts.byForm(), counts.bySex()), threshold);
        String y = String.valueOf(counts.year());
        return List.of(
                table(counts, "Region × exploateringsform " + y, "Personer " + y + " per polisregion och exploateringsform",
                        counts.byForm(), hidden.get(0), counts.formLabels(), threshold),
                table(counts, "Region × kön " + y, "Personer " + y + " per polisregion och kön", counts.bySex(),
                        hidden.get(1), counts.sexLabels(), threshold));
    }

    private static PublishedTable table(RegionalCounts counts, String id, String title, long[][] inner, boolean[][] hidden,
            List<String> labels, int threshold) {
        long[][] grid = Disclosure.extend(inner);
        List<String> columns = new ArrayList<>(labels);
        columns.add("Totalt");
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (int r = 0; r <= counts.regions().size(); r++) {
            String label = r < counts.regions().size() ? counts.regions().get(r) : "Riket";
            List<PublishedTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c <= labels.size(); c++) {
                boolean primary = grid[r][c] >= 1 && grid[r][c] <= threshold;
                cells.add(hidden[r][c]
                        ? new PublishedTable.Cell(null, "..", primary ? "röjandekontroll: 1–" + threshold
                                : "röjandekontroll: sekundärt undertryckt", counts.provenance())
                        : new PublishedTable.Cell(BigDecimal.valueOf(grid[r][c]), null, null, counts.provenance()));
            }
            rows.add(new PublishedTable.Row(label, List.of(label), cells));
        }
        return new PublishedTable(id, title, counts.sheet(), List.of("Polisregion"), columns, rows, List.of(
                ".. = undertryckt: antal 1–" + threshold + " visas inte, och ytterligare celler döljs så att inget dolt värde"
                        + " kan räknas fram ur summorna."), List.of(), List.of());
    }
}
