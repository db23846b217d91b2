package se.bilaga1.warehouse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Mart over the coordinators' cases: counts grouped as the tables need them, and their provenance per file (file,
 * SHA-256, sheet, row range), never a case key nor a count per file. Cases reach nothing else outside the warehouse.
 */
@Repository
public class ArendeCounts {

    private final JdbcTemplate jdbc;

    public ArendeCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts of cases per value of {@code groupBy} (an SQL expression over columns of {@code c}), for the years
     * given; {@code where} narrows the cases (or null). Keys are {@code year|group}.
     */
    public Map<String, Long> count(String groupBy, String where, int fromYear, int toYear) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT c.ar, " + groupBy + ", COUNT(*) FROM regionkoordinator_case c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.status = 'LOADED' AND c.ar BETWEEN ? AND ?"
                + (where == null ? "" : " AND " + where) + " GROUP BY c.ar, " + groupBy,
                rs -> {
                    counts.put(rs.getInt(1) + "|" + rs.getString(2), rs.getLong(3));
                }, fromYear, toYear);
        return counts;
    }

    /** Sums of a numeric column per year. */
    public Map<Integer, Long> sum(String column, int fromYear, int toYear) {
        Map<Integer, Long> sums = new HashMap<>();
        jdbc.query("SELECT c.ar, SUM(c." + column + ") FROM regionkoordinator_case c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.status = 'LOADED' AND c.ar BETWEEN ? AND ? GROUP BY c.ar",
                rs -> {
                    sums.put(rs.getInt(1), rs.getLong(2));
                }, fromYear, toYear);
        return sums;
    }

    /**
     * Where the cases of each year from {@code fromYear} to {@code toYear} come from: per file its SHA-256, sheet and the
     * rows of the year's cases; never a case key, and never how many cases a file holds (one file is one police region:
     * that is a regional count). A year without cases in the warehouse is not in the map.
     */
    public Map<Integer, List<Provenance>> provenance(int fromYear, int toYear) {
        Map<Integer, List<Provenance>> byYear = new java.util.TreeMap<>();
        jdbc.query("SELECT c.ar, f.file_name, f.sha256, MIN(c.sheet_name), MIN(c.row_no), MAX(c.row_no)"
                + " FROM regionkoordinator_case c JOIN source_file f ON f.id = c.source_file_id"
                + " WHERE f.status = 'LOADED' AND c.ar BETWEEN ? AND ? GROUP BY c.ar, f.file_name, f.sha256"
                + " ORDER BY c.ar, f.file_name",
                rs -> {
                    byYear.computeIfAbsent(rs.getInt(1), y -> new java.util.ArrayList<>()).add(new Provenance(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getInt(5) + "–" + rs.getInt(6), "ärenden"));
                }, fromYear, toYear);
        byYear.replaceAll((year, provenance) -> List.copyOf(provenance));
        return byYear;
    }

    /**
     * The police regions whose cases of each year are in the warehouse, by year: the coordinators' coverage, which
     * names regions only (never a count per region: those are suppressed below national level where small).
     */
    public Map<Integer, List<String>> regionsPerYear() {
        Map<Integer, List<String>> regions = new java.util.TreeMap<>();
        jdbc.query("SELECT DISTINCT c.ar, c.polisregion FROM regionkoordinator_case c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.status = 'LOADED' ORDER BY c.ar, c.polisregion",
                rs -> {
                    regions.computeIfAbsent(rs.getInt(1), y -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return regions;
    }
}
