package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code bra_detail_sum}: what each file's detail rows add up to per statute and year, with the rows they
 * span. Called with each chunk's detail rows, in the chunk's transaction, so the sums move exactly as the rows do
 * (a chunk rolled back, a file restarted or retired). A chunk touches a few hundred keys at the most (statutes ×
 * years), whatever its size.
 */
final class DetailSums {

    private final JdbcTemplate jdbc;

    DetailSums(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Key(long fileId, String lagrum, int ar) {
    }

    private static final class Sum {
        long antal;
        long rows;
        int minRow = Integer.MAX_VALUE;
        int maxRow = Integer.MIN_VALUE;
        String sheet;
        String column;
    }

    /** {@code detail}: rows as BraFactSink writes them (file, år, månad, kommunkod, lagrum, antal, sheet, row, column). */
    void add(List<Object[]> detail) {
        if (detail.isEmpty()) {
            return;
        }
        Map<Key, Sum> sums = new LinkedHashMap<>();
        for (Object[] d : detail) {
            Sum sum = sums.computeIfAbsent(new Key((Long) d[0], (String) d[4], (Integer) d[1]), k -> new Sum());
            sum.antal += ((Number) d[5]).longValue();
            sum.rows++;
            int rowNo = (Integer) d[7];
            sum.minRow = Math.min(sum.minRow, rowNo);
            sum.maxRow = Math.max(sum.maxRow, rowNo);
            if (sum.sheet == null) {
                sum.sheet = (String) d[6];
            }
            if (sum.column == null) {
                sum.column = (String) d[8];
            }
        }
        List<Object[]> updates = new ArrayList<>();
        sums.forEach((k, s) -> updates.add(new Object[] {s.antal, s.rows, s.minRow, s.maxRow, k.fileId(), k.lagrum(), k.ar()}));
        int[] updated = jdbc.batchUpdate("""
                UPDATE bra_detail_sum SET antal = antal + ?, row_count = row_count + ?, min_row = LEAST(min_row, ?),
                       max_row = GREATEST(max_row, ?)
                 WHERE source_file_id = ? AND lagrum = ? AND ar = ?""", updates);
        List<Object[]> inserts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Key, Sum> e : sums.entrySet()) {
            if (updated[i++] == 0) {
                Key k = e.getKey();
                Sum s = e.getValue();
                inserts.add(new Object[] {k.fileId(), k.lagrum(), k.ar(), s.antal, s.rows, s.minRow, s.maxRow, s.sheet, s.column});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO bra_detail_sum (source_file_id, lagrum, ar, antal, row_count, min_row, max_row, sheet_name,
                                                column_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
    }
}
