package se.bilaga1.warehouse;

import java.sql.Connection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings PostgreSQL's planner statistics up to date after the loads, for the tables the marts and checks read. A
 * load copies hundreds of thousands of rows into tables the planner last saw empty, and autovacuum analyses them
 * only later: until then it plans the marts' queries for an empty table (nested loops over every file, sorts spilled
 * to disk), measured at 2–4× their time with statistics. ANALYZE samples a fixed number of rows, so it costs about
 * the same at any size. Brå's detail rows are left out: the marts read their per-file sums ({@code bra_detail_sum}).
 * H2 analyses a table by itself after enough rows change.
 */
@Component
public class PlannerStatistics {

    static final List<String> MART_TABLES = List.of("source_file", "bra_published_count", "bra_detail_sum",
            "bra_kartlaggning", "kommunenkat_svar", "migrationsverket_permit", "regionkoordinator_case",
            "stodprogram_antal", "stodprogram_medel", "korrigering");

    private final JdbcTemplate jdbc;

    public PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** ANALYZE on the marts' tables on PostgreSQL; nothing elsewhere. Returns whether it analysed. */
    public boolean refresh() {
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            return false;
        }
        jdbc.execute("ANALYZE " + String.join(", ", MART_TABLES));
        return true;
    }
}
