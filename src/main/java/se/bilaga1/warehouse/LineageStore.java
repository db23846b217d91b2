package se.bilaga1.warehouse;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.Lineage.CellLineage;
import se.bilaga1.warehouse.Lineage.Entry;
import se.bilaga1.warehouse.Lineage.Key;
import se.bilaga1.warehouse.Lineage.Recorded;

/** The recorded lineage: {@code lineage_run} and {@code cell_lineage}, written when a run publishes, read by explain. */
@Component
class LineageStore {

    private final JdbcTemplate jdbc;

    LineageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the files loaded now, by name and SHA-256. */
    Map<String, Long> fileIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT file_name, sha256, id FROM source_file WHERE status = 'LOADED'",
                rs -> {
                    ids.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getLong(3));
                });
        return ids;
    }

    /**
     * Records {@code lineage} for report year N, in the caller's transaction. It replaces the lineage recorded
     * earlier for the same snapshot (a rebuild that reproduced it), or for a nightly run the previous nightly
     * lineage of the year; the lineage of every other snapshot stays.
     */
    long record(int reportYear, Key key, List<CellLineage> lineage) {
        List<Long> stale = key.snapshotId() == null
                ? jdbc.queryForList("SELECT id FROM lineage_run WHERE report_year = ? AND snapshot_id IS NULL", Long.class,
                        reportYear)
                : jdbc.queryForList("SELECT id FROM lineage_run WHERE report_year = ? AND snapshot_id = ?", Long.class,
                        reportYear, key.snapshotId());
        for (Long id : stale) {
            jdbc.update("DELETE FROM cell_lineage WHERE lineage_run_id = ?", id);
            jdbc.update("DELETE FROM lineage_run WHERE id = ?", id);
        }
        GeneratedKeyHolder holder = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO lineage_run (report_year, job_execution_id, snapshot_id, created_at)"
                    + " VALUES (?,?,?,?)", new String[] {"id"});
            ps.setInt(1, reportYear);
            ps.setLong(2, key.jobExecutionId());
            if (key.snapshotId() == null) {
                ps.setNull(3, java.sql.Types.BIGINT);
            } else {
                ps.setLong(3, key.snapshotId());
            }
            ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now().withNano(0)));
            return ps;
        }, holder);
        long runId = holder.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (CellLineage c : lineage) {
            List<Entry> entries = c.entries().isEmpty() ? java.util.Collections.singletonList(null) : c.entries();
            for (Entry e : entries) {
                rows.add(new Object[] {runId, seq++, c.tabell(), c.rad(), c.kolumn(), c.varde(), e == null ? "-" : e.art().name(),
                    e == null ? null : e.fileId(), e == null ? null : e.fileName(), e == null ? null : e.sha256(),
                    e == null ? null : e.sheet(), e == null ? null : e.rows(), e == null ? null : e.column(),
                    e == null ? null : e.ref(), e == null ? null : e.status(),
                    e == null ? null : cut(e.beskrivning(), 4000), e == null ? null : cut(e.vanster(), 100),
                    e == null ? null : cut(e.hoger(), 100)});
            }
        }
        jdbc.batchUpdate("INSERT INTO cell_lineage (lineage_run_id, seq, tabell, rad, kolumn, varde, art, source_file_id,"
                + " file_name, sha256, sheet_name, rader, kolumn_ref, ref, status, beskrivning, vanster, hoger)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        return runId;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The lineage recorded last for report year N, or for its snapshot {@code snapshotNo} when given. */
    Optional<Recorded> recorded(int reportYear, Integer snapshotNo) {
        String sql = "SELECT l.id, l.report_year, l.job_execution_id, s.snapshot_no, l.created_at FROM lineage_run l"
                + " LEFT JOIN snapshot s ON s.id = l.snapshot_id WHERE l.report_year = ?"
                + (snapshotNo == null ? "" : " AND s.snapshot_no = ?") + " ORDER BY l.id DESC";
        Object[] args = snapshotNo == null ? new Object[] {reportYear} : new Object[] {reportYear, snapshotNo};
        return jdbc.query(sql, rs -> rs.next() ? Optional.of(new Recorded(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                rs.getObject(4) == null ? null : rs.getInt(4), rs.getTimestamp(5).toLocalDateTime()))
                : Optional.<Recorded>empty(), args);
    }

    /** The recorded lineage of one cell, from the warehouse alone. */
    Optional<CellLineage> cell(long lineageRunId, String tabell, String rad, String kolumn) {
        List<Object[]> rows = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        jdbc.query("SELECT varde, art, source_file_id, file_name, sha256, sheet_name, rader, kolumn_ref, ref, status,"
                + " beskrivning, vanster, hoger FROM cell_lineage WHERE lineage_run_id = ? AND tabell = ? AND rad = ?"
                + " AND kolumn = ? ORDER BY seq", rs -> {
                    rows.add(new Object[] {rs.getString(1)});
                    if (!rs.getString(2).equals("-")) {
                        entries.add(new Entry(Lineage.Art.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
                    }
                }, lineageRunId, tabell, rad, kolumn);
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new CellLineage(tabell, rad, kolumn, (String) rows.get(0)[0], entries));
    }

    /** The cells of a recorded lineage whose table and row are as given (for telling what a misspelt name could be). */
    List<String> rows(long lineageRunId, String tabell) {
        return jdbc.queryForList("SELECT DISTINCT rad FROM cell_lineage WHERE lineage_run_id = ? AND tabell = ? ORDER BY rad",
                String.class, lineageRunId, tabell);
    }
}
