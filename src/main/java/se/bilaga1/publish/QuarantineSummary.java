package se.bilaga1.publish;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the workbook shows of the quarantine: counts per file and reason, and the first rows in full. */
@Repository
public class QuarantineSummary {

    static final int ROWS_SHOWN = 1000;
    static final String CASE_SOURCE = "regionkoordinatorer";

    /**
     * The quarantined value as any output may show it, over {@code quarantine_row q} joined with {@code source_file f}:
     * a coordinator case's cell is part of a victim's record, so its place and reason show, never what it says.
     */
    public static final String SHOWN_VALUE = "CASE WHEN f.source_name = '" + CASE_SOURCE
            + "' THEN '(dold: ärendeuppgift)' ELSE q.raw_value END";

    private final JdbcTemplate jdbc;

    public QuarantineSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record PerReason(String fileName, String reason, long rows) {
    }

    public record Entry(String fileName, String sheetName, int rowNo, String column, String rawValue, String reason) {
    }

    public List<PerReason> perReason() {
        return jdbc.query("SELECT f.file_name, q.reason, COUNT(DISTINCT q.row_no) FROM quarantine_row q"
                + " JOIN source_file f ON f.id = q.source_file_id GROUP BY f.file_name, q.reason ORDER BY f.file_name, q.reason",
                (rs, i) -> new PerReason(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    public List<Entry> firstRows() {
        // a coordinator case's cell is part of a victim's record: the workbook names where it is, never what it says
        return jdbc.query("SELECT f.file_name, q.sheet_name, q.row_no, q.column_name, " + SHOWN_VALUE
                + ", q.reason FROM quarantine_row q"
                + " JOIN source_file f ON f.id = q.source_file_id ORDER BY f.file_name, q.row_no, q.id"
                + " FETCH FIRST " + ROWS_SHOWN + " ROWS ONLY",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }
}
