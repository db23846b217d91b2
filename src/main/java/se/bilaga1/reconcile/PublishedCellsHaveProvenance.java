package se.bilaga1.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.OffenceCounts;
import se.bilaga1.warehouse.ReportScope;

/** Every figure a published table prints must trace to a file (with SHA-256), sheet, row and column. */
@Component
public class PublishedCellsHaveProvenance implements ReconciliationRule {

    private final OffenceCounts counts;

    public PublishedCellsHaveProvenance(OffenceCounts counts) {
        this.counts = counts;
    }

    @Override
    public String name() {
        return "proveniens";
    }

    @Override
    public List<RuleResult> check(int reportYear) {
        List<RuleResult> results = new ArrayList<>();
        results.add(check("Tabell 7", counts.counts(OffenceCounts.ANMALDA_BROTT, ReportScope.TABELL_7_LAGRUM,
                ReportScope.tabell7Years(reportYear))));
        results.add(check("Tabell 8", counts.counts(OffenceCounts.LAGFORINGSBESLUT, ReportScope.TABELL_8_LAGRUM,
                ReportScope.tabell8Years(reportYear))));
        return results;
    }

    private RuleResult check(String tabell, List<OffenceCounts.Count> cells) {
        long withValue = cells.stream().filter(c -> c.amount() != null).count();
        long traced = cells.stream()
                .filter(c -> c.amount() != null && !c.provenance().isEmpty()
                        && c.provenance().stream().allMatch(p -> p.isComplete()))
                .count();
        return new RuleResult(name(), tabell,
                "Celler med värde (vänster) mot celler spårade till fil, SHA-256, rad och kolumn (höger)",
                String.valueOf(withValue), String.valueOf(traced),
                withValue == traced ? RuleResult.Status.OK : RuleResult.Status.FEL);
    }
}
