package se.bilaga1.jobs;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.bilaga1.ingest.InputRegistration;
import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.publish.Publisher;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.warehouse.PublishedCells;
import se.bilaga1.warehouse.Snapshots;
import se.bilaga1.warehouse.WarehouseReset;

/**
 * The yearly rebuild of report year N, read top to bottom: empty the warehouse, register every delivery under the
 * input folder, load each source, apply the analysts' corrections, reconcile, record the result as the year's
 * next snapshot (unless it equals the latest), and write the files of the output contract to the output folder
 * (and a copy to {@code arkiv/N/ogonblicksbild-k/}, so every snapshot's files can be fetched later).
 * {@link JobRunner} checks, before it starts, that the inputs match the latest snapshot or that --force was given.
 */
@Configuration
public class RebuildJobConfiguration {

    public static final String JOB_NAME = "rebuild";
    /** Where the snapshot step leaves the snapshot's number for the run's summary. */
    static final String SNAPSHOT_NO = "snapshot.no";
    static final String SNAPSHOT_RECORDED = "snapshot.recorded";
    static final String CELLS_SHA256 = "cells.sha256";

    @Bean
    public Job rebuildJob(JobRepository jobRepository, PlatformTransactionManager tx, WarehouseSteps steps,
            WarehouseReset reset, InputRegistration registration, SourceFileRegistry registry, RunTables tables,
            ReconciliationEngine reconciliation, Snapshots snapshots, Publisher publisher, RunProgress progress,
            RunHistory history) {

        var registerInputs = new StepBuilder("registerInputs", jobRepository).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution();
            reset.clearForRebuild(RunParameters.reportYear(execution.getJobParameters()));
            registration.registerAll(RunParameters.input(execution.getJobParameters()), WarehouseSteps.SOURCES,
                    execution.getJobExecutionId());
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        var snapshot = new StepBuilder("snapshot", jobRepository).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution();
            JobParameters params = execution.getJobParameters();
            int year = RunParameters.reportYear(params);
            var outcome = snapshots.record(year, execution.getJobExecutionId(), RunParameters.force(params),
                    registry.report().stream().map(f -> new Snapshots.Input(f.fileName(), f.sha256(), f.status())).toList(),
                    reconciliation.results(year), PublishedCells.of(tables.of(execution).published()));
            execution.getJobExecution().getExecutionContext().putInt(SNAPSHOT_NO, outcome.snapshot().number());
            execution.getJobExecution().getExecutionContext().put(SNAPSHOT_RECORDED, outcome.recorded());
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        var publish = new StepBuilder("publish", jobRepository).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution();
            JobParameters params = execution.getJobParameters();
            int year = RunParameters.reportYear(params);
            var outcome = snapshots.latestOutcome(year).orElseThrow();
            var written = publisher.publish(tables.of(execution), RunParameters.output(params), outcome.describe(),
                    outcome.moved(), new se.bilaga1.warehouse.Lineage.Key(execution.getJobExecutionId(),
                            outcome.snapshot().id()));
            Publisher.archive(written, Publisher.archiveDir(RunParameters.output(params), year, outcome.snapshot().number()));
            execution.getJobExecution().getExecutionContext().putString(CELLS_SHA256, written.cellsSha256());
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).listener(history).listener(tables)
                .start(registerInputs);
        for (Step load : steps.loads()) {
            job = job.next(load);
        }
        return job.next(steps.updateStatistics())
                .next(steps.applyCorrections())
                .next(steps.reconcile())
                .next(snapshot)
                .next(publish)
                .build();
    }
}
