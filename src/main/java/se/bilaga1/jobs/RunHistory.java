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

    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterJob(JobExecution execution) {
        long id = execution.getId();
        var params = execution.getJobParameters();
        Integer year = params.getLong(RunParameters.REPORT_YEAR) == null ? null
                : params.getLong(RunParameters.REPORT_YEAR).intValue();
        // a restarted run counts the changes its instance's first execution registered
        Map<String, Integer> changes = new java.util.HashMap<>();
        jdbc.query("SELECT change_kind, COUNT(*) FROM run_change WHERE job_execution_id IN (SELECT JOB_EXECUTION_ID"
                + " FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?) GROUP BY change_kind",
                rs -> {
                    changes.put(rs.getString(1), rs.getInt(2));
                }, execution.getJobInstance().getInstanceId());
        List<Map<String, Object>> rules = year == null ? List.of() : jdbc.queryForList("SELECT status, COUNT(*) AS n FROM"
                + " reconciliation_history WHERE report_year = ? AND job_execution_id IN (SELECT JOB_EXECUTION_ID FROM"
                + " BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?) GROUP BY status", year,
                execution.getJobInstance().getInstanceId());
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
                + " FROM source_file WHERE job_execution_id IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION"
                + " WHERE JOB_INSTANCE_ID = ?)", execution.getJobInstance().getInstanceId());
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
}
