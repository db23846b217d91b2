package se.bilaga1.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.RowOutcomeWriter;
import se.bilaga1.ingest.SourceFileReader;

/**
 * The runs as Spring Batch records them, read through its API ({@link JobRepository}), never from its {@code BATCH_*}
 * tables: their layout is Spring Batch's to change between versions.
 */
@Component
public class BatchRuns {

    /** How many job instances are read per page when looking back. */
    private static final int PAGE = 100;

    private final JobRepository repository;

    BatchRuns(JobRepository repository) {
        this.repository = repository;
    }

    /** The newest {@code limit} executions of every job, newest first. */
    public List<JobExecution> latest(int limit) {
        List<JobExecution> all = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            // each instance has at least one execution, so the newest {@code limit} instances hold the newest executions
            for (JobInstance instance : repository.getJobInstances(job, 0, limit)) {
                all.addAll(repository.getJobExecutions(instance));
            }
        }
        return all.stream().sorted(Comparator.comparingLong(JobExecution::getId).reversed()).limit(limit).toList();
    }

    public Optional<JobExecution> execution(long id) {
        return Optional.ofNullable(repository.getJobExecution(id));
    }

    /**
     * The rows a step read. A load step's items are batches of rows ({@code RowBatch}): its reader counts the rows in
     * the step's context; any other step's items are its rows.
     */
    public static long rowsRead(StepExecution step) {
        return step.getExecutionContext().getLong(SourceFileReader.ROWS_READ, step.getReadCount());
    }

    /** The rows a step wrote: a load step's rows loaded, quarantined and noted, else its items written. */
    public static long rowsWritten(StepExecution step) {
        var context = step.getExecutionContext();
        if (!context.containsKey(RowOutcomeWriter.ROWS_LOADED)) {
            return step.getWriteCount();
        }
        return context.getLong(RowOutcomeWriter.ROWS_LOADED) + context.getLong(RowOutcomeWriter.ROWS_QUARANTINED, 0L)
                + context.getLong(RowOutcomeWriter.ROWS_NOTES, 0L);
    }

    /** The newest execution's id, or 0 when there is none. */
    public long latestId() {
        return latest(1).stream().mapToLong(JobExecution::getId).findFirst().orElse(0);
    }

    /** The executions of a job instance (a restarted run has several), oldest first. */
    public List<Long> executionIds(JobInstance instance) {
        return repository.getJobExecutions(instance).stream().map(JobExecution::getId).sorted().toList();
    }

    /** The executions of the job instance that execution {@code id} belongs to, oldest first; none if it is unknown. */
    public List<Long> executionsOfInstance(long id) {
        return execution(id).map(e -> executionIds(e.getJobInstance())).orElse(List.of());
    }

    /** The execution of {@code jobName} that completed last, if any. */
    public Optional<JobExecution> lastCompleted(String jobName) {
        for (int start = 0;; start += PAGE) {
            List<JobInstance> instances = repository.getJobInstances(jobName, start, PAGE);
            Optional<JobExecution> found = instances.stream().flatMap(i -> repository.getJobExecutions(i).stream())
                    .filter(e -> e.getStatus() == BatchStatus.COMPLETED && e.getEndTime() != null)
                    .max(Comparator.comparing(JobExecution::getEndTime));
            if (found.isPresent() || instances.size() < PAGE) {
                return found;
            }
        }
    }
}
