package se.bilaga1.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.ingest.SourceFileRegistry.FileReport;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.warehouse.Bilaga1Tables;
import se.bilaga1.warehouse.ArendeCounts;
import se.bilaga1.warehouse.Korrigeringar;
import se.bilaga1.warehouse.Lineage;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.RegionalCounts;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.YearTables;
import se.bilaga1.support.Bilaga1Properties;

/**
 * The one place figures about people leave the warehouse through. Every output — the workbook's sheets, the flat CSVs,
 * the PX files, the quality declaration, {@code ./jobs/explain}, {@code ./jobs/status}, the run report, the logs and
 * the console — is made of what this class hands out, never of the warehouse's own tables: the writers, commands and
 * console pages take the protected views from here.
 * <p>
 * The rule (docs/disclosure.md): a figure is sub-national when it counts coordinator cases or Migrationsverket persons
 * for less than the whole country (a region, a county, a coordinator file, a corrected case). Such a count from 1 to
 * the threshold ({@code bilaga1.rojandekontroll.troskel}) is hidden as {@code ..}, and further counts are hidden until
 * none can be recomputed from what is shown. National Tabell 1–8 and the national breakdowns are published in full;
 * the regional tables are protected here, both together ({@link RegionalTables}), so that no hidden cell's range
 * (by linear programming over everything published) is a single value or inside [1, threshold]. Quarantined cells of people's rows
 * leave without their value and with a reason that quotes none of the row's fields.
 * <p>
 * One exception, and it says so: {@link #internalFilesOfRun} (and {@link #internalQuarantineOfRun}) give exact
 * per-file accounting for the console's internal pages, which only an ANALYST can open; never case rows, keys or
 * values.
 */
@Component
public class DisclosureBoundary {

    /** What a coordinator file's rows show in its lineage unless its row accounting is shown in full: they would count it. */
    public static final String ROWS_HIDDEN = "(dolda: röjandekontroll)";

    /** How many quarantined cells a list shows at most (the first, by file and row). */
    public static final int QUARANTINE_ROWS_SHOWN = QuarantineSummary.ROWS_SHOWN;

    private final Bilaga1Tables tables;
    private final SourceFileRegistry registry;
    private final ReconciliationEngine reconciliation;
    private final Korrigeringar corrections;
    private final Lineage lineage;
    private final ArendeCounts cases;
    private final QuarantineSummary quarantine;
    private final int threshold;

    DisclosureBoundary(Bilaga1Tables tables, SourceFileRegistry registry, ReconciliationEngine reconciliation, Korrigeringar corrections,
            Lineage lineage, ArendeCounts cases, QuarantineSummary quarantine,
            Bilaga1Properties properties) {
        this.tables = tables;
        this.registry = registry;
        this.reconciliation = reconciliation;
        this.corrections = corrections;
        this.lineage = lineage;
        this.cases = cases;
        this.quarantine = quarantine;
        this.threshold = properties.rojandekontroll().troskel();
    }

    /** Tabell 1–8 of report year N: national, published in full. */
    public List<PublishedTable> publishedTables(int reportYear) {
        return tables.all(reportYear);
    }

    /** {@link #publishedTables(int)} of tables a run built once. */
    public List<PublishedTable> publishedTables(YearTables built) {
        return built.published();
    }

    /**
     * The breakdowns beside the published tables: the national ones in full, and year N's regional tables protected
     * together.
     */
    public List<PublishedTable> breakdowns(int reportYear) {
        return breakdowns(tables.breakdowns(reportYear), tables.regionalCounts(reportYear));
    }

    /** {@link #breakdowns(int)} of tables a run built once. */
    public List<PublishedTable> breakdowns(YearTables built) {
        return breakdowns(built.breakdowns(), built.regionalCounts());
    }

    private List<PublishedTable> breakdowns(List<PublishedTable> national, Optional<RegionalCounts> regional) {
        List<PublishedTable> all = new java.util.ArrayList<>(national);
        regional.ifPresent(counts -> all.addAll(RegionalTables.protect(counts, threshold)));
        return all;
    }

    /** The row accounting of the files in the warehouse now (Översikt, the run report, the declaration). */
    public ShownFile.Accounting accounting() {
        return ShownFile.Accounting.of(registry.report(), threshold);
    }

    /** The row accounting of the files a run (its executions) registered, as the console's run page shows it. */
    public List<ShownFile> filesOfRun(List<Long> jobExecutionIds) {
        return RunAccounting.files(registry.reportOfRuns(jobExecutionIds), accounting().files());
    }

    /** The rows a run's files loaded and quarantined, as the console's list of runs shows them. */
    public RunRows rowsOfRun(List<Long> jobExecutionIds) {
        List<FileReport> files = registry.reportOfRuns(jobExecutionIds);
        List<ShownFile> current = accounting().files();
        return new RunRows(RunAccounting.loaded(files, current), RunAccounting.quarantined(files, current));
    }

    /** A run's rows loaded and quarantined, over all the files it registered. */
    public record RunRows(ShownCount loaded, ShownCount quarantined) {
    }

    /**
     * Internal, for the console pages only an ANALYST can open (and that say so): the exact row accounting of the files
     * a run registered, coordinator files' among them, so that read = loaded + quarantined + notes can be checked.
     * Never case rows, keys or values: only counts per file.
     */
    public List<FileReport> internalFilesOfRun(List<Long> jobExecutionIds) {
        return registry.reportOfRuns(jobExecutionIds);
    }

    /** A step's row count as a page may show it: hidden for a step that loads people's rows (one region's, perhaps). */
    public static ShownCount stepCount(String stepName, long count) {
        return countsPeople(stepName) ? ShownCount.HIDDEN : ShownCount.of(count);
    }

    /**
     * The quarantine of the files in the warehouse now (the Karantän sheet, the declaration): per file and reason, and
     * the first rows; a coordinator file's quarantined rows as its accounting shows them, their reasons per source.
     */
    public ShownQuarantine quarantine() {
        return ShownQuarantine.of(quarantine.perReason(), quarantine.firstRows(false), accounting().files());
    }

    /** The quarantined cells of the files a run registered, as {@link #quarantine()} lists them. */
    public List<ShownQuarantine.Row> quarantineOfRun(List<Long> jobExecutionIds) {
        return ShownQuarantine.rows(quarantine.rowsOfRuns(jobExecutionIds, false));
    }

    /**
     * Internal, for the console pages only an ANALYST can open: the quarantined cells of a run's files, coordinator
     * files' among them, each where it is and why in fixed words, never its value.
     */
    public List<ShownQuarantine.Row> internalQuarantineOfRun(List<Long> jobExecutionIds) {
        return ShownQuarantine.rows(quarantine.rowsOfRuns(jobExecutionIds, true));
    }

    /**
     * Every correction with its outcome and the published cells it moved ({@code moved}, national cells): one about a
     * person without its key, value before and reason.
     */
    public List<ShownCorrection> corrections(List<Korrigeringar.MovedCell> moved) {
        return corrections.all().stream().map(c -> ShownCorrection.of(c, moved)).toList();
    }

    /**
     * The published cells the corrections moved, with both values (national cells, published in full), and which
     * corrections moved each; {@code tables} builds the published tables named (all for null).
     */
    public List<Korrigeringar.MovedCell> movedCells(Function<Set<String>, List<PublishedTable>> tables) {
        return corrections.effects(tables);
    }

    /** The police regions whose cases each year holds: names only, the coordinators' coverage (never a count). */
    public Map<Integer, List<String>> caseRegionsPerYear() {
        return cases.regionsPerYear();
    }

    /**
     * The lineage of every cell of {@code published} (what Spårbarhet shows, the warehouse records and explain reads):
     * a coordinator file is named without a count; its sheet rows only where its row accounting is shown in full (a
     * range counts the rows it spans, and where it ends tells whether the rows after it were loaded); a correction
     * about a person without its reason.
     */
    public List<Lineage.CellLineage> lineage(int reportYear, List<PublishedTable> published, List<RuleResult> rules,
            List<Korrigeringar.MovedCell> moved) {
        List<Korrigeringar.Correction> shown = corrections.all().stream().map(ShownCorrection::forLineage).toList();
        Set<String> uncounted = accounting().files().stream().filter(f -> f.regional() && (f.read().hidden()
                || f.loaded().hidden() || f.quarantined().hidden()))
                .map(f -> f.fileName() + "\u0000" + f.sha256()).collect(Collectors.toSet());
        return lineage.of(reportYear, published, rules, moved, shown).stream().map(c -> new Lineage.CellLineage(c.tabell(),
                c.rad(), c.kolumn(), c.varde(), c.entries().stream().map(e -> uncounted.contains(e.fileName() + "\u0000"
                        + e.sha256()) ? withoutRows(e) : e).toList())).toList();
    }

    private static Lineage.Entry withoutRows(Lineage.Entry e) {
        return new Lineage.Entry(e.art(), e.fileId(), e.fileName(), e.sha256(), e.sheet(), ROWS_HIDDEN, e.column(), e.ref(),
                e.status(), e.beskrivning(), e.vanster(), e.hoger());
    }

    /** The lineage a run recorded for report year N (or its snapshot K), as explain prints it. */
    public Optional<Lineage.Recorded> recordedLineage(int reportYear, Integer snapshotNo) {
        return lineage.recorded(reportYear, snapshotNo);
    }

    /** One cell's recorded lineage: recorded through {@link #lineage}, so already protected. */
    public Optional<Lineage.CellLineage> recordedCell(long lineageRunId, String tabell, String rad, String kolumn) {
        return lineage.cell(lineageRunId, tabell, rad, kolumn);
    }

    /** The rows of a table in a recorded lineage (to suggest what a misspelt row could be). */
    public List<String> recordedRows(long lineageRunId, String tabell) {
        return lineage.rows(lineageRunId, tabell);
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

    /** Whether a source's rows are people ({@code regionkoordinatorer}): its row counts do not leave (the metrics). */
    public static boolean sourceCountsPeople(String source) {
        return PersonLevelSource.ofSource(source).isPresent();
    }
}
