package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.bench.MigrationsverketGenerator;
import se.bilaga1.warehouse.Provenance;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.TillstandTables;

/**
 * Tabell 5 and 6 read the permits in one grouped pass and take every cell from the groups: each cell must be what its
 * own query over the permit rows gives (the count, the distinct persons, the provenance per file), on generated
 * permits in two files that share persons, for covered years and for years without any permit.
 */
class PermitCellsIT extends DeliveryTestBase {

    private static final String[] KON = {"KVINNA", "MAN", null};
    private static final String FROM = " FROM migrationsverket_permit p JOIN source_file f ON f.id = p.source_file_id"
            + " WHERE f.status = 'LOADED' AND p.ar = ?";

    @Autowired
    TillstandTables permits;

    @Test
    void everyCellOfTabell5And6IsWhatItsOwnQueryGives() throws Exception {
        Path folder = Files.createDirectories(input.resolve("migrationsverket"));
        MigrationsverketGenerator.write(folder.resolve("beviljade-uppehallstillstand-5-15.csv"), 6_000);
        // the same seed: the first persons again, in a second file
        MigrationsverketGenerator.write(folder.resolve("beviljade-uppehallstillstand-5-15-tillagg.csv"), 1_500);

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(DISTINCT source_file_id) FROM migrationsverket_permit")).isEqualTo(2);

        int checked = 0;
        // 2024: three covered years; 2026: 2025 and 2026 have no permit at all
        for (int reportYear : new int[] {2024, 2026}) {
            // a whole build makes the two from one read of the permits; a table asked for alone reads them itself
            List<PublishedTable> together = permits.tabell5och6(reportYear);
            PublishedTable tabell5 = together.get(0);
            PublishedTable tabell6 = together.get(1);
            assertThat(together).containsExactly(permits.tabell5(reportYear), permits.tabell6(reportYear));
            int c = 0;
            for (int year = reportYear - 2; year <= reportYear; year++) {
                for (String kon : KON) {
                    String sex = kon == null ? "" : " AND p.kon = '" + kon + "'";
                    assertCell(tabell5.rows().get(0).cells().get(c), year, "COUNT(*)", " AND p.tillstand = 'BEVISPERSON'" + sex);
                    assertCell(tabell5.rows().get(1).cells().get(c), year, "COUNT(*)", " AND p.tillstand = 'BETANKETID'" + sex);
                    assertCell(tabell5.rows().get(2).cells().get(c), year, "COUNT(DISTINCT p.person_lopnr)", sex);
                    c++;
                    checked += 3;
                }
                int col = year - (reportYear - 2);
                List<String> applicants = Arrays.asList(" AND p.sokande_part = 'AKLAGARMYNDIGHETEN'",
                        " AND p.sokande_part = 'POLISMYNDIGHETEN'", " AND p.sokande_part = 'SOCIALNAMND'",
                        " AND p.sokande_part = 'SOCIALNAMND' AND p.via_regionkoordinator = TRUE", "");
                for (int r = 0; r < applicants.size(); r++) {
                    assertCell(tabell6.rows().get(r).cells().get(col), year, "COUNT(*)",
                            " AND p.tillstand = 'BETANKETID'" + applicants.get(r));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 3 * (9 + 5));
    }

    /** The cell against the permit rows of {@code year} matching {@code where}, counted by {@code aggregate}. */
    private void assertCell(PublishedTable.Cell cell, int year, String aggregate, String where) {
        Integer covered = jdbc.queryForObject("SELECT COUNT(*)" + FROM, Integer.class, year);
        if (covered == 0) {
            assertThat(cell.value()).as("%d: no permit at all is missing, not zero", year).isNull();
            assertThat(cell.provenance()).isEmpty();
            return;
        }
        long amount = jdbc.queryForObject("SELECT " + aggregate + FROM + where, Long.class, year);
        List<Provenance> provenance = new ArrayList<>(jdbc.query("SELECT f.file_name, f.sha256, MIN(p.sheet_name),"
                + " MIN(p.row_no), MAX(p.row_no), MIN(p.column_name), COUNT(*)" + FROM + where
                + " GROUP BY f.file_name, f.sha256 ORDER BY f.file_name",
                (rs, i) -> new Provenance(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) == rs.getInt(5) ? String.valueOf(rs.getInt(4))
                                : rs.getInt(4) + "–" + rs.getInt(5) + " (" + rs.getInt(7) + " rader)", rs.getString(6)),
                year));
        if (provenance.isEmpty()) {
            provenance.addAll(jdbc.query("SELECT DISTINCT f.file_name, f.sha256" + FROM + " ORDER BY f.file_name",
                    (rs, i) -> new Provenance(rs.getString(1), rs.getString(2), null, "inga rader", "hela filen"), year));
        }
        assertThat(cell.value()).as("%d%s", year, where).isEqualByComparingTo(BigDecimal.valueOf(amount));
        assertThat(cell.provenance()).as("%d%s", year, where).containsExactlyElementsOf(provenance);
    }
}
