package se.bilaga1.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.reconcile.RuleResult;
import se.bilaga1.warehouse.Bilaga1Tables;
import se.bilaga1.warehouse.Corrections;
import se.bilaga1.warehouse.PublishedTable;

/** Writes the files of the output contract for report year N from the warehouse. */
@Service
public class Publisher {

    private final Bilaga1Tables tables;
    private final ReconciliationEngine reconciliation;
    private final SourceFileRegistry registry;
    private final QuarantineSummary quarantine;
    private final Corrections corrections;

    public Publisher(Bilaga1Tables tables, ReconciliationEngine reconciliation, SourceFileRegistry registry,
            QuarantineSummary quarantine, Corrections corrections) {
        this.corrections = corrections;
        this.tables = tables;
        this.reconciliation = reconciliation;
        this.registry = registry;
        this.quarantine = quarantine;
    }

    /** The paths written: workbook, tables CSV, reconciliation CSV. */
    public record Written(Path workbook, Path tablesCsv, Path reconciliationCsv) {
    }

    public Written publish(int reportYear, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        List<PublishedTable> published = tables.all(reportYear);
        List<RuleResult> rules = reconciliation.results(reportYear);
        Written written = new Written(outputDir.resolve("bilaga1-" + reportYear + ".xlsx"),
                outputDir.resolve("bilaga1-" + reportYear + "-tabeller.csv"),
                outputDir.resolve("bilaga1-" + reportYear + "-avstamning.csv"));
        FlatCsvWriter.writeTables(written.tablesCsv(), published);
        FlatCsvWriter.writeReconciliation(written.reconciliationCsv(), rules);
        WorkbookWriter.write(written.workbook(), new WorkbookWriter.Contents(reportYear, LocalDateTime.now().withNano(0),
                registry.report(), published, tables.breakdowns(reportYear), rules, corrections.all(),
                corrections.effects(only -> tables.only(only, reportYear)), quarantine.perReason(), quarantine.firstRows()));
        return written;
    }
}
