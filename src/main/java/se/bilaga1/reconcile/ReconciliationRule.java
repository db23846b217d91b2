package se.bilaga1.reconcile;

import java.util.List;
import se.bilaga1.warehouse.RuleResult;

/** A named check of the warehouse. Every rule reports at least one row, so a rule that found nothing still shows. */
public interface ReconciliationRule {

    /** The rule, as the catalogue declares it. */
    RuleId id();

    /** The rule's name as it appears in the reconciliation file, e.g. {@code bra.detalj_mot_tabell}. */
    default String name() {
        return id().id();
    }

    List<RuleResult> check(RuleContext context);

    /** A rule from its name and its check, for rules declared as a list beside their tables. */
    static ReconciliationRule of(RuleId id, java.util.function.Function<RuleContext, List<RuleResult>> check) {
        return new ReconciliationRule() {
            @Override
            public RuleId id() {
                return id;
            }

            @Override
            public List<RuleResult> check(RuleContext context) {
                return check.apply(context);
            }
        };
    }
}
