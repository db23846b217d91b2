package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Mart over Migrationsverket's permits: counts of permits and of distinct persons, each with the file rows
 * they counted. A year without any permit in the warehouse is missing ({@code ..}), not zero.
 */
@Repository
public class TillstandCounts {

    public static final String BEVISPERSON = "BEVISPERSON";
    public static final String BETANKETID = "BETANKETID";
    /** A cell that counts permits (rows), not distinct persons. */
    private static final String ROWS = "COUNT(*)";

    private final JdbcTemplate jdbc;

    public TillstandCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A counted cell: {@code amount} null when the year is not covered at all. */
    public record Count(BigDecimal amount, List<Provenance> provenance) {
    }

    /** Permits of one kind granted in {@code year}; {@code kon} null for all. */
    public Count permits(int year, String tillstand, String kon) {
        return count(ROWS, "p.ar = ? AND p.tillstand = ?" + (kon == null ? "" : " AND p.kon = ?"),
                kon == null ? new Object[] {year, tillstand} : new Object[] {year, tillstand, kon}, year);
    }

    /** Distinct persons holding any permit granted in {@code year}; {@code kon} null for all. */
    public Count persons(int year, String kon) {
        return count("COUNT(DISTINCT p.person_lopnr)", "p.ar = ?" + (kon == null ? "" : " AND p.kon = ?"),
                kon == null ? new Object[] {year} : new Object[] {year, kon}, year);
    }

    /** Reflection-period permits by applicant ({@code null} for all); only those via a coordinator if asked. */
    public Count reflectionPeriods(int year, String sokandePart, boolean viaRegionkoordinator) {
        String where = "p.ar = ? AND p.tillstand = 'BETANKETID'" + (sokandePart == null ? "" : " AND p.sokande_part = ?")
                + (viaRegionkoordinator ? " AND p.via_regionkoordinator = TRUE" : "");
        return count(ROWS, where, sokandePart == null ? new Object[] {year} : new Object[] {year, sokandePart}, year);
    }

    /** Person keys seen with both sexes (Kvinna and Man), each with the file rows that give them. */
    public List<PersonWithTwoSexes> personsWithTwoSexes() {
        List<String> keys = jdbc.queryForList("SELECT p.person_lopnr FROM migrationsverket_permit p JOIN source_file f"
                + " ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND p.kon IN ('KVINNA','MAN')"
                + " GROUP BY p.person_lopnr HAVING COUNT(DISTINCT p.kon) > 1 ORDER BY p.person_lopnr", String.class);
        List<PersonWithTwoSexes> result = new ArrayList<>();
        for (String key : keys) {
            List<String> rows = jdbc.query("SELECT f.file_name, p.row_no, p.kon FROM migrationsverket_permit p"
                    + " JOIN source_file f ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND p.person_lopnr = ?"
                    + " ORDER BY f.file_name, p.row_no",
                    (rs, i) -> rs.getString(1) + " rad " + rs.getInt(2) + " (" + rs.getString(3).toLowerCase() + ")", key);
            result.add(new PersonWithTwoSexes(key, rows));
        }
        return result;
    }

    /** The person key stays in the warehouse: callers show only the file rows. */
    public record PersonWithTwoSexes(String personKey, List<String> fileRows) {
    }

    /**
     * One query per cell where it can: the matching rows per file (their provenance) give a count of rows by summing;
     * a count of distinct persons needs its own. Only a cell with no matching row asks whether its year is covered at
     * all (missing) or a true zero.
     */
    private Count count(String aggregate, String where, Object[] params, int year) {
        long[] rows = {0};
        List<Provenance> provenance = jdbc.query("SELECT f.file_name, f.sha256, MIN(p.sheet_name), MIN(p.row_no),"
                + " MAX(p.row_no), MIN(p.column_name), COUNT(*) FROM migrationsverket_permit p JOIN source_file f"
                + " ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND " + where
                + " GROUP BY f.file_name, f.sha256 ORDER BY f.file_name",
                (rs, i) -> {
                    rows[0] += rs.getInt(7);
                    return new Provenance(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4) == rs.getInt(5) ? String.valueOf(rs.getInt(4))
                                    : rs.getInt(4) + "–" + rs.getInt(5) + " (" + rs.getInt(7) + " rader)",
                            rs.getString(6));
                },
                params);
        if (provenance.isEmpty()) {
            Integer covered = jdbc.queryForObject("SELECT COUNT(*) FROM migrationsverket_permit p JOIN source_file f"
                    + " ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND p.ar = ?", Integer.class, year);
            if (covered == null || covered == 0) {
                return new Count(null, List.of());
            }
            // a true zero: the year's extract was searched and nothing matched
            provenance = jdbc.query("SELECT DISTINCT f.file_name, f.sha256 FROM migrationsverket_permit p JOIN source_file f"
                    + " ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND p.ar = ? ORDER BY f.file_name",
                    (rs, i) -> new Provenance(rs.getString(1), rs.getString(2), null, "inga rader", "hela filen"), year);
            return new Count(BigDecimal.ZERO, provenance);
        }
        long amount = aggregate.equals(ROWS) ? rows[0] : jdbc.queryForObject("SELECT " + aggregate
                + " FROM migrationsverket_permit p JOIN source_file f ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND "
                + where, Long.class, params);
        return new Count(BigDecimal.valueOf(amount), provenance);
    }

}
