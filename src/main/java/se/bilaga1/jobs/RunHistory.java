package se.bilaga1.jobs;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what each run saw and concluded to {@code run_summary} when it ends, whatever its outcome: the file
 * changes, the rule results, the checksum of the published cells, the snapshot. {@code ./jobs/status} reads it.
 */
@Component
public class RunHistory implements JobExecutionListener {

    private final JdbcTemplate jdbc;
    private final BatchRuns runs;

    public RunHistory(JdbcTemplate jdbc, BatchRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    @Override
    public void afterJob(JobExecution execution) {
        long id = execution.getId();
        var params = execution.getJobParameters();
        Integer year = params.getLong(RunParameters.REPORT_YEAR) == null ? null
                : params.getLong(RunParameters.REPORT_YEAR).intValue();
        // a restarted run counts the changes its instance's first execution registered
        List<Long> executions = new java.util.ArrayList<>(runs.executionIds(execution.getJobInstance()));
        if (!executions.contains(id)) {
            executions.add(id);
        }
        String in = String.join(",", java.util.Collections.nCopies(executions.size(), "?"));
        Map<String, Integer> changes = new java.util.HashMap<>();
        jdbc.query("SELECT change_kind, COUNT(*) FROM run_change WHERE job_execution_id IN (" + in + ") GROUP BY change_kind",
                rs -> {
                    changes.put(rs.getString(1), rs.getInt(2));
                }, executions.toArray());
        List<Object> yearAndExecutions = new java.util.ArrayList<>(List.of(year == null ? 0 : year));
        yearAndExecutions.addAll(executions);
        List<Map<String, Object>> rules = year == null ? List.of() : jdbc.queryForList("SELECT status, COUNT(*) AS n FROM"
                + " reconciliation_history WHERE report_year = ? AND job_execution_id IN (" + in + ") GROUP BY status",
                yearAndExecutions.toArray());
        Integer ok = null;
        Integer varning = null;
        Integer fel = null;
        for (Map<String, Object> r : rules) {
            int n = ((Number) r.get("n")).intValue();
            switch (String.valueOf(r.get("status"))) {
                case "OK" -> ok = n;
                case "VARNING" -> varning = n;
                case "FEL" -> fel = n;
                default -> { }
            }
        }
        if (!rules.isEmpty()) {
            ok = ok == null ? 0 : ok;
            varning = varning == null ? 0 : varning;
            fel = fel == null ? 0 : fel;
        }
        var context = execution.getExecutionContext();
        String message = execution.getExitStatus().getExitDescription();
        if (execution.getStatus().isUnsuccessful() && !execution.getAllFailureExceptions().isEmpty()) {
            message = String.valueOf(execution.getAllFailureExceptions().get(0).getMessage());
        } else if (context.containsKey(NightlyJobConfiguration.CHANGES)) {
            message = context.getString(NightlyJobConfiguration.CHANGES);
        }
        Map<String, Object> rows = jdbc.queryForMap("SELECT SUM(rows_loaded) AS loaded, SUM(rows_quarantined) AS quarantined"
                + " FROM source_file WHERE job_execution_id IN (" + in + ")", executions.toArray());
        jdbc.update("DELETE FROM run_summary WHERE job_execution_id = ?", id);
        jdbc.update("INSERT INTO run_summary (job_execution_id, job_name, report_year, files_new, files_changed, files_removed,"
                + " files_unchanged, rules_ok, rules_varning, rules_fel, cells_sha256, snapshot_no, message, rows_loaded,"
                + " rows_quarantined) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", id, execution.getJobInstance().getJobName(), year,
                changes.getOrDefault("NEW", 0), changes.getOrDefault("CHANGED", 0), changes.getOrDefault("REMOVED", 0),
                context.containsKey(NightlyJobConfiguration.FILES_UNCHANGED) ? context.getInt(NightlyJobConfiguration.FILES_UNCHANGED) : 0,
                ok, varning, fel, context.containsKey(RebuildJobConfiguration.CELLS_SHA256)
                        ? context.getString(RebuildJobConfiguration.CELLS_SHA256) : null,
                context.containsKey(RebuildJobConfiguration.SNAPSHOT_NO) ? context.getInt(RebuildJobConfiguration.SNAPSHOT_NO)
                        : null,
                message == null ? null : message.length() > 4000 ? message.substring(0, 3999) : message,
                rows.get("loaded"), rows.get("quarantined"));
    }

    /** What {@code run_summary} holds of a run, as status and the console show it. */
    public record Summary(Integer reportYear, Integer rulesOk, Integer rulesFel, Integer rulesVarning, Integer snapshotNo,
            String message) {
    }

    /** The summaries of the runs {@code ids} that have one (a run under way has none yet). */
    public Map<Long, Summary> summaries(List<Long> ids) {
        Map<Long, Summary> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT job_execution_id, report_year, rules_ok, rules_fel, rules_varning, snapshot_no, message"
                + " FROM run_summary WHERE job_execution_id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(),
                        "?")) + ")", rs -> {
                    found.put(rs.getLong(1), new Summary((Integer) rs.getObject(2, Integer.class),
                            (Integer) rs.getObject(3, Integer.class), (Integer) rs.getObject(4, Integer.class),
                            (Integer) rs.getObject(5, Integer.class), (Integer) rs.getObject(6, Integer.class),
                            rs.getString(7)));
                }, ids.toArray());
        return found;
    }
}
