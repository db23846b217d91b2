package se.bilaga1.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import se.bilaga1.support.Bilaga1Properties;

/**
 * {@code nightly}: loads what changed under the input folder and refreshes {@code senaste/} in the output folder,
 * prints the run report, and sets the exit status for cron (see {@link RebuildCommand.ExitCodes}). The same run is
 * on a schedule inside the long-running app ({@link NightlySchedule}).
 */
@Component
public class NightlyCommand extends Command {

    /** The folder under the output folder that holds the current workbook and CSVs. */
    public static final String CURRENT = "senaste";

    private final JobRunner runner;
    private final RunReport runReport;
    private final Path input;
    private final Path output;

    public NightlyCommand(JobRunner runner, RunReport runReport, Bilaga1Properties properties) {
        super("nightly");
        this.runner = runner;
        this.runReport = runReport;
        this.input = properties.input();
        this.output = properties.output();
    }

    @Override
    protected int execute(List<String> operands, ApplicationArguments args) throws Exception {
        return operands.isEmpty() ? runAndReport() : usage("usage: nightly");
    }

    /** One nightly run, reported on standard output (refusals on standard error): the exit status. */
    public int runAndReport() throws Exception {
        try {
            JobRunner.Run run = nightly();
            System.out.println(report(run));
            return RebuildCommand.ExitCodes.of(run.execution());
        } catch (RunLock.BusyException e) {
            System.err.println("Bilaga 1 nightly refused: " + e.getMessage());
            return RebuildCommand.ExitCodes.REFUSED;
        }
    }

    /** One nightly run on the configured folders. */
    public JobRunner.Run nightly() throws Exception {
        return runner.nightly(input, current());
    }

    /** A nightly run's report, as printed (and logged by {@link NightlySchedule}). */
    public String report(JobRunner.Run run) {
        return runReport.describe(run, run.execution().getJobParameters().getLong(RunParameters.REPORT_YEAR).intValue(),
                current());
    }

    private Path current() {
        return output.resolve(CURRENT);
    }
}
