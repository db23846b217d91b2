package se.bilaga1.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.Figures;
import se.bilaga1.warehouse.OffenceCounts;
import se.bilaga1.warehouse.ReportScope;
import se.bilaga1.warehouse.RuleResult;

/**
 * When Brå delivered a year both as detail and as a published table, the detail summed must equal the table,
 * statute by statute (FEL otherwise).
 */
@Component
public class DetailMatchesPublishedTable implements ReconciliationRule {

    private final OffenceCounts counts;

    public DetailMatchesPublishedTable(OffenceCounts counts) {
        this.counts = counts;
    }

    @Override
    public RuleId id() {
        return RuleId.BRA_DETALJ_MOT_TABELL;
    }

    @Override
    public List<RuleResult> check(RuleContext context) {
        Map<String, OffenceCounts.Count> detail = counts.detailSums();
        List<RuleResult> results = new ArrayList<>();
        for (OffenceCounts.Count table : counts.publishedByFile(OffenceCounts.ANMALDA_BROTT)) {
            OffenceCounts.Count sum = detail.get(table.lagrum() + "|" + table.ar());
            if (sum == null) {
                continue;
            }
            boolean equal = table.amount() != null && table.amount().compareTo(sum.amount()) == 0;
            String tabell = ReportScope.TABELL_7_LAGRUM.contains(table.lagrum()) ? "Tabell 7" : "";
            results.add(new RuleResult(name(), tabell,
                    "Anmälda brott " + table.lagrum() + " " + table.ar() + ": detaljens summa ("
                            + sum.provenance().get(0).fileName() + ") mot publicerad tabell ("
                            + table.provenance().get(0).describe() + ")",
                    Figures.print(sum.amount()), Figures.print(table.amount()),
                    equal ? RuleResult.Status.OK : RuleResult.Status.FEL));
        }
        if (results.isEmpty()) {
            results.add(new RuleResult(name(), "Tabell 7",
                    "Inget år levererat både som detalj och som publicerad tabell: inget att jämföra", "", "",
                    RuleResult.Status.OK));
        }
        return results;
    }
}
