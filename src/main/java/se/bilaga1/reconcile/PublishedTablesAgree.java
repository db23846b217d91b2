package se.bilaga1.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.Figures;
import se.bilaga1.warehouse.OffenceCounts;
import se.bilaga1.warehouse.RuleResult;

/**
 * Two Brå tables that give the same statute and year must give the same figure; where they differ the
 * warehouse publishes the latest delivery's and this rule says FEL with both.
 */
@Component
public class PublishedTablesAgree implements ReconciliationRule {

    private final OffenceCounts counts;

    public PublishedTablesAgree(OffenceCounts counts) {
        this.counts = counts;
    }

    @Override
    public RuleId id() {
        return RuleId.BRA_TABELLER_SAMSTAMMIGA;
    }

    @Override
    public List<RuleResult> check(RuleContext context) {
        List<RuleResult> results = new ArrayList<>();
        for (String measure : List.of(OffenceCounts.ANMALDA_BROTT, OffenceCounts.LAGFORINGSBESLUT)) {
            List<OffenceCounts.Count> all = counts.publishedByFile(measure);
            for (int i = 1; i < all.size(); i++) {
                OffenceCounts.Count earlier = all.get(i - 1);
                OffenceCounts.Count later = all.get(i);
                // two tables' totals are of the statutes each lists, which may differ: each is checked on its own
                if (!earlier.lagrum().equals(later.lagrum()) || earlier.ar() != later.ar()
                        || later.lagrum().equals(OffenceCounts.TOTALT)) {
                    continue;
                }
                boolean same = Objects.equals(earlier.amount() == null ? null : earlier.amount().stripTrailingZeros(),
                        later.amount() == null ? null : later.amount().stripTrailingZeros());
                results.add(new RuleResult(name(), measure.equals(OffenceCounts.ANMALDA_BROTT) ? "Tabell 7" : "Tabell 8",
                        measure + " " + later.lagrum() + " " + later.ar() + ": " + earlier.provenance().get(0).describe()
                                + " mot " + later.provenance().get(0).describe(),
                        Figures.print(earlier.amount()), Figures.print(later.amount()),
                        same ? RuleResult.Status.OK : RuleResult.Status.FEL));
            }
        }
        if (results.isEmpty()) {
            results.add(new RuleResult(name(), "", "Ingen statut och år levererad i mer än en publicerad tabell", "", "",
                    RuleResult.Status.OK));
        }
        return results;
    }
}
