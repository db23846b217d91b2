package se.bilaga1.ingest;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The registry of delivered files: checksum, status and row accounting of each. */
@Repository
public class SourceFileRegistry {

    public static final String REGISTERED = "REGISTERED";
    public static final String LOADING = "LOADING";
    public static final String LOADED = "LOADED";
    public static final String REJECTED = "REJECTED";
    /** An earlier version of a file whose new version has loaded: its facts are gone, its row stays as history. */
    public static final String REPLACED = "REPLACED";
    /** A file gone from the input folder: its facts are gone, its row stays as history. */
    public static final String RETIRED = "RETIRED";

    /**
     * The files whose facts count as already loaded when a load step starts (for duplicate keys across files):
     * loaded files, except those a new version is about to replace, and the part-loaded file a restart resumes.
     * Used as {@code WHERE} condition on {@code source_file f}.
     */
    public static final String FACTS_KEPT = "(f.status = '" + LOADING + "' OR (f.status = '" + LOADED + "' AND NOT EXISTS"
            + " (SELECT 1 FROM source_file n WHERE n.file_name = f.file_name AND n.id <> f.id AND n.status IN ('"
            + REGISTERED + "','" + LOADING + "'))))";

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    public SourceFileRegistry(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /**
     * {@code modified}: the file's modification time as registration saw it (the delivery date the quality declaration
     * gives), null for a file registered unread (a link is not followed, and its time would say nothing).
     */
    public long register(String source, String fileName, Path path, String sha256, long size, Instant modified,
            FileKind kind, Long jobExecutionId, Long replacesId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO source_file (source_name, file_name, file_path, sha256, size_bytes,"
                    + " file_kind, status, registered_at, job_execution_id, replaces_id, modified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    new String[] {"id"});
            ps.setString(1, source);
            ps.setString(2, fileName);
            ps.setString(3, path.toAbsolutePath().toString());
            ps.setString(4, sha256);
            ps.setLong(5, size);
            ps.setString(6, kind == null ? null : kind.name());
            ps.setString(7, REGISTERED);
            ps.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now()));
            ps.setObject(9, jobExecutionId);
            ps.setObject(10, replacesId);
            ps.setTimestamp(11, modified == null ? null : Timestamp.from(modified));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** When each file of {@link #report()} was delivered (its modification time), by file name and SHA-256. */
    public Map<String, LocalDateTime> deliveredAt() {
        Map<String, LocalDateTime> delivered = new java.util.HashMap<>();
        jdbc.query("SELECT file_name, sha256, modified_at FROM source_file WHERE status NOT IN ('" + REPLACED + "','"
                + RETIRED + "')", rs -> {
                    Timestamp t = rs.getTimestamp(3);
                    if (t != null) {
                        delivered.put(deliveryKey(rs.getString(1), rs.getString(2)), t.toLocalDateTime());
                    }
                });
        return delivered;
    }

    /** The key of {@link #deliveredAt()}: a rejected new version shares its name with the version still in use. */
    public static String deliveryKey(String fileName, String sha256) {
        return fileName + "\u0000" + sha256;
    }

    /** Files of a source still to load or part-loaded (a restart resumes them), in registration order. */
    public List<RegisteredFile> filesToLoad(String source) {
        return jdbc.query(SELECT_REGISTERED + " WHERE source_name = ? AND status IN ('" + REGISTERED + "','" + LOADING
                + "') ORDER BY id", REGISTERED_FILE, source);
    }

    public void markLoading(long id, String layout, String sheetName, String encoding, String message) {
        jdbc.update("UPDATE source_file SET status = ?, layout = ?, sheet_name = ?, encoding = ?, message = ? WHERE id = ?",
                LOADING, layout, sheetName, encoding, truncate(relative(id, message), 4000), id);
    }

    /**
     * Marks a file loaded and, in the same transaction (the chunk's), replaces its earlier versions: their facts,
     * notes and quarantine go, their rows stay as REPLACED. Readers count only LOADED files, so they see either
     * the old version or the new one, never half of each.
     */
    public void markLoaded(RegisteredFile file, FactSink sink) {
        for (long earlier : earlierVersions(file, LOADED, REJECTED)) {
            retire(earlier, REPLACED, sink);
        }
        jdbc.update("UPDATE source_file SET status = ?, loaded_at = ? WHERE id = ?",
                LOADED, Timestamp.valueOf(LocalDateTime.now()), file.id());
    }

    /**
     * Rejects a file as a whole: its notes and quarantine go too, and its counts restart from zero. An earlier
     * version that loaded stays in use (a broken delivery does not blank a table); one that was rejected too is
     * replaced by this one.
     */
    public void reject(long id, String message) {
        jdbc.update("DELETE FROM source_note WHERE source_file_id = ?", id);
        jdbc.update("DELETE FROM quarantine_row WHERE source_file_id = ?", id);
        String full = relative(id, message);
        List<RegisteredFile> self = jdbc.query(SELECT_REGISTERED + " WHERE id = ?", REGISTERED_FILE, id);
        if (!self.isEmpty()) {
            for (long earlier : earlierVersions(self.get(0), REJECTED)) {
                retire(earlier, REPLACED, null);
            }
            if (!earlierVersions(self.get(0), LOADED).isEmpty()) {
                full = full + " (the earlier version stays in use)";
            }
        }
        jdbc.update("UPDATE source_file SET status = ?, message = ?, rows_read = 0, rows_loaded = 0,"
                + " rows_quarantined = 0, rows_notes = 0 WHERE id = ?", REJECTED, truncate(full, 4000), id);
    }

    /**
     * A file a stopped run left part-loaded: its facts, notes, quarantine and counts go, and it is to load again from its
     * first row. Nothing happens to a file that is not part-loaded.
     *
     * @return whether the file was part-loaded (and is no longer)
     */
    public boolean startOver(long id, FactSink sink) {
        List<String> status = jdbc.queryForList("SELECT status FROM source_file WHERE id = ?", String.class, id);
        if (status.isEmpty() || !LOADING.equals(status.get(0))) {
            return false;
        }
        sink.deleteFacts(id);
        jdbc.update("DELETE FROM source_note WHERE source_file_id = ?", id);
        jdbc.update("DELETE FROM quarantine_row WHERE source_file_id = ?", id);
        jdbc.update("UPDATE source_file SET status = ?, rows_read = 0, rows_loaded = 0, rows_quarantined = 0, rows_notes = 0"
                + " WHERE id = ?", REGISTERED, id);
        return true;
    }

    /** Takes a file's facts, notes and quarantine out of the warehouse; its row stays, with its counts, as history. */
    public void retire(long id, String status, FactSink sink) {
        if (sink != null) {
            sink.deleteFacts(id);
        }
        jdbc.update("DELETE FROM source_note WHERE source_file_id = ?", id);
        jdbc.update("DELETE FROM quarantine_row WHERE source_file_id = ?", id);
        jdbc.update("UPDATE source_file SET status = ?, retired_at = ? WHERE id = ?", status,
                Timestamp.valueOf(LocalDateTime.now()), id);
    }

    private List<Long> earlierVersions(RegisteredFile file, String... statuses) {
        return jdbc.queryForList("SELECT id FROM source_file WHERE file_name = ? AND id < ? AND status IN ('"
                + String.join("','", statuses) + "') ORDER BY id", Long.class, file.fileName(), file.id());
    }

    /** The files in the warehouse now (loaded or rejected), newest version of each name last. */
    public List<CurrentFile> current() {
        return jdbc.query("SELECT id, source_name, file_name, sha256, status FROM source_file WHERE status IN ('" + LOADED
                + "','" + REJECTED + "') ORDER BY file_name, id", (rs, i) -> new CurrentFile(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /** A file in the warehouse now, as the nightly run compares it with the input folder. */
    public record CurrentFile(long id, String source, String fileName, String sha256, String status) {
    }

    /**
     * Files registered but not loaded by a run that was abandoned: they go, with whatever they loaded (through
     * their source's sink: not every fact table cascades, see V8 and V15).
     */
    public int deleteUnfinished(Map<String, FactSink> sinksBySource) {
        String unfinished = " FROM source_file WHERE status IN ('" + REGISTERED + "','" + LOADING + "')";
        jdbc.query("SELECT id, source_name" + unfinished, rs -> {
            FactSink sink = sinksBySource.get(rs.getString(2));
            if (sink != null) {
                sink.deleteFacts(rs.getLong(1));
            }
        });
        return jdbc.update("DELETE" + unfinished);
    }

    /** The files registered and not yet loaded, with the checksum they had then (a restart checks them). */
    public List<RegisteredFile> unfinished() {
        return jdbc.query(SELECT_REGISTERED + " WHERE status IN ('" + REGISTERED + "','" + LOADING + "') ORDER BY id",
                REGISTERED_FILE);
    }

    /**
     * A message about file {@code id} without the server's folders: the input folder's absolute path (which an
     * exception's message may carry, {@code /srv/bilaga1/input/bra/x.xlsx}) becomes the file's name under it
     * ({@code bra/x.xlsx}), so that what the outputs and the console show names files as the delivery does.
     */
    String relative(long id, String message) {
        if (message == null) {
            return null;
        }
        List<String[]> file = jdbc.query("SELECT file_path, file_name FROM source_file WHERE id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, id);
        if (file.isEmpty() || file.get(0)[0] == null || !file.get(0)[0].endsWith(file.get(0)[1])) {
            return message;
        }
        String root = file.get(0)[0].substring(0, file.get(0)[0].length() - file.get(0)[1].length());
        return root.length() < 2 ? message : message.replace(root, "");
    }

    /** Adds a remark to a file's message (after what it says already). */
    public void addRemark(long id, String remark) {
        remark = relative(id, remark);
        jdbc.update("UPDATE source_file SET message = CASE WHEN message IS NULL OR message = '' THEN ? ELSE message || '; ' || ?"
                + " END WHERE id = ?", remark, remark, id);
    }

    /**
     * Adds a chunk's rows to a file's counts, unless the file was rejected while the chunk was read: then nothing is
     * counted and the answer is false, and the chunk leaves nothing of that file. One statement does both, so a chunk
     * costs no query of its own to learn which of its files are rejected.
     */
    public boolean addCounts(long id, int read, int loaded, int quarantined, int notes) {
        return jdbc.update("UPDATE source_file SET rows_read = rows_read + ?, rows_loaded = rows_loaded + ?,"
                + " rows_quarantined = rows_quarantined + ?, rows_notes = rows_notes + ? WHERE id = ? AND status <> '"
                + REJECTED + "'", read, loaded, quarantined, notes, id) == 1;
    }

    public void addNotes(List<Object[]> rows) {
        bulk.insert("source_note", List.of("source_file_id", "sheet_name", "row_no", "note_kind", "note_text"), rows);
    }

    public void addQuarantine(List<Object[]> rows) {
        bulk.insert("quarantine_row", List.of("source_file_id", "sheet_name", "row_no", "column_name", "raw_value", "reason"),
                rows);
    }

    public List<FileReport> report() {
        return jdbc.query(SELECT_REPORT + " WHERE status NOT IN ('" + REPLACED + "','" + RETIRED + "') ORDER BY source_name,"
                + " file_name, id", FILE_REPORT);
    }

    /** The files the runs (job executions) registered, versions since replaced or retired among them. */
    public List<FileReport> reportOfRuns(List<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT_REPORT + " WHERE job_execution_id IN (" + String.join(",",
                java.util.Collections.nCopies(jobExecutionIds.size(), "?")) + ") ORDER BY file_name, id", FILE_REPORT,
                jobExecutionIds.toArray());
    }

    private static final String SELECT_REPORT = "SELECT source_name, file_name, sha256, size_bytes, file_kind, layout,"
            + " sheet_name, encoding, status, message, rows_read, rows_loaded, rows_quarantined, rows_notes FROM source_file";

    private static final RowMapper<FileReport> FILE_REPORT = (rs, i) -> new FileReport(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14));

    /** One file's line in the run report and the workbook's overview. */
    public record FileReport(String source, String fileName, String sha256, long sizeBytes, String kind, String layout,
            String sheetName, String encoding, String status, String message, int read, int loaded, int quarantined,
            int notes) {

        /** The accounting rule: every row read is loaded, quarantined or a note. */
        public boolean balances() {
            return read == loaded + quarantined + notes;
        }
    }

    private static final String SELECT_REGISTERED = "SELECT id, source_name, file_name, file_path, sha256, file_kind,"
            + " size_bytes FROM source_file";

    private static final RowMapper<RegisteredFile> REGISTERED_FILE = (rs, i) -> new RegisteredFile(rs.getLong(1),
            rs.getString(2), rs.getString(3), Path.of(rs.getString(4)), rs.getString(5),
            rs.getString(6) == null ? null : FileKind.valueOf(rs.getString(6)), rs.getLong(7));

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
