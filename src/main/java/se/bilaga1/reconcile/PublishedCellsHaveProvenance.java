package se.bilaga1.reconcile;

import java.util.List;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.Provenance;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.RuleResult;

/** Every figure a published table prints must trace to a file (with SHA-256), sheet, row and column. */
@Component
public class PublishedCellsHaveProvenance implements ReconciliationRule {

    static final List<String> TABLES = List.of("Figur 3", "Figur 4", "Figur 5", "Tabell 1", "Tabell 2", "Tabell 5",
            "Tabell 6", "Tabell 7", "Tabell 8", "Figur 6", "Figur 7", "Tabell 3", "Tabell 4");

    @Override
    public String name() {
        return "proveniens";
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
