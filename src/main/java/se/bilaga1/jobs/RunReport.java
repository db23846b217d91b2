package se.bilaga1.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.publish.ShownFile;
import se.bilaga1.warehouse.RuleResult;

/**
 * The run report printed at the end of a run: what the runner did first (recovered, restarted), the input
 * changes (nightly), per file its accounting, the rules, the snapshot and the outputs, all as the disclosure boundary
 * hands them out. Never a row's content.
 */
@Component
public class RunReport {

    private final DisclosureBoundary boundary;
    private final JdbcTemplate jdbc;
    private final BatchRuns runs;

    public RunReport(DisclosureBoundary boundary, JdbcTemplate jdbc, BatchRuns runs) {
        this.boundary = boundary;
        this.jdbc = jdbc;
        this.runs = runs;
    }

    public String describe(JobRunner.Run run, int year, Path output) {
        JobExecution execution = run.execution();
        String job = execution.getJobInstance().getJobName();
        var context = execution.getExecutionContext();
        StringBuilder out = new StringBuilder();
        out.append("Bilaga 1 ").append(job).append(' ').append(year).append(": ").append(execution.getStatus())
                .append(" (körning ").append(execution.getId()).append(")\n");
        run.notices().forEach(n -> out.append("  Note: ").append(n).append('\n'));
        if (NightlyJobConfiguration.NOTHING_CHANGED.equals(execution.getExitStatus().getExitCode())) {
            out.append("Input: ").append(context.getString(NightlyJobConfiguration.CHANGES)).append("; nothing loaded, the outputs in ").append(output.toAbsolutePath()).append(" stand\n");
            return out.toString();
        }
        if (context.containsKey(NightlyJobConfiguration.CHANGES)) {
            out.append("Input: ").append(context.getString(NightlyJobConfiguration.CHANGES)).append('\n');
            List<Long> executions = runs.executionIds(execution.getJobInstance());
            jdbc.query("SELECT change_kind, file_name FROM run_change WHERE job_execution_id IN ("
                    + String.join(",", java.util.Collections.nCopies(executions.size(), "?")) + ") ORDER BY change_kind,"
                    + " file_name", rs -> {
                        out.append(String.format("  %-8s %s%n", rs.getString(1), rs.getString(2)));
                    }, executions.toArray());
        }
        out.append("Files (rows read = loaded + quarantined + notes; a coordinator file's counts are regional: .. where the"
                + " disclosure check hides them):\n");
        for (ShownFile f : boundary.accounting().files()) {
            out.append(String.format("  %-9s %-45s %s  read %s = loaded %s + quarantined %s + notes %d%s%n",
                    f.status(), f.fileName(), f.sha256().substring(0, 12), f.read().text(), f.loaded().text(),
                    f.quarantined().text(), f.notes(), f.balances() ? "" : "  ** DOES NOT BALANCE **"));
            if (f.message() != null) {
                out.append("            ").append(f.message()).append('\n');
            }
        }
        List<RuleResult> rules = boundary.rules(year);
        out.append(String.format("Reconciliation: %d checks, %d OK, %d VARNING, %d FEL%n", rules.size(),
                count(rules, RuleResult.Status.OK), count(rules, RuleResult.Status.VARNING), count(rules, RuleResult.Status.FEL)));
        rules.stream().filter(r -> r.status() != RuleResult.Status.OK).forEach(r -> out.append("  ").append(r.status())
                .append(' ').append(r.regel()).append(": ").append(r.beskrivning()).append(" (").append(r.vanster())
                .append(" mot ").append(r.hoger()).append(")\n"));
        if (context.containsKey(RebuildJobConfiguration.SNAPSHOT_NO)) {
            out.append("Snapshot: ").append(year).append(" nr ").append(context.getInt(RebuildJobConfiguration.SNAPSHOT_NO))
                    .append(context.containsKey(RebuildJobConfiguration.SNAPSHOT_RECORDED)
                            && !(Boolean) context.get(RebuildJobConfiguration.SNAPSHOT_RECORDED)
                                    ? " (unchanged: same inputs and cells as before)" : " (new)")
                    .append('\n');
        }
        if (execution.getStatus().isUnsuccessful()) {
            execution.getAllFailureExceptions().forEach(e -> out.append("Failure: ").append(e).append('\n'));
        } else {
            out.append("Published cells: SHA-256 ").append(context.getString(RebuildJobConfiguration.CELLS_SHA256))
                    .append('\n');
            out.append("Written: ").append(output.toAbsolutePath().resolve("bilaga1-" + year + ".xlsx")).append(", ")
                    .append("bilaga1-" + year + "-tabeller.csv, bilaga1-" + year + "-avstamning.csv, bilaga1-" + year
                            + "-kvalitet.md, px/\n");
        }
        return out.toString();
    }

    private static long count(List<RuleResult> rules, RuleResult.Status status) {
        return rules.stream().filter(r -> r.status() == status).count();
    }
}
