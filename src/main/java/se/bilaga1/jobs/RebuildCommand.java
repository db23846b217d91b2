package se.bilaga1.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import se.bilaga1.support.Bilaga1Properties;

/**
 * {@code rebuild N [--force]}: runs the yearly rebuild of report year N on the input and output folders from
 * configuration ({@code bilaga1.input}, {@code bilaga1.output}), prints the run report, and sets the exit status
 * (see {@link ExitCodes}: 0 completed, 1 failed, 2 usage, 3 refused).
 */
@Component
public class RebuildCommand extends Command {

    private final JobRunner runner;
    private final RunReport runReport;
    private final Path input;
    private final Path output;
    private final AuditTrail audit;

    public RebuildCommand(JobRunner runner, RunReport runReport, Bilaga1Properties properties, AuditTrail audit) {
        super("rebuild");
        this.audit = audit;
        this.runner = runner;
        this.runReport = runReport;
        this.input = properties.input();
        this.output = properties.output();
    }

    @Override
    protected int execute(List<String> operands, ApplicationArguments args) throws Exception {
        if (operands.size() != 1 || !operands.get(0).matches("\\d{4}")) {
            return usage("usage: rebuild YEAR [--force]   (e.g. rebuild 2024)");
        }
        int year = Integer.parseInt(operands.get(0));
        boolean force = args.containsOption("force");
        audit.record(AuditTrail.Event.REBUILD_STARTED, "kommandorad: " + System.getProperty("user.name"), "lokalt",
                "ombyggnad " + year + (force ? " --force" : ""));
        try {
            JobRunner.Run run = runner.rebuild(year, input, output, force);
            System.out.println(runReport.describe(run, year, output));
            return ExitCodes.of(run.execution());
        } catch (RunLock.BusyException | JobRunner.SnapshotExistsException | JobRunner.InputNotReadyException e) {
            System.err.println("Bilaga 1 rebuild " + year + " refused: " + e.getMessage());
            return ExitCodes.REFUSED;
        }
    }

    /** The exit statuses of the commands, for cron: anything but 0 is worth an alert. */
    public static final class ExitCodes {

        /** The run completed (failed rules are findings in the report, not failures), or nothing changed. */
        public static final int OK = 0;
        /** The run failed: the report says where; the next run restarts it. */
        public static final int FAILED = 1;
        /** A wrong command line. */
        public static final int USAGE = 2;
        /** Refused: another run is under way, or the inputs differ from the year's snapshot and --force was not given. */
        public static final int REFUSED = 3;

        private ExitCodes() {
        }

        public static int of(JobExecution execution) {
            return execution.getStatus() == BatchStatus.COMPLETED ? OK : FAILED;
        }
    }
}
