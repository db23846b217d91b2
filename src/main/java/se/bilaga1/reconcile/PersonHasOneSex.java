package se.bilaga1.reconcile;

import java.util.List;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.TillstandCounts;
import se.bilaga1.warehouse.RuleResult;

/**
 * A person key seen as both Kvinna and Man is a VARNING listing the file rows that give it; the key itself is
 * never printed (it is a person, pseudonymised or not).
 */
@Component
public class PersonHasOneSex implements ReconciliationRule {

    private final TillstandCounts permits;

    public PersonHasOneSex(TillstandCounts permits) {
        this.permits = permits;
    }

    @Override
    public RuleId id() {
        return RuleId.MIGRATIONSVERKET_PERSON_ETT_KON;
    }

    @Override
    public List<RuleResult> check(RuleContext context) {
        List<TillstandCounts.PersonWithTwoSexes> found = permits.personsWithTwoSexes();
        if (found.isEmpty()) {
            return List.of(new RuleResult(name(), "Tabell 5", "Ingen person förekommer med två olika kön", "0", "0",
                    RuleResult.Status.OK));
        }
        return found.stream().map(p -> new RuleResult(name(), "Tabell 5",
                "Samma person anges med två olika kön (vänster: rader, höger: kön): " + String.join("; ", p.fileRows()),
                String.valueOf(p.fileRows().size()), "2", RuleResult.Status.VARNING)).toList();
    }
}
