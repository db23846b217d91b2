package se.bilaga1.jobs;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code rebuild N}: runs the rebuild job for report year N on the input and output folders from configuration
 * ({@code bilaga1.input}, {@code bilaga1.output}), prints the run report, and sets the exit status: 0 when the
 * build completed (even with failed rules: they are findings), 1 when it did not, 2 for a wrong command line.
 */
@Component
public class RebuildCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final JobOperator jobOperator;
    private final Job rebuildJob;
    private final RunReport runReport;
    private final Path input;
    private final Path output;
    private int exitCode;

    public RebuildCommand(JobOperator jobOperator, @Qualifier("rebuildJob") Job rebuildJob, RunReport runReport,
            @Value("${bilaga1.input}") Path input, @Value("${bilaga1.output}") Path output) {
        this.jobOperator = jobOperator;
        this.rebuildJob = rebuildJob;
        this.runReport = runReport;
        this.input = input;
        this.output = output;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> command = args.getNonOptionArgs();
        if (command.isEmpty() || !command.get(0).equals("rebuild")) {
            return;
        }
        if (command.size() != 2 || !command.get(1).matches("\\d{4}")) {
            System.err.println("usage: rebuild YEAR   (e.g. rebuild 2024)");
            exitCode = 2;
            return;
        }
        int year = Integer.parseInt(command.get(1));
        JobExecution execution = rebuild(year, input, output);
        System.out.println(runReport.describe(execution, year, output));
        exitCode = execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    /** Starts the rebuild job for {@code year} and waits for it. */
    public JobExecution rebuild(int year, Path inputDir, Path outputDir) throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addLong(RebuildJobConfiguration.REPORT_YEAR, (long) year)
                .addString(RebuildJobConfiguration.RUN, LocalDateTime.now().toString())
                .addString(RebuildJobConfiguration.INPUT, inputDir.toAbsolutePath().toString(), false)
                .addString(RebuildJobConfiguration.OUTPUT, outputDir.toAbsolutePath().toString(), false)
                .toJobParameters();
        log.info("Rebuild {} from {} to {}", year, inputDir.toAbsolutePath(), outputDir.toAbsolutePath());
        return jobOperator.start(rebuildJob, params);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
