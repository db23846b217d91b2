package se.bilaga1.publish;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.regionkoordinatorer.Exploateringsform;

/**
 * The proof of {@link DisclosureTest} on the sample: the rebuild on {@code input/}, the two tables of the sheet
 * {@code Indikator 3 per region} read back from the workbook as a reader sees them (numbers and {@code ..}), the
 * true counts from the warehouse, and the test's own attacker finding no hidden value it can compute.
 */
@SpringBootTest
class DisclosureSampleIT {

    static final List<String> REGIONS = List.of("Nord", "Mitt", "Bergslagen", "Stockholm", "Öst", "Väst", "Syd");
    static final Map<String, String> SEXES = Map.of("Kvinnor och flickor", "KVINNA", "Män och pojkar", "MAN",
            "Annan könsidentitet", "ANNAN", "Okänt", "OKANT");

    @Autowired
    TestRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @Test
    void noHiddenCellOfTheRegionalTablesCanBeComputedFromWhatIsShown() throws Exception {
        assertThat(rebuild.rebuild(2024, Path.of("input"), output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("bilaga1-2024.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Indikator 3 per region");
            assertThat(sheet).isNotNull();

            Printed byForm = read(sheet, "Personer 2024 per polisregion och exploateringsform");
            assertThat(byForm.columns()).hasSize(Exploateringsform.values().length + 1).endsWith("Totalt");
            long[][] formTruth = truth("exploateringsform", byForm.columns().stream()
                    .map(label -> label.equals("Totalt") ? null : Exploateringsform.parse(label).orElseThrow().name()).toList());
            int formHidden = proveSafe(byForm, formTruth);

            Printed bySex = read(sheet, "Personer 2024 per polisregion och kön");
            assertThat(bySex.columns()).containsExactly("Kvinnor och flickor", "Män och pojkar", "Annan könsidentitet",
                    "Okänt", "Totalt");
            long[][] sexTruth = truth("kon", bySex.columns().stream().map(SEXES::get).toList());
            int sexHidden = proveSafe(bySex, sexTruth);

            // both tables audited together by linear programming, the national row and the regions' totals with them
            List<DisclosureAudit.Range> ranges = DisclosureAudit.ranges(List.of(inner(formTruth), inner(sexTruth)),
                    List.of(byForm.hidden(), bySex.hidden()));
            assertThat(ranges).as("hidden cells an intruder can pin down or narrow into 1–3")
                    .allMatch(range -> range.protectedAt(3));
            assertThat(ranges).hasSize(formHidden + sexHidden);
            long sumHidden = ranges.stream().mapToLong(DisclosureAudit.Range::value).sum();
            DisclosureAudit.Range narrowest = ranges.stream()
                    .min(java.util.Comparator.comparingDouble(DisclosureAudit.Range::width)).orElseThrow();
            System.out.printf("Disclosure audit of the 2024 sample: %d hidden cells (%d by form, %d by sex), %d cases"
                    + " hidden in all, narrowest range [%.0f, %.0f] (a cell of %d)%n", ranges.size(), formHidden,
                    sexHidden, sumHidden, narrowest.min(), narrowest.max(), narrowest.value());

            // protected one table at a time, as before, the sample gives a cell away to the same audit
            List<long[][]> inners = List.of(inner(formTruth), inner(sexTruth));
            List<DisclosureAudit.Range> alone = DisclosureAudit.ranges(inners, List.of(
                    Disclosure.suppress(inners.get(0), 3, true), Disclosure.suppress(inners.get(1), 3, true)));
            List<String> givenAway = alone.stream().filter(range -> !range.protectedAt(3))
                    .map(range -> (range.table() == 0 ? byForm : bySex).rows().get(range.row()) + " × "
                            + (range.table() == 0 ? byForm : bySex).columns().get(range.column()) + " in ["
                            + Math.round(range.min()) + ", " + Math.round(range.max()) + "]").toList();
            System.out.println("Each table on its own would leave: " + givenAway);
            assertThat(givenAway).isNotEmpty();

            // the sample has small counts in both tables: the proof is not vacuous
            assertThat(formHidden).isGreaterThan(10);
            assertThat(sexHidden).isGreaterThan(3);
            // the national row is the year's cases, as in Tabell 1 (after the corrections: 166 and 2)
            assertThat(formTruth[REGIONS.size()][0]).isEqualTo(166);
            assertThat(formTruth[REGIONS.size()][8]).isEqualTo(2);
            assertThat(formTruth[REGIONS.size()][formTruth[0].length - 1]).isEqualTo(430);
            assertThat(sexTruth[REGIONS.size()][sexTruth[0].length - 1]).isEqualTo(430);
        }
    }

    /**
     * Shown cells are the true counts; the national row (Tabell 1 and 2's figures, published in full) is shown
     * whole; every region's count 1–3 is hidden; and no hidden cell is determined by the shown cells, the line
     * sums and counts being whole and non-negative. Returns how many cells are hidden.
     */
    private static int proveSafe(Printed printed, long[][] truth) {
        int hidden = 0;
        for (int r = 0; r < truth.length; r++) {
            boolean national = r == REGIONS.size();
            for (int c = 0; c < truth[0].length; c++) {
                String where = printed.rows().get(r) + " / " + printed.columns().get(c);
                if (printed.hidden()[r][c]) {
                    hidden++;
                } else {
                    assertThat(printed.values()[r][c]).as(where).isEqualTo(truth[r][c]);
                }
                if (national) {
                    assertThat(printed.hidden()[r][c]).as("%s is hidden", where).isFalse();
                } else if (truth[r][c] >= 1 && truth[r][c] <= 3) {
                    assertThat(printed.hidden()[r][c]).as("%s = %d is shown", where, truth[r][c]).isTrue();
                }
            }
        }
        DisclosureTest.Attack attack = new DisclosureTest.Attack(truth, printed.hidden());
        assertThat(attack.linesWithOneHiddenCell()).isEmpty();
        assertThat(attack.determinedByCycles()).as("hidden cells the shown ones give away (row,column=value)").isEmpty();
        return hidden;
    }

    /** The counts without the totals column and the national row. */
    private static long[][] inner(long[][] extended) {
        long[][] inner = new long[extended.length - 1][];
        for (int r = 0; r < inner.length; r++) {
            inner[r] = java.util.Arrays.copyOf(extended[r], extended[r].length - 1);
        }
        return inner;
    }

    /** A table as the workbook prints it: its region rows (and Riket), its columns, numbers or {@code ..}. */
    record Printed(List<String> rows, List<String> columns, long[][] values, boolean[][] hidden) {
    }

    private static Printed read(Sheet sheet, String title) {
        int titleRow = -1;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(title)) {
                titleRow = row.getRowNum();
            }
        }
        assertThat(titleRow).as("the table '%s'", title).isNotNegative();
        Row header = sheet.getRow(titleRow + 2);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Polisregion");
        List<String> columns = new ArrayList<>();
        for (int c = 1; c < header.getLastCellNum(); c++) {
            columns.add(header.getCell(c).getStringCellValue());
        }
        List<String> rows = new ArrayList<>();
        long[][] values = new long[REGIONS.size() + 1][columns.size()];
        boolean[][] hidden = new boolean[REGIONS.size() + 1][columns.size()];
        for (int r = 0; r <= REGIONS.size(); r++) {
            Row row = sheet.getRow(titleRow + 3 + r);
            rows.add(row.getCell(0).getStringCellValue());
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.getCell(c + 1);
                if (cell.getCellType() == CellType.NUMERIC) {
                    values[r][c] = (long) cell.getNumericCellValue();
                    assertThat((double) values[r][c]).isEqualTo(cell.getNumericCellValue());
                } else {
                    assertThat(cell.getStringCellValue()).isEqualTo("..");
                    hidden[r][c] = true;
                }
            }
        }
        List<String> expectedRows = new ArrayList<>(REGIONS);
        expectedRows.add("Riket");
        assertThat(rows).isEqualTo(expectedRows);
        return new Printed(rows, columns, values, hidden);
    }

    /** The 2024 counts per region (rows, Riket last) and code (columns; null = the row's total), from the cases. */
    private long[][] truth(String column, List<String> codes) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT polisregion, " + column + ", COUNT(*) FROM regionkoordinator_case WHERE ar = 2024"
                + " GROUP BY polisregion, " + column, rs -> {
                    counts.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                });
        long[][] grid = new long[REGIONS.size() + 1][codes.size()];
        int total = codes.indexOf(null);
        assertThat(total).isEqualTo(codes.size() - 1);
        for (int r = 0; r < REGIONS.size(); r++) {
            for (int c = 0; c < total; c++) {
                long n = counts.getOrDefault(REGIONS.get(r) + "|" + codes.get(c), 0L);
                grid[r][c] = n;
                grid[r][total] += n;
                grid[REGIONS.size()][c] += n;
                grid[REGIONS.size()][total] += n;
            }
        }
        return grid;
    }
}
