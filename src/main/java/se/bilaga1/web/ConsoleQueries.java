package se.bilaga1.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import se.bilaga1.jobs.NightlyJobConfiguration;
import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.publish.ShownCount;
import se.bilaga1.jobs.RebuildJobConfiguration;

/**
 * What the console reads of runs, steps, changes and snapshots from Spring Batch's tables and the run summary. Row
 * accounting, quarantine and rule results come from the disclosure boundary instead. Never a case record.
 */
@Service
public class ConsoleQueries {

    private final JdbcTemplate jdbc;

    public ConsoleQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A run in the list; its rows loaded and quarantined as the disclosure boundary shows them (none until given). */
    public record RunRow(long id, String job, Integer reportYear, LocalDateTime start, LocalDateTime end, String status,
            String exitCode, ShownCount rowsLoaded, ShownCount rowsQuarantined, Integer fel, Integer varning,
            Integer snapshotNo, String message) {

        RunRow withRows(DisclosureBoundary.RunRows rows) {
            return new RunRow(id, job, reportYear, start, end, status, exitCode, rows.loaded(), rows.quarantined(), fel,
                    varning, snapshotNo, message);
        }

        public String kind() {
            return RebuildJobConfiguration.JOB_NAME.equals(job) ? "Årlig ombyggnad"
                    : NightlyJobConfiguration.JOB_NAME.equals(job) ? "Nattlig körning" : job;
        }

        public String duration() {
            if (start == null || end == null) {
                return start == null ? "" : "pågår";
            }
            long s = Duration.between(start, end).toSeconds();
            return s < 120 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
        }

        public boolean running() {
            return "STARTED".equals(status) || "STARTING".equals(status) || "STOPPING".equals(status);
        }

        public String outcome() {
            if (running()) {
                return "Pågår";
            }
            if (NightlyJobConfiguration.NOTHING_CHANGED.equals(exitCode)) {
                return "Klar: inget ändrat";
            }
            return switch (status) {
                case "COMPLETED" -> "Klar";
                case "FAILED" -> "Misslyckades";
                case "ABANDONED" -> "Övergiven";
                case "STOPPED" -> "Stoppad";
                default -> status;
            };
        }
    }

    /** A step of a run; {@code read} and {@code written} exact, for the internal page. */
    public record StepRow(String name, String status, long read, long written, LocalDateTime start, LocalDateTime end) {

        /** Rows read as a viewer's page shows them: hidden for a step that loads people's rows. */
        public ShownCount shownRead() {
            return DisclosureBoundary.stepCount(name, read);
        }

        public ShownCount shownWritten() {
            return DisclosureBoundary.stepCount(name, written);
        }
    }

    /** A snapshot of a report year. */
    public record SnapshotRow(int reportYear, int number, LocalDateTime created, boolean forced, String inputsSha256,
            String cellsSha256, Long jobExecutionId) {
    }

    private static final String RUNS = "SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.START_TIME, e.END_TIME, e.STATUS,"
            + " e.EXIT_CODE, (SELECT CAST(p.PARAMETER_VALUE AS INTEGER) FROM BATCH_JOB_EXECUTION_PARAMS p"
            + " WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'rapportar'),"
            + " s.rules_fel, s.rules_varning, s.snapshot_no, s.message"
            + " FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
            + " LEFT JOIN run_summary s ON s.job_execution_id = e.JOB_EXECUTION_ID";

    public List<RunRow> runs(int limit) {
        return jdbc.query(RUNS + " ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST " + limit + " ROWS ONLY", this::runRow);
    }

    public Optional<RunRow> run(long id) {
        return jdbc.query(RUNS + " WHERE e.JOB_EXECUTION_ID = ?", this::runRow, id).stream().findFirst();
    }

    /** The executions of the run's job instance (a restarted run has several), oldest first. */
    public List<Long> executionsOfInstance(long id) {
        return jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = (SELECT"
                + " JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?) ORDER BY JOB_EXECUTION_ID", Long.class, id);
    }

    public List<StepRow> steps(long id) {
        return jdbc.query("SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID", (rs, i) -> new StepRow(rs.getString(1),
                        rs.getString(2), rs.getLong(3), rs.getLong(4), time(rs, 5), time(rs, 6)), id);
    }

    /** The files a nightly run found new, changed or removed. */
    public List<String[]> changes(List<Long> executions) {
        if (executions.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT change_kind, file_name FROM run_change WHERE job_execution_id IN ("
                + placeholders(executions.size()) + ") ORDER BY change_kind, file_name",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, executions.toArray());
    }

    public List<SnapshotRow> snapshots() {
        return jdbc.query("SELECT report_year, snapshot_no, created_at, forced, inputs_sha256, cells_sha256, job_execution_id"
                + " FROM snapshot ORDER BY report_year DESC, snapshot_no DESC", (rs, i) -> new SnapshotRow(rs.getInt(1),
                        rs.getInt(2), time(rs, 3), rs.getBoolean(4), rs.getString(5), rs.getString(6),
                        (Long) rs.getObject(7, Long.class)));
    }

    /** The newest run's id, or 0 when there is none. */
    public long latestRunId() {
        Long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        return id == null ? 0 : id;
    }

    private RunRow runRow(ResultSet rs, int i) throws SQLException {
        return new RunRow(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(7, Integer.class), time(rs, 3), time(rs, 4),
                rs.getString(5), rs.getString(6), null, null, (Integer) rs.getObject(8, Integer.class),
                (Integer) rs.getObject(9, Integer.class), (Integer) rs.getObject(10, Integer.class), rs.getString(11));
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().withNano(0);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
