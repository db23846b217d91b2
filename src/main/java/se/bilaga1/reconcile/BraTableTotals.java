package se.bilaga1.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.Figures;
import se.bilaga1.warehouse.OffenceCounts;
import se.bilaga1.warehouse.RuleResult;

/**
 * A Brå table's own total row (Totalt, Summa) against the sum of the statutes the same table lists, year by year:
 * FEL with both figures when they differ, never trusted blindly. A year where a statute is missing ({@code ..}) has
 * nothing to compare.
 */
@Component
public class BraTableTotals implements ReconciliationRule {

    private final OffenceCounts counts;

    public BraTableTotals(OffenceCounts counts) {
        this.counts = counts;
    }

    @Override
    public RuleId id() {
        return RuleId.BRA_TABELL_DELAR_MOT_TOTALT;
    }

    @Override
    public List<RuleResult> check(RuleContext context) {
        List<RuleResult> results = new ArrayList<>();
        for (String measure : List.of(OffenceCounts.ANMALDA_BROTT, OffenceCounts.LAGFORINGSBESLUT)) {
            // per file and year: the stated total, the sum of the statutes, and whether a statute was missing
            Map<String, OffenceCounts.Count> totals = new LinkedHashMap<>();
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            Set<String> incomplete = new HashSet<>();
            for (OffenceCounts.Count c : counts.publishedByFile(measure)) {
                String key = c.provenance().get(0).fileName() + "|" + c.ar();
                if (c.lagrum().equals(OffenceCounts.TOTALT)) {
                    totals.put(key, c);
                } else if (c.amount() == null) {
                    incomplete.add(key);
                } else {
                    sums.merge(key, c.amount(), BigDecimal::add);
                }
            }
            String tabell = measure.equals(OffenceCounts.ANMALDA_BROTT) ? "Tabell 7" : "Tabell 8";
            totals.forEach((key, total) -> {
                BigDecimal sum = sums.get(key);
                if (total.amount() == null || sum == null || incomplete.contains(key)) {
                    return;
                }
                results.add(new RuleResult(name(), tabell, measure + " " + total.ar() + ": tabellens lagrum summerade"
                        + " (vänster) mot dess totalrad (höger), " + total.provenance().get(0).describe(),
                        Figures.print(sum), Figures.print(total.amount()),
                        sum.compareTo(total.amount()) == 0 ? RuleResult.Status.OK : RuleResult.Status.FEL));
            });
        }
        if (results.isEmpty()) {
            results.add(new RuleResult(name(), "", "Ingen publicerad tabell med en totalrad att jämföra", "", "",
                    RuleResult.Status.OK));
        }
        return results;
    }
}
