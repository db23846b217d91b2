package se.bilaga1.reconcile;

import java.util.List;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.Provenance;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.Tabell;

/** Every figure a published table prints must trace to a file (with SHA-256), sheet, row and column. */
@Component
public class PublishedCellsHaveProvenance implements ReconciliationRule {

    static final List<String> TABLES = Tabell.ids();

    @Override
    public RuleId id() {
        return RuleId.PROVENIENS;
    }

    @Override
    public List<RuleResult> check(RuleContext context) {
        return TABLES.stream().map(t -> check(context.table(t))).toList();
    }

    private RuleResult check(PublishedTable table) {
        List<PublishedTable.Cell> cells = table.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.value() != null).toList();
        long traced = cells.stream()
                .filter(c -> !c.provenance().isEmpty() && c.provenance().stream().allMatch(Provenance::isComplete))
                .count();
        return new RuleResult(name(), table.tabell(),
                "Celler med värde (vänster) mot celler spårade till fil, SHA-256, rad och kolumn (höger)",
                String.valueOf(cells.size()), String.valueOf(traced),
                cells.size() == traced ? RuleResult.Status.OK : RuleResult.Status.FEL);
    }
}
