package se.bilaga1.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.RuleResult;

/**
 * Each support programme's own Totalt (and NSP's Vuxna) against the sum of its parts, never trusted blindly.
 * NSP's Vuxna is the printed adult total, not one of the contract's categories: a delivery without it has its
 * Totalt checked against women, trans women, men and children directly.
 */
@Configuration
public class ProgrammeRules {

    static final RuleId DELAR_MOT_TOTALT = RuleId.STODPROGRAM_DELAR_MOT_TOTALT;

    @Bean
    ReconciliationRule programmePartsAgainstTotals() {
        return ReconciliationRule.of(DELAR_MOT_TOTALT, context -> {
            List<RuleResult> results = new ArrayList<>();
            PublishedTable nsp = context.table("Tabell 3");
            PublishedTable amp = context.table("Tabell 4");
            for (String year : nsp.columns()) {
                results.add(check("Tabell 3", year + ": kvinnor + transkvinnor + män (vänster) mot Vuxna (höger)", nsp,
                        List.of("Vuxna / Kvinnor", "Vuxna / Transkvinna", "Vuxna / Män"), "Vuxna", year));
                if (TableChecks.value(nsp, "Vuxna", year) != null) {
                    results.add(check("Tabell 3", year + ": Vuxna + Barn (vänster) mot Totalt (höger)", nsp,
                            List.of("Vuxna", "Barn"), "Totalt", year));
                } else {
                    results.add(check("Tabell 3", year + ": kvinnor + transkvinnor + män + barn (vänster) mot Totalt"
                            + " (höger)", nsp, List.of("Vuxna / Kvinnor", "Vuxna / Transkvinna", "Vuxna / Män", "Barn"),
                            "Totalt", year));
                }
                results.add(check("Tabell 4", year + ": kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger)", amp,
                        List.of("Kvinnor", "Män", "Flickor", "Pojkar"), "Totalt", year));
            }
            return TableChecks.orNothingToCheck(results, DELAR_MOT_TOTALT, "Tabell 3");
        });
    }

    /** The parts the programme gave (a part it left out counts as none) against the total it stated. */
    private static RuleResult check(String tabell, String description, PublishedTable table, List<String> parts,
            String total, String year) {
        BigDecimal stated = TableChecks.value(table, total, year);
        List<BigDecimal> given = parts.stream().map(p -> TableChecks.value(table, p, year)).filter(v -> v != null).toList();
        if (stated == null || given.isEmpty()) {
            return null;
        }
        return TableChecks.equal(DELAR_MOT_TOTALT, tabell, description, given.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                stated);
    }
}
