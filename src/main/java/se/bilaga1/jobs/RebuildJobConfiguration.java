package se.bilaga1.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.bilaga1.bra.BraFactSink;
import se.bilaga1.bra.BraLayoutDetector;
import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.InputRegistration;
import se.bilaga1.ingest.Kommuner;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.LayoutProcessor;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.RowOutcomeWriter;
import se.bilaga1.ingest.SourceFileReader;
import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.kommunenkat.KommunenkatFactSink;
import se.bilaga1.korrigeringar.KorrigeringFactSink;
import se.bilaga1.korrigeringar.KorrigeringLayoutDetector;
import se.bilaga1.kommunenkat.KommunenkatLayoutDetector;
import se.bilaga1.migrationsverket.MigrationsverketFactSink;
import se.bilaga1.migrationsverket.MigrationsverketLayoutDetector;
import se.bilaga1.publish.Publisher;
import se.bilaga1.regionkoordinatorer.RegionkoordinatorFactSink;
import se.bilaga1.regionkoordinatorer.RegionkoordinatorLayoutDetector;
import se.bilaga1.stodprogram.StodprogramFactSink;
import se.bilaga1.stodprogram.StodprogramLayoutDetector;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.warehouse.Corrections;
import se.bilaga1.warehouse.WarehouseReset;

/**
 * The yearly rebuild, read top to bottom: empty the warehouse, register every delivery under the input folder,
 * load each source (chunk steps: read → interpret → write facts, quarantine and notes in one transaction),
 * apply the analysts' corrections, reconcile, publish.
 *
 * <p>Parameters: {@code rapportar} (identifying), {@code korning} (identifying, unique per run, so the same year
 * can be rebuilt again), {@code input} and {@code output} (folders).
 */
@Configuration
public class RebuildJobConfiguration {

    public static final String JOB_NAME = "rebuild";
    public static final String REPORT_YEAR = "rapportar";
    public static final String RUN = "korning";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    static final List<String> SOURCES = List.of(KommunenkatLayoutDetector.SOURCE, BraLayoutDetector.SOURCE,
            RegionkoordinatorLayoutDetector.SOURCE, MigrationsverketLayoutDetector.SOURCE, StodprogramLayoutDetector.SOURCE,
            KorrigeringLayoutDetector.SOURCE);
    private static final int CHUNK = 1000;
    private static final StepLogger STEP_LOGGER = new StepLogger();

    @Bean
    public Job rebuildJob(JobRepository jobRepository, PlatformTransactionManager tx, WarehouseReset reset,
            InputRegistration registration, SourceFileRegistry registry, ColumnAliases aliases, BraFactSink braFacts,
            MigrationsverketFactSink permitFacts, KommunenkatFactSink surveyFacts, RegionkoordinatorFactSink caseFacts,
            StodprogramFactSink programmeFacts, KorrigeringFactSink correctionFacts, Corrections corrections, Kommuner kommuner, ReconciliationEngine reconciliation,
            Publisher publisher) {

        var registerInputs = new StepBuilder("registerInputs", jobRepository).tasklet((contribution, context) -> {
            JobParameters params = context.getStepContext().getStepExecution().getJobParameters();
            reset.clearForRebuild(reportYear(params));
            registration.registerAll(Path.of(params.getString(INPUT)), SOURCES,
                    context.getStepContext().getStepExecution().getJobExecutionId());
            return RepeatStatus.FINISHED;
        }, tx).listener(STEP_LOGGER).build();

        var loadKommunenkat = loadStep("loadKommunenkat", jobRepository, tx, registry, KommunenkatLayoutDetector.SOURCE,
                new KommunenkatLayoutDetector(aliases, kommuner), surveyFacts);
        var loadMigrationsverket = loadStep("loadMigrationsverket", jobRepository, tx, registry,
                MigrationsverketLayoutDetector.SOURCE, new MigrationsverketLayoutDetector(aliases), permitFacts);
        var loadBra = loadStep("loadBra", jobRepository, tx, registry, BraLayoutDetector.SOURCE,
                new BraLayoutDetector(aliases, kommuner), braFacts);
        var loadRegionkoordinatorer = loadStep("loadRegionkoordinatorer", jobRepository, tx, registry,
                RegionkoordinatorLayoutDetector.SOURCE, new RegionkoordinatorLayoutDetector(aliases), caseFacts);
        var loadStodprogram = loadStep("loadStodprogram", jobRepository, tx, registry, StodprogramLayoutDetector.SOURCE,
                new StodprogramLayoutDetector(aliases), programmeFacts);
        var loadKorrigeringar = loadStep("loadKorrigeringar", jobRepository, tx, registry, KorrigeringLayoutDetector.SOURCE,
                new KorrigeringLayoutDetector(aliases), correctionFacts);

        // corrections apply after every source has loaded, by record key; one naming no record is a FEL
        var applyCorrections = new StepBuilder("applyCorrections", jobRepository).tasklet((contribution, context) -> {
            corrections.applyPending();
            return RepeatStatus.FINISHED;
        }, tx).listener(STEP_LOGGER).build();

        var reconcile = new StepBuilder("reconcile", jobRepository).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution();
            reconciliation.run(reportYear(execution.getJobParameters()), execution.getJobExecutionId());
            return RepeatStatus.FINISHED;
        }, tx).listener(STEP_LOGGER).build();

        var publish = new StepBuilder("publish", jobRepository).tasklet((contribution, context) -> {
            JobParameters params = context.getStepContext().getStepExecution().getJobParameters();
            publisher.publish(reportYear(params), Path.of(params.getString(OUTPUT)));
            return RepeatStatus.FINISHED;
        }, tx).listener(STEP_LOGGER).build();

        return new JobBuilder(JOB_NAME, jobRepository)
                .start(registerInputs)
                .next(loadKommunenkat)
                .next(loadBra)
                .next(loadRegionkoordinatorer)
                .next(loadMigrationsverket)
                .next(loadStodprogram)
                .next(loadKorrigeringar)
                .next(applyCorrections)
                .next(reconcile)
                .next(publish)
                .build();
    }

    /** Every source loads the same way: read its files row by row, interpret, write facts, quarantine and notes. */
    private static Step loadStep(String name, JobRepository jobRepository, PlatformTransactionManager tx,
            SourceFileRegistry registry, String source, LayoutDetector detector, FactSink facts) {
        return new StepBuilder(name, jobRepository).<SourceRow, RowOutcome>chunk(CHUNK)
                .transactionManager(tx)
                .reader(new SourceFileReader(source, registry, detector, facts))
                .processor(new LayoutProcessor())
                .writer(new RowOutcomeWriter(registry, facts))
                .listener(STEP_LOGGER)
                .build();
    }

    private static int reportYear(JobParameters params) {
        return params.getLong(REPORT_YEAR).intValue();
    }
}
