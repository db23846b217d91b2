package se.bilaga1.warehouse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A full rebuild starts from an empty warehouse: every source file and, by cascade, its facts go; the fact tables
 * without a cascading key (Brå's detail, V8; the permits and the cases, V15) are emptied first.
 */
@Component
public class WarehouseReset {

    private final JdbcTemplate jdbc;

    public WarehouseReset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clearForRebuild(int reportYear) {
        jdbc.update("DELETE FROM reconciliation_result WHERE report_year = ?", reportYear);
        jdbc.update("DELETE FROM bra_detail_count");
        jdbc.update("DELETE FROM bra_detail_sum");
        jdbc.update("DELETE FROM migrationsverket_permit");
        jdbc.update("DELETE FROM regionkoordinator_case");
        jdbc.update("DELETE FROM source_file");
    }
}
