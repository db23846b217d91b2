package se.bilaga1.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
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
public class StatusCommand implements ApplicationRunner, ExitCodeGenerator {

    private final JdbcTemplate jdbc;
    private final RunLock lock;
    private final DisclosureBoundary boundary;
    private int exitCode;

    public StatusCommand(JdbcTemplate jdbc, RunLock lock, DisclosureBoundary boundary) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.boundary = boundary;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> command = args.getNonOptionArgs();
        if (command.isEmpty() || !command.get(0).equals("status")) {
            return;
        }
        int limit = 10;
        if (args.containsOption("limit")) {
            try {
                limit = Integer.parseInt(args.getOptionValues("limit").get(0));
            } catch (RuntimeException e) {
                System.err.println("usage: status [--limit=N]");
                exitCode = RebuildCommand.ExitCodes.USAGE;
                return;
            }
        }
        System.out.print(describe(limit));
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
        jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.START_TIME, e.END_TIME, e.STATUS, e.EXIT_CODE, s.report_year,"
                + " s.rules_fel, s.rules_varning, s.rules_ok, s.message, s.snapshot_no, e.EXIT_MESSAGE"
                + " FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                + " LEFT JOIN run_summary s ON s.job_execution_id = e.JOB_EXECUTION_ID"
                + " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT " + limit, rs -> {
                    Timestamp start = rs.getTimestamp(3);
                    Timestamp end = rs.getTimestamp(4);
                    String took = start == null || end == null ? "-" : seconds(Duration.between(start.toInstant(), end.toInstant()));
                    Object year = rs.getObject(7);
                    if (year != null && rs.getObject(10) != null) {
                        years.add(((Number) year).intValue());
                    }
                    String findings = rs.getObject(8) == null ? "-" : rs.getInt(8) + " FEL, " + rs.getInt(9) + " VARNING";
                    String what = rs.getString(11) == null ? firstLine(rs.getString(13)) : rs.getString(11);
                    String state = rs.getString(5);
                    if (!underWay && ("STARTED".equals(state) || "STARTING".equals(state))) {
                        // nobody holds the lock, so the process that ran it has ended without finishing
                        state = "DIED";
                        what = "left STARTED by a process that ended; the next run recovers and restarts it";
                    }
                    if (rs.getObject(12) != null) {
                        what = "snapshot " + rs.getInt(12) + (what == null || what.isBlank() ? "" : "; " + what);
                    }
                    out.append(String.format("  %7d  %-8s %-4s  %-19s  %8s  %-9s  %-15s  %-18s  %s%n", rs.getLong(1),
                            rs.getString(2), year == null ? "" : year, start == null ? "" : start.toLocalDateTime().withNano(0)
                                    .toString().replace('T', ' '), took, state, rs.getString(6), findings,
                            what == null ? "" : what));
                });
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

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
