package se.bilaga1.reconcile;

import java.util.List;

/** A named check of the warehouse. Every rule reports at least one row, so a rule that found nothing still shows. */
public interface ReconciliationRule {

    /** The rule's name as it appears in the reconciliation file, e.g. {@code bra.detalj_mot_tabell}. */
    String name();

    List<RuleResult> check(RuleContext context);
}
