package se.bilaga1.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import se.bilaga1.jobs.BatchRuns;
import se.bilaga1.jobs.NightlyJobConfiguration;
import se.bilaga1.jobs.RunHistory;
import se.bilaga1.jobs.RunParameters;
import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.publish.ShownCount;
import se.bilaga1.jobs.RebuildJobConfiguration;

/**
 * What the console reads of runs and steps (through Spring Batch's API), changes, snapshots and the run summary. Row
 * accounting, quarantine and rule results come from the disclosure boundary instead. Never a case record.
 */
@Service
public class ConsoleQueries {

    private final JdbcTemplate jdbc;
    private final BatchRuns runs;
    private final RunHistory history;

    public ConsoleQueries(JdbcTemplate jdbc, BatchRuns runs, RunHistory history) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.history = history;
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

    public List<RunRow> runs(int limit) {
        return rows(runs.latest(limit));
    }

    public Optional<RunRow> run(long id) {
        return runs.execution(id).map(e -> rows(List.of(e)).get(0));
    }

    /** The executions of the run's job instance (a restarted run has several), oldest first. */
    public List<Long> executionsOfInstance(long id) {
        return runs.executionsOfInstance(id);
    }

    public List<StepRow> steps(long id) {
        return runs.execution(id).map(e -> e.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparingLong(StepExecution::getId))
                .map(st -> new StepRow(st.getStepName(), st.getStatus().name(), BatchRuns.rowsRead(st),
                        BatchRuns.rowsWritten(st), seconds(st.getStartTime()), seconds(st.getEndTime()))).toList())
                .orElse(List.of());
    }

    private List<RunRow> rows(List<JobExecution> executions) {
        Map<Long, RunHistory.Summary> summaries = history.summaries(executions.stream().map(JobExecution::getId).toList());
        return executions.stream().map(e -> {
            RunHistory.Summary s = summaries.get(e.getId());
            Long year = e.getJobParameters().getLong(RunParameters.REPORT_YEAR);
            return new RunRow(e.getId(), e.getJobInstance().getJobName(), year == null ? null : year.intValue(),
                    seconds(e.getStartTime()), seconds(e.getEndTime()), e.getStatus().name(),
                    e.getExitStatus().getExitCode(), null, null, s == null ? null : s.rulesFel(),
                    s == null ? null : s.rulesVarning(), s == null ? null : s.snapshotNo(), s == null ? null : s.message());
        }).toList();
    }

    private static LocalDateTime seconds(LocalDateTime t) {
        return t == null ? null : t.withNano(0);
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
        return runs.latestId();
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().withNano(0);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
