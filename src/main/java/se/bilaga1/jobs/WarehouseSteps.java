package se.bilaga1.jobs;

import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.bilaga1.bra.BraSource;
import se.bilaga1.ingest.BulkInsert;
import se.bilaga1.ingest.SourceDefinition;
import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.kommunenkat.KommunenkatSource;
import se.bilaga1.korrigeringar.KorrigeringarSource;
import se.bilaga1.migrationsverket.MigrationsverketSource;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.regionkoordinatorer.RegionkoordinatorerSource;
import se.bilaga1.stodprogram.StodprogramSource;
import se.bilaga1.warehouse.Korrigeringar;
import se.bilaga1.warehouse.PlannerStatistics;
import se.bilaga1.support.Bilaga1Properties;

/**
 * The steps the yearly rebuild and the nightly run share, in the order they run: load each source (steps partitioned
 * by file, {@link LoadSteps}: read → interpret → write facts, quarantine and notes in one transaction per chunk; only
 * the files registered for loading), update the database's statistics, apply the analysts' corrections, reconcile.
 */
@Component
public class WarehouseSteps {

    /**
     * The source folders under input/, in the order they load (corrections last, after what they correct); each is a
     * package that contributes its {@link SourceDefinition}.
     */
    static final List<String> SOURCES = List.of(KommunenkatSource.SOURCE, BraSource.SOURCE, RegionkoordinatorerSource.SOURCE,
            MigrationsverketSource.SOURCE, StodprogramSource.SOURCE, KorrigeringarSource.SOURCE);

    private final List<Step> loads;
    private final Step updateStatistics;
    private final Step applyCorrections;
    private final Step reconcile;

    public WarehouseSteps(JobRepository jobRepository, PlatformTransactionManager tx, SourceFileRegistry registry,
            List<SourceDefinition> sources, Korrigeringar corrections, ReconciliationEngine reconciliation,
            PlannerStatistics statistics, RunTables tables, RunProgress progress, Bilaga1Properties properties,
            BulkInsert bulk) {
        // the chunk's rows depend on the database, asked when a load step opens, not at start-up
        LoadSteps load = new LoadSteps(jobRepository, tx, registry, progress,
                () -> properties.chunkRows(bulk.usesCopy()), properties.readAhead(), properties.workers());
        this.loads = inLoadOrder(sources).stream().map(load::step).toList();

        // the database's statistics of what was just loaded, before anything plans a query over it
        this.updateStatistics = new StepBuilder("updateStatistics", jobRepository).tasklet((contribution, context) -> {
            statistics.refresh();
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        // corrections apply after every source has loaded, by record key; one naming no record is a FEL
        this.applyCorrections = new StepBuilder("applyCorrections", jobRepository).tasklet((contribution, context) -> {
            corrections.applyPending();
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();

        this.reconcile = new StepBuilder("reconcile", jobRepository).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution();
            reconciliation.run(tables.of(execution), execution.getJobExecutionId());
            return RepeatStatus.FINISHED;
        }, tx).listener((StepExecutionListener) progress).build();
    }

    /** The definitions in {@link #SOURCES} order: exactly one per source, or the application does not start. */
    static List<SourceDefinition> inLoadOrder(List<SourceDefinition> sources) {
        List<String> given = sources.stream().map(SourceDefinition::source).sorted().toList();
        if (!given.equals(SOURCES.stream().sorted().toList())) {
            throw new IllegalStateException("the sources defined " + given + " are not the sources loaded " + SOURCES);
        }
        return SOURCES.stream().map(s -> sources.stream().filter(d -> d.source().equals(s)).findFirst().orElseThrow())
                .toList();
    }

    /** The load steps, one per source, in {@link #SOURCES} order. */
    public List<Step> loads() {
        return loads;
    }

    /** After the loads: the planner statistics of the marts' tables ({@link PlannerStatistics}). */
    public Step updateStatistics() {
        return updateStatistics;
    }

    public Step applyCorrections() {
        return applyCorrections;
    }

    public Step reconcile() {
        return reconcile;
    }
}
