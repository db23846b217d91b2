package se.bilaga1.jobs;

import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.bilaga1.bra.BraFactSink;
import se.bilaga1.bra.BraLayoutDetector;
import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.reference.Kommuner;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.RowOutcomeWriter;
import se.bilaga1.ingest.SourceFileReader;
import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.kommunenkat.KommunenkatFactSink;
import se.bilaga1.kommunenkat.KommunenkatLayoutDetector;
import se.bilaga1.korrigeringar.KorrigeringFactSink;
import se.bilaga1.korrigeringar.KorrigeringLayoutDetector;
import se.bilaga1.migrationsverket.MigrationsverketFactSink;
import se.bilaga1.migrationsverket.MigrationsverketLayoutDetector;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.regionkoordinatorer.RegionkoordinatorFactSink;
import se.bilaga1.regionkoordinatorer.RegionkoordinatorLayoutDetector;
import se.bilaga1.stodprogram.StodprogramFactSink;
import se.bilaga1.stodprogram.StodprogramLayoutDetector;
import se.bilaga1.warehouse.Korrigeringar;

/**
 * The steps the yearly rebuild and the nightly run share, in the order they run: load each source (chunk steps:
 * read → interpret → write facts, quarantine and notes in one transaction; only the files registered for
 * loading), apply the analysts' corrections, reconcile.
 */
@Component
public class WarehouseSteps {

    /** The source folders under input/, in the order they load. */
    static final List<String> SOURCES = List.of(KommunenkatLayoutDetector.SOURCE, BraLayoutDetector.SOURCE,
            RegionkoordinatorLayoutDetector.SOURCE, MigrationsverketLayoutDetector.SOURCE, StodprogramLayoutDetector.SOURCE,
            KorrigeringLayoutDetector.SOURCE);

    private final List<Step> loads;
    private final Step applyCorrections;
    private final Step reconcile;

    public WarehouseSteps(JobRepository jobRepository, PlatformTransactionManager tx, SourceFileRegistry registry,
            ColumnAliases aliases, Kommuner kommuner, BraFactSink braFacts, MigrationsverketFactSink permitFacts,
            KommunenkatFactSink surveyFacts, RegionkoordinatorFactSink caseFacts, StodprogramFactSink programmeFacts,
            KorrigeringFactSink correctionFacts, Korrigeringar corrections, ReconciliationEngine reconciliation,
            RunProgress progress, @Value("${bilaga1.chunk-size:5000}") int chunkSize,
            @Value("${bilaga1.read-ahead:true}") boolean readAhead) {
        LoadStepFactory load = new LoadStepFactory(jobRepository, tx, registry, progress, chunkSize, readAhead);
        this.loads = List.of(
                load.step("loadKommunenkat", new KommunenkatLayoutDetector(aliases, kommuner), surveyFacts),
                load.step("loadBra", new BraLayoutDetector(aliases, kommuner), braFacts),
                load.step("loadRegionkoordinatorer", new RegionkoordinatorLayoutDetector(aliases), caseFacts),
                load.step("loadMigrationsverket", new MigrationsverketLayoutDetector(aliases), permitFacts),
                load.step("loadStodprogram", new StodprogramLayoutDetector(aliases), programmeFacts),
                load.step("loadKorrigeringar", new KorrigeringLayoutDetector(aliases), correctionFacts));

        // corrections apply after every source has loaded, by record key; one naming no record is a FEL
        this.applyCorrections = new StepBuilder("applyCorrections", jobRepository).tasklet((contribution, context) -> {
            corrections.applyPending();
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        this.reconcile = new StepBuilder("reconcile", jobRepository).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution();
            reconciliation.run(RunParameters.reportYear(execution.getJobParameters()), execution.getJobExecutionId());
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();
    }

    /** The load steps, one per source, in {@link #SOURCES} order. */
    public List<Step> loads() {
        return loads;
    }

    public Step applyCorrections() {
        return applyCorrections;
    }

    public Step reconcile() {
        return reconcile;
    }

    /**
     * Every source loads the same way: read its files row by row and interpret them (on a thread of their own with
     * {@code readAhead}), write facts, quarantine and notes chunk by chunk.
     */
    private record LoadStepFactory(JobRepository jobRepository, PlatformTransactionManager tx, SourceFileRegistry registry,
            RunProgress progress, int chunkSize, boolean readAhead) {

        Step step(String name, LayoutDetector detector, FactSink facts) {
            return new StepBuilder(name, jobRepository).<RowOutcome, RowOutcome>chunk(chunkSize)
                    .transactionManager(tx)
                    .reader(new SourceFileReader(facts.source(), registry, detector, facts, readAhead))
                    .writer(new RowOutcomeWriter(registry, facts))
                    .listener((StepListener) progress)
                    .build();
        }
    }
}
