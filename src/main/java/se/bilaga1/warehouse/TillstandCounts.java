package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** The sexes Tabell 5 splits by, as the permits table holds them; persons are counted for these and for both. */
    static final String KVINNA = "KVINNA";
    static final String MAN = "MAN";

    private final JdbcTemplate jdbc;

    public TillstandCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A counted cell: {@code amount} null when the year is not covered at all. */
    public record Count(BigDecimal amount, List<Provenance> provenance) {
    }

    /** The permits of the loaded files, of the years from the first parameter to the second. */
    private static final String LOADED_IN_YEARS = " FROM migrationsverket_permit p JOIN source_file f"
            + " ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND p.ar BETWEEN ? AND ?";

    /**
     * The permits of {@code years}, read once for all the cells of a table: per year, kind, sex, applicant, coordinator
     * flag and file, the rows and their span; and, when asked for, the distinct persons per year and sex, and per year.
     */
    PermitGroups groups(List<Integer> years, boolean withPersons) {
        int from = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int to = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<PermitGroups.Group> groups = jdbc.query("SELECT p.ar, p.tillstand, p.kon, p.sokande_part,"
                + " p.via_regionkoordinator, f.file_name, f.sha256, MIN(p.sheet_name), MIN(p.row_no), MAX(p.row_no),"
                + " MIN(p.column_name), COUNT(*)" + LOADED_IN_YEARS + " GROUP BY p.ar, p.tillstand, p.kon, p.sokande_part,"
                + " p.via_regionkoordinator, f.file_name, f.sha256",
                (rs, i) -> new PermitGroups.Group(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                        rs.getString(11), rs.getLong(12)),
                from, to);
        Map<String, Long> persons = new HashMap<>();
        if (!withPersons) {
            return new PermitGroups(groups, persons);
        }
        // one pass for the persons of each sex and of both: a query per grouping read the permits twice (PostgreSQL,
        // 200,000 permits: 170 ms against 55 ms)
        jdbc.query("SELECT p.ar, COUNT(DISTINCT CASE WHEN p.kon = '" + KVINNA + "' THEN p.person_lopnr END),"
                + " COUNT(DISTINCT CASE WHEN p.kon = '" + MAN + "' THEN p.person_lopnr END), COUNT(DISTINCT p.person_lopnr)"
                + LOADED_IN_YEARS + " GROUP BY p.ar",
                rs -> {
                    int year = rs.getInt(1);
                    persons.put(PermitGroups.personKey(year, KVINNA), rs.getLong(2));
                    persons.put(PermitGroups.personKey(year, MAN), rs.getLong(3));
                    persons.put(PermitGroups.personKey(year, null), rs.getLong(4));
                }, from, to);
        return new PermitGroups(groups, persons);
    }

    /** Person keys seen with both sexes (Kvinna and Man), each with the file rows that give them. */
    public List<PersonWithTwoSexes> personsWithTwoSexes() {
        List<String> keys = jdbc.queryForList("SELECT p.person_lopnr FROM migrationsverket_permit p JOIN source_file f"
                + " ON f.id = p.source_file_id WHERE f.status = 'LOADED' AND p.kon IN ('" + KVINNA + "','" + MAN + "')"
                // of two values, MIN and MAX differ exactly when both occur: no distinct count per person to sort for
                + " GROUP BY p.person_lopnr HAVING MIN(p.kon) <> MAX(p.kon) ORDER BY p.person_lopnr", String.class);
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

}
