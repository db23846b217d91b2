package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** What a case reads back from the warehouse after its run: the files, their row accounting and the quarantine. */
record Warehouse(JdbcTemplate jdbc) {

    /** One registered delivery and its row accounting. */
    record SourceFile(String name, String status, String message, String fileKind, String encoding, long rowsRead,
            long rowsLoaded, long rowsQuarantined, long rowsNotes) {
    }

    /** One quarantine entry: where in which file, the value and why. */
    record Quarantined(String sheet, int rowNo, String column, String rawValue, String reason) {
    }

    /** The newest registration of {@code name} ({@code source/file}). */
    SourceFile file(String name) {
        List<SourceFile> found = jdbc.query("SELECT file_name, status, message, file_kind, encoding, rows_read, rows_loaded,"
                + " rows_quarantined, rows_notes FROM source_file WHERE file_name = ? ORDER BY id DESC",
                (rs, i) -> new SourceFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                name);
        assertThat(found).as("registrations of %s among %s", name, fileNames()).isNotEmpty();
        return found.get(0);
    }

    List<String> fileNames() {
        return jdbc.queryForList("SELECT file_name FROM source_file ORDER BY id", String.class);
    }

    List<Quarantined> quarantine(String name) {
        return jdbc.query("SELECT q.sheet_name, q.row_no, q.column_name, q.raw_value, q.reason FROM quarantine_row q"
                + " JOIN source_file f ON f.id = q.source_file_id WHERE f.file_name = ? ORDER BY q.row_no, q.id",
                (rs, i) -> new Quarantined(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                name);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /**
     * Rows read = loaded + quarantined + notes for every file, and every quarantined row has its entries. What does
     * not add up is counted as lost in the suite's summary before the assertion fails.
     */
    void assertNoRowLost() {
        long unaccounted = count("SELECT COALESCE(SUM(ABS(rows_read - rows_loaded - rows_quarantined - rows_notes)), 0)"
                + " FROM source_file");
        long withoutEntries = Math.abs(count("SELECT COUNT(DISTINCT source_file_id || '-' || row_no) FROM quarantine_row")
                - count("SELECT COALESCE(SUM(rows_quarantined), 0) FROM source_file"));
        HostileSummary.ROWS_LOST.addAndGet(unaccounted + withoutEntries);
        assertThat(unaccounted).as("rows read but not loaded, quarantined or noted").isZero();
        assertThat(withoutEntries).as("quarantined rows without their quarantine entries").isZero();
    }
}
