package se.bilaga1.publish;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.reconcile.RuleResult;

/**
 * The one place figures about people leave the warehouse through. Every output — the workbook's sheets, the flat CSVs,
 * the PX files, the quality declaration, {@code ./jobs/explain}, {@code ./jobs/status}, the run report, the logs and
 * the console — is made of what this class hands out, never of the warehouse's own tables: the writers, commands and
 * console pages take the protected views from here.
 * <p>
 * The rule (docs/disclosure.md): a figure is sub-national when it counts coordinator cases or Migrationsverket persons
 * for less than the whole country (a region, a county, a coordinator file, a corrected case). Such a count from 1 to
 * the threshold ({@code bilaga1.rojandekontroll.troskel}) is hidden as {@code ..}, and further counts are hidden until
 * none can be recomputed from what is shown. National Tabell 1–6 and the national breakdowns are published in full;
 * the regional tables protect themselves ({@code CaseTables}) by the same rule. Quarantined cells of people's rows
 * leave without their value and with a reason that quotes none of the row's fields.
 * <p>
 * One exception, and it says so: {@link #internalFilesOfRun} gives exact per-file accounting for the console's
 * internal pages, which only an ANALYST can open.
 */
@Component
public class DisclosureBoundary {

    private final SourceFileRegistry registry;
    private final ReconciliationEngine reconciliation;
    private final int threshold;

    public DisclosureBoundary(SourceFileRegistry registry, ReconciliationEngine reconciliation,
            @Value("${bilaga1.rojandekontroll.troskel:3}") int threshold) {
        this.registry = registry;
        this.reconciliation = reconciliation;
        this.threshold = threshold;
    }

    /** The threshold of the rule: counts from 1 to it are hidden. */
    public int threshold() {
        return threshold;
    }

    /** The row accounting of the files in the warehouse now (Översikt, the run report, the declaration). */
    public ShownFile.Accounting accounting() {
        return ShownFile.Accounting.of(registry.report(), threshold);
    }

    /**
     * The rule results of report year N. Rules state national figures and name files and rows, never a case's fields
     * (a correction's key and message are shown by its source's own rule, see {@code CorrectionTarget#shownKey}).
     */
    public List<RuleResult> rules(int reportYear) {
        return reconciliation.results(reportYear);
    }

    /** The rule results a run (its executions) recorded, as {@link #rules(int)}. */
    public List<RuleResult> rulesOfRun(List<Long> jobExecutionIds) {
        return reconciliation.resultsOfRun(jobExecutionIds);
    }

    /** Whether a step's row counts are counts of people (a load step of a person-level source): logs leave them out. */
    public static boolean countsPeople(String stepName) {
        return PersonLevelSource.loads(stepName);
    }
}
