package se.bilaga1.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import se.bilaga1.ingest.Checksums;
import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.InputDiscovery;
import se.bilaga1.ingest.InputRegistration;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.warehouse.Snapshots;
import se.bilaga1.support.Bilaga1Properties;

/**
 * Starts the two jobs the way an operator expects, whoever asks (the CLI, the schedule): one run at a time
 * ({@link RunLock}); a run a killed process left STARTED is recovered first (marked FAILED); the latest run, when
 * it failed and nothing ran since, is restarted where it stopped instead of starting over, as long as the inputs
 * it registered are unchanged; a yearly rebuild whose inputs differ from the year's latest snapshot needs force.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final List<String> JOBS = List.of(RebuildJobConfiguration.JOB_NAME, NightlyJobConfiguration.JOB_NAME);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job rebuildJob;
    private final Job nightlyJob;
    private final RunLock lock;
    private final InputRegistration registration;
    private final SourceFileRegistry registry;
    private final Snapshots snapshots;
    private final int nightlyYear;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("rebuildJob") Job rebuildJob,
            @Qualifier("nightlyJob") Job nightlyJob, RunLock lock, InputRegistration registration,
            SourceFileRegistry registry, Snapshots snapshots, Bilaga1Properties properties) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.rebuildJob = rebuildJob;
        this.nightlyJob = nightlyJob;
        this.lock = lock;
        this.registration = registration;
        this.registry = registry;
        this.snapshots = snapshots;
        this.nightlyYear = properties.nightly().rapportar();
    }

    /** A run's execution, with what the runner did before it (recovered, restarted) for the report. */
    public record Run(JobExecution execution, List<String> notices) {
    }

    /** Thrown when the inputs differ from the year's latest snapshot and force was not given. */
    public static final class SnapshotExistsException extends RuntimeException {

        SnapshotExistsException(String message) {
            super(message);
        }
    }

    /** Thrown when an input file is still being written: a rebuild waits for complete inputs. */
    public static final class InputNotReadyException extends RuntimeException {

        InputNotReadyException(String message) {
            super(message);
        }
    }

    /**
     * The yearly rebuild of {@code year}.
     *
     * @throws RunLock.BusyException when another run is under way
     * @throws SnapshotExistsException when the inputs differ from the latest snapshot and {@code force} is false
     * @throws InputNotReadyException when an input file is still being written
     */
    public Run rebuild(int year, Path input, Path output, boolean force) throws Exception {
        try (RunLock.Held held = lock.acquire(RebuildJobConfiguration.JOB_NAME + " " + year)) {
            List<String> notices = new ArrayList<>(recoverOrphans());
            Map<String, String> inputs = new LinkedHashMap<>();
            List<String> stillBeingWritten = new ArrayList<>();
            for (InputRegistration.Delivery d : registration.discover(input, WarehouseSteps.SOURCES)) {
                inputs.put(d.fileName(), d.sha256());
                if (d.stillBeingWritten()) {
                    stillBeingWritten.add(d.fileName());
                }
            }
            if (!stillBeingWritten.isEmpty()) {
                throw new InputNotReadyException(summarise(stillBeingWritten) + " still being written (size or modification"
                        + " time changed while the run looked at it). Nothing was loaded; run again when the copy has"
                        + " finished.");
            }
            List<String> differences = snapshots.inputDifferences(year, inputs);
            if (!differences.isEmpty() && !force) {
                int number = snapshots.latest(year).orElseThrow().number();
                throw new SnapshotExistsException("report year " + year + " has snapshot " + number + ", built from other"
                        + " inputs (" + summarise(differences) + "). Rebuild with --force to record a new snapshot;"
                        + " snapshot " + number + " is kept.");
            }
            Optional<JobExecution> unfinished = restartable(rebuildJob, input, output, year);
            if (unfinished.isPresent()) {
                return restart(unfinished.get(), notices);
            }
            JobParameters params = new JobParametersBuilder()
                    .addLong(RunParameters.REPORT_YEAR, (long) year)
                    .addString(RunParameters.RUN, LocalDateTime.now().toString())
                    .addString(RunParameters.INPUT, input.toAbsolutePath().toString(), false)
                    .addString(RunParameters.OUTPUT, output.toAbsolutePath().toString(), false)
                    .addString(RunParameters.FORCE, String.valueOf(force), false)
                    .toJobParameters();
            log.info("Rebuild {} from {} to {}", year, input.toAbsolutePath(), output.toAbsolutePath());
            return new Run(jobOperator.start(rebuildJob, params), notices);
        }
    }

    /**
     * The nightly run: loads what changed under {@code input} and refreshes the current outputs in {@code output}.
     *
     * @throws RunLock.BusyException when another run is under way
     */
    public Run nightly(Path input, Path output) throws Exception {
        try (RunLock.Held held = lock.acquire(NightlyJobConfiguration.JOB_NAME)) {
            List<String> notices = new ArrayList<>(recoverOrphans());
            Optional<JobExecution> unfinished = restartable(nightlyJob, input, output, null);
            if (unfinished.isPresent()) {
                return restart(unfinished.get(), notices);
            }
            int year = nightlyYear > 0 ? nightlyYear : newestYear(input);
            JobParameters params = new JobParametersBuilder()
                    .addString(RunParameters.RUN, LocalDateTime.now().toString())
                    .addLong(RunParameters.REPORT_YEAR, (long) year, false)
                    .addString(RunParameters.INPUT, input.toAbsolutePath().toString(), false)
                    .addString(RunParameters.OUTPUT, output.toAbsolutePath().toString(), false)
                    .toJobParameters();
            log.info("Nightly run for report year {} from {} to {}", year, input.toAbsolutePath(), output.toAbsolutePath());
            return new Run(jobOperator.start(nightlyJob, params), notices);
        }
    }

    /**
     * Runs left STARTED while we hold the lock belong to a process that ended without finishing (killed, power
     * lost): they are marked FAILED, which makes them restartable.
     */
    private List<String> recoverOrphans() {
        List<String> notices = new ArrayList<>();
        for (String job : JOBS) {
            for (JobExecution orphan : jobRepository.findRunningJobExecutions(job)) {
                jobOperator.recover(orphan);
                notices.add("körning " + orphan.getId() + " (" + job + ") was left STARTED by a process that ended;"
                        + " marked FAILED");
                log.warn("Recovered körning {} ({}), left STARTED by a process that ended", orphan.getId(), job);
            }
        }
        return notices;
    }

    /**
     * The latest run of any job, when it is of {@code job}, failed or stopped, ran on the same folders (and year),
     * and the files it registered and has not loaded are unchanged on disk. Otherwise the new run starts over.
     */
    private Optional<JobExecution> restartable(Job job, Path input, Path output, Integer year) throws Exception {
        JobExecution latest = null;
        for (String name : JOBS) {
            JobInstance instance = jobRepository.getLastJobInstance(name);
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last != null && (latest == null || last.getId() > latest.getId())) {
                latest = last;
            }
        }
        if (latest == null || !latest.getJobInstance().getJobName().equals(job.getName())
                || !(latest.getStatus() == BatchStatus.FAILED || latest.getStatus() == BatchStatus.STOPPED)) {
            return Optional.empty();
        }
        JobParameters params = latest.getJobParameters();
        boolean sameRun = Objects.equals(params.getString(RunParameters.INPUT), input.toAbsolutePath().toString())
                && Objects.equals(params.getString(RunParameters.OUTPUT), output.toAbsolutePath().toString())
                && (year == null || Objects.equals(params.getLong(RunParameters.REPORT_YEAR), (long) year));
        if (!sameRun) {
            return Optional.empty();
        }
        for (RegisteredFile file : registry.unfinished()) {
            if (!Files.isRegularFile(file.path()) || !Checksums.sha256(file.path()).equals(file.sha256())) {
                log.warn("Not restarting körning {}: {} changed since it was registered; starting over", latest.getId(),
                        file.fileName());
                jobOperator.abandon(latest);
                return Optional.empty();
            }
        }
        return Optional.of(latest);
    }

    private Run restart(JobExecution unfinished, List<String> notices) throws Exception {
        notices.add("restarting körning " + unfinished.getId() + ", which stopped at " + lastStep(unfinished)
                + "; steps already completed are not run again");
        return new Run(jobOperator.restart(unfinished), notices);
    }

    /** The step a run stopped in, or, killed between two steps, the last one it completed. */
    private static String lastStep(JobExecution execution) {
        var steps = execution.getStepExecutions();
        return steps.stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED).map(s -> s.getStepName()).findFirst()
                .orElse(steps.isEmpty() ? "its start" : "the end of " + steps.stream().reduce((a, b) -> b).get().getStepName());
    }

    /** The nightly run's report year when none is configured: the newest year any input file is named for. */
    static int newestYear(Path input) {
        try {
            List<Integer> years = new ArrayList<>();
            for (String source : WarehouseSteps.SOURCES) {
                InputDiscovery.discover(input, source).forEach(f -> years.addAll(FileNameYear.all(f.getFileName().toString())));
            }
            return years.stream().max(Integer::compare).orElse(LocalDateTime.now().getYear() - 1);
        } catch (IOException e) {
            return LocalDateTime.now().getYear() - 1;
        }
    }

    private static String summarise(List<String> differences) {
        return differences.size() <= 5 ? String.join(", ", differences)
                : String.join(", ", differences.subList(0, 5)) + " and " + (differences.size() - 5) + " more";
    }
}
