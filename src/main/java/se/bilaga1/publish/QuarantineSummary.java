package se.bilaga1.publish;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The quarantine as the disclosure boundary reads it: counts per file and reason, and rows by place. A cell of a row of
 * people never leaves this class with its value (the query gives null), and its reason only as the name of its
 * {@link QuarantineReason}: the stored reason may quote the row.
 */
@Repository
class QuarantineSummary {

    static final int ROWS_SHOWN = 1000;
    static final String CASE_SOURCE = PersonLevelSource.REGIONKOORDINATORER.source();

    /** Over {@code source_file f}: whether the file's rows are people. */
    private static final String PEOPLE = "f.source_name IN (" + Arrays.stream(PersonLevelSource.values())
            .map(s -> "'" + s.source() + "'").collect(Collectors.joining(",")) + ")";
    /** Over {@code source_file f}: whether each of the file's rows is a person of one region (a coordinator file). */
    private static final String REGIONAL = "f.source_name IN (" + Arrays.stream(PersonLevelSource.values())
            .filter(PersonLevelSource::regionalFiles).map(s -> "'" + s.source() + "'").collect(Collectors.joining(","))
            + ")";
    private static final String VALUE = "CASE WHEN " + PEOPLE + " THEN NULL ELSE q.raw_value END";
    private static final String REASON = "CASE WHEN " + PEOPLE + " THEN " + QuarantineReason.sql("q.reason")
            + " ELSE q.reason END";

    private final JdbcTemplate jdbc;

    QuarantineSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows of a file quarantined for a reason (for a file of people, {@code reason} is a {@link QuarantineReason}). */
    record Counted(String source, String fileName, String reason, long rows) {
    }

    /** A quarantined cell (for a row of people: {@code value} null, {@code reason} a {@link QuarantineReason}). */
    record Located(String source, String fileName, String sheetName, int rowNo, String column, String value, String reason) {
    }

    List<Counted> perReason() {
        return jdbc.query("SELECT source_name, file_name, shown_reason, COUNT(DISTINCT row_no) FROM (SELECT f.source_name,"
                + " f.file_name, q.row_no, " + REASON + " AS shown_reason FROM quarantine_row q JOIN source_file f"
                + " ON f.id = q.source_file_id) x GROUP BY source_name, file_name, shown_reason ORDER BY file_name, shown_reason",
                (rs, i) -> new Counted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    /** The first rows of the quarantine, by file and row; the rows of coordinator files only with {@code regional}. */
    List<Located> firstRows(boolean regional) {
        return rows(regional ? "" : " WHERE NOT " + REGIONAL, new Object[0]);
    }

    /** As {@link #firstRows}, of the files the runs (job executions) registered. */
    List<Located> rowsOfRuns(List<Long> executions, boolean regional) {
        if (executions.isEmpty()) {
            return List.of();
        }
        return rows(" WHERE f.job_execution_id IN (" + String.join(",", java.util.Collections.nCopies(executions.size(), "?"))
                + ")" + (regional ? "" : " AND NOT " + REGIONAL), executions.toArray());
    }

    private List<Located> rows(String where, Object[] args) {
        return jdbc.query("SELECT f.source_name, f.file_name, q.sheet_name, q.row_no, q.column_name, " + VALUE + ", " + REASON
                + " FROM quarantine_row q JOIN source_file f ON f.id = q.source_file_id" + where
                + " ORDER BY f.file_name, q.row_no, q.id FETCH FIRST " + ROWS_SHOWN + " ROWS ONLY",
                (rs, i) -> new Located(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)), args);
    }
}
