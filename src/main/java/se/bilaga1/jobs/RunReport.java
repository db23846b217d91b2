package se.bilaga1.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.reconcile.ReconciliationEngine;
import se.bilaga1.reconcile.RuleResult;

/** The run report printed at the end of a run: per file its accounting, then the rules, then the outputs. */
@Component
public class RunReport {

    private final SourceFileRegistry registry;
    private final ReconciliationEngine reconciliation;

    public RunReport(SourceFileRegistry registry, ReconciliationEngine reconciliation) {
        this.registry = registry;
        this.reconciliation = reconciliation;
    }

    public String describe(JobExecution execution, int year, Path output) {
        StringBuilder out = new StringBuilder();
        out.append("Bilaga 1 rebuild ").append(year).append(": ").append(execution.getStatus())
                .append(" (körning ").append(execution.getId()).append(")\n");
        out.append("Files (rows read = loaded + quarantined + notes):\n");
        for (SourceFileRegistry.FileReport f : registry.report()) {
            out.append(String.format("  %-9s %-45s %s  read %d = loaded %d + quarantined %d + notes %d%s%n",
                    f.status(), f.fileName(), f.sha256().substring(0, 12), f.read(), f.loaded(), f.quarantined(), f.notes(),
                    f.balances() ? "" : "  ** DOES NOT BALANCE **"));
            if (f.message() != null) {
                out.append("            ").append(f.message()).append('\n');
            }
        }
        List<RuleResult> rules = reconciliation.results(year);
        out.append(String.format("Reconciliation: %d checks, %d OK, %d VARNING, %d FEL%n", rules.size(),
                count(rules, RuleResult.Status.OK), count(rules, RuleResult.Status.VARNING), count(rules, RuleResult.Status.FEL)));
        rules.stream().filter(r -> r.status() != RuleResult.Status.OK).forEach(r -> out.append("  ").append(r.status())
                .append(' ').append(r.regel()).append(": ").append(r.beskrivning()).append(" (").append(r.vanster())
                .append(" mot ").append(r.hoger()).append(")\n"));
        if (execution.getStatus().isUnsuccessful()) {
            execution.getAllFailureExceptions().forEach(e -> out.append("Failure: ").append(e).append('\n'));
        } else {
            out.append("Written: ").append(output.toAbsolutePath().resolve("bilaga1-" + year + ".xlsx")).append(", ")
                    .append("bilaga1-" + year + "-tabeller.csv, bilaga1-" + year + "-avstamning.csv\n");
        }
        return out.toString();
    }

    private static long count(List<RuleResult> rules, RuleResult.Status status) {
        return rules.stream().filter(r -> r.status() == status).count();
    }
}
