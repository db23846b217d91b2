package se.bilaga1.jobs;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.warehouse.RuleResult;

/**
 * {@code status [--limit=N]}: the last runs (newest first) with their outcome, what they changed and found, the
 * findings of the latest reconciled year (as the disclosure boundary hands them out), the snapshots, and whether a run is
 * under way now. No count of rows per file: those are the run report's, protected there. Reads only.
 */
@Component
public class StatusCommand extends Command {

    private final JdbcTemplate jdbc;
    private final RunLock lock;
    private final DisclosureBoundary boundary;
    private final BatchRuns runs;
    private final RunHistory history;

    public StatusCommand(JdbcTemplate jdbc, RunLock lock, DisclosureBoundary boundary, BatchRuns runs, RunHistory history) {
        super("status");
        this.jdbc = jdbc;
        this.lock = lock;
        this.boundary = boundary;
        this.runs = runs;
        this.history = history;
    }

    @Override
    protected int execute(List<String> operands, ApplicationArguments args) {
        int limit = 10;
        if (args.containsOption("limit")) {
            try {
                limit = Integer.parseInt(args.getOptionValues("limit").get(0));
            } catch (RuntimeException e) {
                return usage("usage: status [--limit=N]");
            }
        }
        System.out.print(describe(limit));
        return RebuildCommand.ExitCodes.OK;
    }

    /** The status report, as printed. */
    public String describe(int limit) {
        StringBuilder out = new StringBuilder();
        var runUnderWay = lock.runUnderWay();
        boolean underWay = runUnderWay.isPresent();
        out.append(runUnderWay.map(b -> "Now: a run is under way: " + b.jobName()
                + (b.holder() == null ? "" : " (" + b.holder() + ")") + (b.since() == null ? "" : " since " + b.since().withNano(0)))
                .orElse("Now: no run under way")).append('\n');
        out.append(String.format("Last runs, newest first:%n  %7s  %-8s %-4s  %-19s  %8s  %-9s  %-15s  %-18s  %s%n",
                "körning", "job", "år", "started", "took", "status", "exit", "findings", "what"));
        List<Integer> years = new java.util.ArrayList<>();
        List<org.springframework.batch.core.job.JobExecution> latest = runs.latest(limit);
        java.util.Map<Long, RunHistory.Summary> summaries = history.summaries(latest.stream()
                .map(org.springframework.batch.core.job.JobExecution::getId).toList());
        for (var e : latest) {
            RunHistory.Summary s = summaries.get(e.getId());
            java.time.LocalDateTime start = e.getStartTime();
            java.time.LocalDateTime end = e.getEndTime();
            String took = start == null || end == null ? "-" : seconds(Duration.between(start, end));
            Integer year = s == null ? null : s.reportYear();
            if (year != null && s.rulesOk() != null) {
                years.add(year);
            }
            String findings = s == null || s.rulesFel() == null ? "-" : s.rulesFel() + " FEL, " + s.rulesVarning() + " VARNING";
            String what = s == null || s.message() == null ? firstLine(e.getExitStatus().getExitDescription()) : s.message();
            String state = e.getStatus().name();
            if (!underWay && e.getStatus().isRunning()) {
                // nobody holds the lock, so the process that ran it has ended without finishing
                state = "DIED";
                what = "left STARTED by a process that ended; the next run recovers and restarts it";
            }
            if (s != null && s.snapshotNo() != null) {
                what = "snapshot " + s.snapshotNo() + (what == null || what.isBlank() ? "" : "; " + what);
            }
            out.append(String.format("  %7d  %-8s %-4s  %-19s  %8s  %-9s  %-15s  %-18s  %s%n", e.getId(),
                    e.getJobInstance().getJobName(), year == null ? "" : year, start == null ? "" : start.withNano(0)
                            .toString().replace('T', ' '), took, state, e.getExitStatus().getExitCode(), findings,
                    what == null ? "" : what));
        }
        if (!years.isEmpty()) {
            int year = years.get(0);
            List<RuleResult> rules = boundary.rules(year);
            out.append("Findings of report year ").append(year).append(" now: ").append(rules.size()).append(" checks, ")
                    .append(rules.stream().filter(r -> r.status() == RuleResult.Status.FEL).count()).append(" FEL, ")
                    .append(rules.stream().filter(r -> r.status() == RuleResult.Status.VARNING).count()).append(" VARNING\n");
            rules.stream().filter(r -> r.status() != RuleResult.Status.OK).forEach(r -> out.append("  ").append(r.status())
                    .append(' ').append(r.regel()).append(": ").append(r.beskrivning()).append(" (").append(r.vanster())
                    .append(" mot ").append(r.hoger()).append(")\n"));
        }
        out.append("Snapshots:");
        int[] n = {0};
        jdbc.query("SELECT report_year, snapshot_no, created_at, forced, cells_sha256 FROM snapshot ORDER BY report_year,"
                + " snapshot_no", rs -> {
                    out.append(String.format("%n  %d nr %d  %s%s  cells %s", rs.getInt(1), rs.getInt(2),
                            rs.getTimestamp(3).toLocalDateTime().toString().replace('T', ' '), rs.getBoolean(4) ? " (--force)" : "",
                            rs.getString(5).substring(0, 12)));
                    n[0]++;
                });
        out.append(n[0] == 0 ? " none yet\n" : "\n");
        return out.toString();
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s / 60 + " min";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return null;
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }
}
