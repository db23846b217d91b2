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

    /**
     * A sum's key: explicit hash and equality, as every detail row of a chunk looks one up. Each chunk's sums keep
     * one key as a probe, set for each row; a key is made only for a sum not yet in the chunk.
     */
    private static final class Key {
        long fileId;
        String lagrum;
        int ar;
        int hash;

        Key set(long fileId, String lagrum, int ar) {
            this.fileId = fileId;
            this.lagrum = lagrum;
            this.ar = ar;
            this.hash = (Long.hashCode(fileId) * 31 + lagrum.hashCode()) * 31 + ar;
            return this;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.ar == ar && k.fileId == fileId && k.lagrum.equals(lagrum);
        }
    }

    private static final class Sum {
        long antal;
        long rows;
        int minRow = Integer.MAX_VALUE;
        int maxRow = Integer.MIN_VALUE;
        String sheet;
        String column;
    }

    /** One chunk's detail rows summed per file, statute and year, as the sink writes them. */
    static final class Gathered {
        private final Map<Key, Sum> sums = new LinkedHashMap<>();
        private final Key probe = new Key();

        void add(long fileId, String lagrum, int ar, long antal, int rowNo, String sheet, String column) {
            Sum sum = sums.get(probe.set(fileId, lagrum, ar));
            if (sum == null) {
                sum = new Sum();
                sums.put(new Key().set(fileId, lagrum, ar), sum);
            }
            sum.antal += antal;
            sum.rows++;
            sum.minRow = Math.min(sum.minRow, rowNo);
            sum.maxRow = Math.max(sum.maxRow, rowNo);
            if (sum.sheet == null) {
                sum.sheet = sheet;
            }
            if (sum.column == null) {
                sum.column = column;
            }
        }
    }

    /** Adds a chunk's sums to the table, in the chunk's transaction. */
    void add(Gathered gathered) {
        Map<Key, Sum> sums = gathered.sums;
        if (sums.isEmpty()) {
            return;
        }
        List<Object[]> updates = new ArrayList<>();
        sums.forEach((k, s) -> updates.add(new Object[] {s.antal, s.rows, s.minRow, s.maxRow, k.fileId, k.lagrum, k.ar}));
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
                inserts.add(new Object[] {k.fileId, k.lagrum, k.ar, s.antal, s.rows, s.minRow, s.maxRow, s.sheet, s.column});
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
