package se.bilaga1.jobs;

import java.nio.file.Files;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.bilaga1.ingest.InputRegistration;
import se.bilaga1.publish.Publisher;
import se.bilaga1.warehouse.Korrigeringar;

/**
 * The nightly run, read top to bottom: compare the input folder with the warehouse; when nothing changed (and
 * the current outputs exist) end there, saying so. Otherwise, in one transaction, take the corrections back,
 * register the new and changed files and retire the removed ones with their facts; load what was registered
 * (a changed file's new version replaces the earlier one in the transaction that completes it); apply the
 * corrections again, reconcile, and refresh the current outputs in {@code output/senaste/}.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";
    /** The exit status of a night with nothing to do. */
    public static final String NOTHING_CHANGED = "NOTHING_CHANGED";
    static final String CHANGES = "changes";
    static final String FILES_UNCHANGED = "files.unchanged";

    @Bean
    public Job nightlyJob(JobRepository jobRepository, PlatformTransactionManager tx, WarehouseSteps steps,
            InputRegistration registration, Korrigeringar corrections, Publisher publisher, RunTables tables,
            RunProgress progress, RunHistory history) {

        var registerChanges = new StepBuilder("registerChanges", jobRepository).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution();
            JobParameters params = execution.getJobParameters();
            InputRegistration.Plan plan = registration.compare(RunParameters.input(params), WarehouseSteps.SOURCES);
            if (!plan.changes().none()) {
                // corrections edit facts in place: undo them before facts are replaced, apply them all again after
                corrections.revertAll();
            }
            InputRegistration.Changes changes = registration.apply(plan, execution.getJobExecutionId());
            execution.getJobExecution().getExecutionContext().putString(CHANGES, changes.describe());
            execution.getJobExecution().getExecutionContext().putInt(FILES_UNCHANGED, changes.unchanged());
            boolean outputsExist = Files.exists(Publisher.workbookPath(RunParameters.output(params),
                    RunParameters.reportYear(params)));
            if (changes.none() && outputsExist) {
                contribution.setExitStatus(new ExitStatus(NOTHING_CHANGED, changes.describe()));
            }
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        var publish = new StepBuilder("publish", jobRepository).tasklet((contribution, context) -> {
            JobParameters params = context.getStepContext().getStepExecution().getJobParameters();
            var execution = context.getStepContext().getStepExecution();
            var written = publisher.publish(tables.of(execution), RunParameters.output(params),
                    "Nattlig körning " + execution.getJobExecutionId() + " (aktuellt läge, ingen ögonblicksbild)",
                    java.util.List.of(), new se.bilaga1.warehouse.Lineage.Key(execution.getJobExecutionId(), null));
            execution.getJobExecution().getExecutionContext().putString(RebuildJobConfiguration.CELLS_SHA256,
                    written.cellsSha256());
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        FlowBuilder<Flow> loadAndPublish = new FlowBuilder<Flow>("loadReconcilePublish").start(steps.loads().get(0));
        for (Step load : steps.loads().subList(1, steps.loads().size())) {
            loadAndPublish = loadAndPublish.next(load);
        }
        Flow rest = loadAndPublish.next(steps.updateStatistics()).next(steps.applyCorrections()).next(steps.reconcile())
                .next(publish).build();

        return new JobBuilder(JOB_NAME, jobRepository).listener(history).listener(tables)
                .start(registerChanges).on(NOTHING_CHANGED).end(NOTHING_CHANGED)
                .from(registerChanges).on("*").to(rest)
                .end()
                .build();
    }
}
