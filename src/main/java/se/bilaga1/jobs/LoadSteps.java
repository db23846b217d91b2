package se.bilaga1.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import se.bilaga1.ingest.FileGroups;
import se.bilaga1.ingest.RowBatch;
import se.bilaga1.ingest.RowOutcomeWriter;
import se.bilaga1.ingest.SourceDefinition;
import se.bilaga1.ingest.SourceFileReader;
import se.bilaga1.ingest.SourceFileRegistry;

/**
 * Every source loads the same way: a step partitioned by file ({@code loadBra}), whose partitions
 * ({@code loadBra.files:12}, named for their first file's id) each read their files row by row and interpret them (on a
 * thread of their own with {@code readAhead}, up to a chunk ahead), and write facts, quarantine and notes chunk by
 * chunk. Files that could claim the same key share a partition and load in registration order ({@link FileGroups});
 * the partitions start in their files' order and run side by side on at most {@code workers} threads. Each partition
 * is a step execution of its own, so a restarted run resumes each where it stopped and does not run a completed one
 * again ({@link FilePartitions}).
 */
record LoadSteps(JobRepository jobRepository, PlatformTransactionManager tx, SourceFileRegistry registry,
        RunProgress progress, IntSupplier chunkRows, boolean readAhead, int workers) {

    static final String WORKER_SUFFIX = ".files";

    Step step(SourceDefinition source) {
        String name = source.stepName();
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(Math.max(1, workers));
        // the keys in the warehouse when the step begins, read once (a query over every kept key) for all partitions
        AtomicReference<Set<String>> keysBefore = new AtomicReference<>(Set.of());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        Step worker = worker(name + WORKER_SUFFIX, source, keysBefore::get);
        handler.setStep(worker);
        handler.setTaskExecutor(threads);
        handler.setGridSize(Math.max(1, workers));
        return new StepBuilder(name, jobRepository).partitioner(worker).splitter(partitions(source, keysBefore))
                .partitionHandler(handler).aggregator(new PartitionTotals())
                .listener((StepExecutionListener) progress).build();
    }

    /** One partition per group of files, named for its first file, as the run began ({@link FilePartitions}). */
    private FilePartitions partitions(SourceDefinition source, AtomicReference<Set<String>> keysBefore) {
        return new FilePartitions(jobRepository, source.stepName() + WORKER_SUFFIX, source, registry, files -> {
            keysBefore.set(Set.copyOf(source.sink().loadedKeys()));
            progress.expectFiles(files);
        });
    }

    /**
     * The partitions' step, built once: Spring Batch's builder looks every method of the reader and writer up for
     * listener annotations, some thousands of lookups a build, which a build per partition made hot enough for the
     * compiler to take up in the middle of the loads. Each partition still gets a reader and a writer of its own,
     * since each keeps the state of its files: {@link PartitionReader} and {@link PartitionWriter} make them when the
     * partition opens, on the partition's thread.
     */
    private Step worker(String name, SourceDefinition source, Supplier<Set<String>> keysBefore) {
        // one item per chunk: a batch of chunkRows rows (RowBatch)
        return new StepBuilder(name, jobRepository).<RowBatch, RowBatch>chunk(1)
                .transactionManager(tx)
                .reader(new PartitionReader(() -> new SourceFileReader(source.source(), registry, source.detector(),
                        source.sink(), readAhead, chunkRows, keysBefore)))
                .writer(new PartitionWriter(() -> new RowOutcomeWriter(registry, source.sink())))
                .listener(progress.partitionListener())
                .build();
    }

    /** Batch's sums of the partitions, and the load's own: rows loaded, quarantined and noted, files read. */
    private static final class PartitionTotals implements StepExecutionAggregator {

        private static final List<String> COUNTS = List.of(SourceFileReader.ROWS_READ, RowOutcomeWriter.ROWS_LOADED, RowOutcomeWriter.ROWS_QUARANTINED,
                RowOutcomeWriter.ROWS_NOTES, SourceFileReader.FILES_STARTED, SourceFileReader.FILES_TOTAL);

        private final DefaultStepExecutionAggregator batch = new DefaultStepExecutionAggregator();

        @Override
        public void aggregate(StepExecution result, Collection<StepExecution> partitions) {
            batch.aggregate(result, partitions);
            for (String count : COUNTS) {
                long sum = partitions.stream().map(StepExecution::getExecutionContext).filter(c -> c.containsKey(count))
                        .mapToLong(c -> c.getLong(count)).sum();
                result.getExecutionContext().putLong(count, sum);
            }
        }
    }
}
