package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.bilaga1.bra.Lagrum;

/**
 * Mart over Brå's staging tables: one count per statute and year, with its provenance. A year Brå delivered as
 * a published table takes the table's figure (the most recently registered file's, when several give it);
 * a year delivered only as detail takes the detail's sum.
 */
@Repository
public class OffenceCounts {

    public static final String ANMALDA_BROTT = "ANMALDA_BROTT";
    public static final String LAGFORINGSBESLUT = "LAGFORINGSBESLUT";
    /** A published table's own total row, loaded beside its statutes: no statute, and no figure of Tabell 7 or 8. */
    public static final String TOTALT = Lagrum.TOTALT;

    private final JdbcTemplate jdbc;

    public OffenceCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A statute × year count: amount null when missing; marker {@code ..} then. */
    public record Count(String lagrum, int ar, BigDecimal amount, String marker, String origin, List<Provenance> provenance) {
    }

    public List<Count> counts(String measure, List<String> lagrum, List<Integer> years) {
        Map<String, Count> published = jdbc.query("""
                SELECT c.lagrum, c.ar, c.amount, c.marker, f.file_name, f.sha256, c.sheet_name, c.row_no, c.column_name,
                       c.cell_ref, c.source_file_id
                  FROM bra_published_count c JOIN source_file f ON f.id = c.source_file_id
                 WHERE c.measure = ? AND f.status = 'LOADED'
                 ORDER BY c.source_file_id""",
                (rs, i) -> new Count(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4), "tabell",
                        List.of(new Provenance(rs.getString(5), rs.getString(6), rs.getString(7),
                                String.valueOf(rs.getInt(8)), column(rs.getString(10), rs.getString(9))))),
                measure).stream()
                // the latest registered file wins: later rows overwrite earlier ones
                .collect(Collectors.toMap(c -> c.lagrum() + "|" + c.ar(), Function.identity(), (a, b) -> b));
        Map<String, Count> detail = measure.equals(ANMALDA_BROTT) ? detailSums() : Map.of();
        List<Count> result = new ArrayList<>();
        for (String l : lagrum) {
            for (int year : years) {
                String key = l + "|" + year;
                Count count = published.getOrDefault(key, detail.get(key));
                result.add(count != null ? count : new Count(l, year, null, "..", "saknas", List.of()));
            }
        }
        return result;
    }

    /**
     * Detail sums per statute and year, each with the file rows it summed: read from the per-file sums the load
     * step keeps ({@code bra_detail_sum}), a few hundred rows whatever the size of the detail.
     */
    public Map<String, Count> detailSums() {
        record Part(String lagrum, int ar, long sum, String file, String sha, String sheet, int minRow, int maxRow, String column) {
        }
        List<Part> parts = jdbc.query("""
                SELECT d.lagrum, d.ar, d.antal, f.file_name, f.sha256, d.sheet_name, d.min_row, d.max_row, d.column_name
                  FROM bra_detail_sum d JOIN source_file f ON f.id = d.source_file_id
                 WHERE f.status = 'LOADED'
                 ORDER BY d.lagrum, d.ar, f.file_name""",
                (rs, i) -> new Part(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9)));
        Map<String, Count> sums = new java.util.LinkedHashMap<>();
        for (Part p : parts) {
            Provenance prov = new Provenance(p.file(), p.sha(), p.sheet(),
                    p.minRow() == p.maxRow() ? String.valueOf(p.minRow()) : p.minRow() + "–" + p.maxRow(), p.column());
            sums.merge(p.lagrum() + "|" + p.ar(),
                    new Count(p.lagrum(), p.ar(), BigDecimal.valueOf(p.sum()), null, "detalj", List.of(prov)),
                    (a, b) -> {
                        List<Provenance> both = new ArrayList<>(a.provenance());
                        both.addAll(b.provenance());
                        return new Count(a.lagrum(), a.ar(), a.amount().add(b.amount()), null, "detalj", both);
                    });
        }
        return sums;
    }

    /** Every published-table figure per statute and year, one per file, to compare overlapping deliveries. */
    public List<Count> publishedByFile(String measure) {
        return jdbc.query("""
                SELECT c.lagrum, c.ar, c.amount, c.marker, f.file_name, f.sha256, c.sheet_name, c.row_no, c.cell_ref,
                       c.column_name
                  FROM bra_published_count c JOIN source_file f ON f.id = c.source_file_id
                 WHERE c.measure = ? AND f.status = 'LOADED'
                 ORDER BY c.lagrum, c.ar, c.source_file_id""",
                (rs, i) -> new Count(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4), "tabell",
                        List.of(new Provenance(rs.getString(5), rs.getString(6), rs.getString(7),
                                String.valueOf(rs.getInt(8)), column(rs.getString(9), rs.getString(10))))),
                measure);
    }

    /** A published cell's column as provenance names it: {@code F (2024)}. */
    private static String column(String cellRef, String header) {
        return cellRef.replaceAll("\\d+$", "") + " (" + header + ")";
    }

    /** Labels of the statutes as Bilaga 1 prints them, else the key. */
    public Map<String, String> labels() {
        return jdbc.query("SELECT lagrum, benamning FROM dim_lagrum", rs -> {
            Map<String, String> labels = new java.util.HashMap<>();
            while (rs.next()) {
                labels.put(rs.getString(1), rs.getString(2));
            }
            return labels;
        });
    }
}
