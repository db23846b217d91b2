package se.bilaga1.jobs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.bilaga1.ingest.FileGroups;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.SourceDefinition;
import se.bilaga1.ingest.SourceFileReader;
import se.bilaga1.ingest.SourceFileRegistry;

/**
 * Splits a load step into its partitions, one per group of files ({@link FileGroups}), each named for its group's first
 * file. The groups a run starts with are its plan, kept in the load step's own context before any partition runs, so
 * that a restart names its partitions as the stopped run did: a partition that stopped in its second file then resumes
 * that file where it stopped, instead of coming back under a new name, with no position, and reading it again.
 *
 * <p>A restart loads the plan's files still to load (a run whose files changed on disk since it registered them is
 * started over, not restarted). Should the files to load ever hold one the plan does not, the plan no longer says which
 * files may share keys, and the files are grouped afresh, as a first run groups them.
 */
final class FilePartitions implements StepExecutionSplitter {

    static final String PLAN = "partition.plan";
    private static final String GROUPS = ";";
    private static final String FILES = ",";

    private final JobRepository jobRepository;
    private final String workerName;
    private final SourceDefinition source;
    private final SourceFileRegistry registry;
    private final LongConsumer starting;

    /** {@code starting}: told once the partitions are known, before any runs, the number of files they will load. */
    FilePartitions(JobRepository jobRepository, String workerName, SourceDefinition source, SourceFileRegistry registry,
            LongConsumer starting) {
        this.jobRepository = jobRepository;
        this.workerName = workerName;
        this.source = source;
        this.registry = registry;
        this.starting = starting;
    }

    @Override
    public String getStepName() {
        return workerName;
    }

    @Override
    public Set<StepExecution> split(StepExecution loadStep, int gridSize) throws JobExecutionException {
        List<RegisteredFile> toLoad = registry.filesToLoad(source.source());
        ExecutionContext context = loadStep.getExecutionContext();
        String kept = context.getString(PLAN, null);
        Map<String, List<Long>> plan = plan(kept, toLoad, files -> FileGroups.of(files, source.keyDomains()));
        String planned = format(plan);
        if (!planned.equals(kept)) {
            context.putString(PLAN, planned);
            jobRepository.updateExecutionContext(loadStep);
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        plan.forEach((name, files) -> {
            ExecutionContext partition = new ExecutionContext();
            partition.putString(SourceFileReader.PARTITION_FILES, joined(files));
            partitions.put(name, partition);
        });
        starting.accept(toLoad.size());
        // Batch's splitter names the step executions, gives a restarted partition its stopped execution's context
        // (its position) and leaves out the partitions that completed; its set has no order, and the handler starts
        // the partitions in the set's order, so they are put back in the plan's: one worker loads file after file
        Map<String, Integer> order = new HashMap<>();
        plan.keySet().forEach(name -> order.put(workerName + ":" + name, order.size()));
        return new SimpleStepExecutionSplitter(jobRepository, workerName, size -> partitions).split(loadStep, gridSize)
                .stream().sorted(Comparator.comparing(partition -> order.get(partition.getStepName())))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The plan kept from the run's start, when it holds every file still to load; else the files still to load,
     * grouped.
     */
    static Map<String, List<Long>> plan(String kept, List<RegisteredFile> toLoad,
            Function<List<RegisteredFile>, List<List<RegisteredFile>>> groups) {
        if (kept != null) {
            Map<String, List<Long>> plan = parse(kept);
            Set<Long> planned = plan.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            if (toLoad.stream().allMatch(f -> planned.contains(f.id()))) {
                return plan;
            }
        }
        Map<String, List<Long>> plan = new LinkedHashMap<>();
        for (List<RegisteredFile> group : groups.apply(toLoad)) {
            plan.put(String.valueOf(group.get(0).id()), group.stream().map(RegisteredFile::id).toList());
        }
        return plan;
    }

    static String format(Map<String, List<Long>> plan) {
        return plan.values().stream().map(FilePartitions::joined).collect(Collectors.joining(GROUPS));
    }

    /** A group's files as a partition's context and the plan both write them: {@code 3,4}. */
    private static String joined(List<Long> files) {
        return files.stream().map(String::valueOf).collect(Collectors.joining(FILES));
    }

    /** A group is named for its first file, so the plan keeps the files alone. */
    static Map<String, List<Long>> parse(String plan) {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (String group : plan.split(GROUPS)) {
            if (!group.isEmpty()) {
                List<Long> files = Arrays.stream(group.split(FILES)).map(Long::valueOf).toList();
                groups.put(String.valueOf(files.get(0)), files);
            }
        }
        return groups;
    }
}
