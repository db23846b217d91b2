package se.bilaga1.reconcile;

import static se.bilaga1.warehouse.SurveyTables.EGEN_REGI;
import static se.bilaga1.warehouse.SurveyTables.NAMNARE;
import static se.bilaga1.warehouse.SurveyTables.SAMVERKANSAVTAL;
import static se.bilaga1.warehouse.SurveyTables.SVARANDE;
import static se.bilaga1.warehouse.SurveyTables.TALJARE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.SurveyShares;
import se.bilaga1.warehouse.RuleResult;

/**
 * The checks of Indikator 1, 2 and 7 (Figur 3–7): respondents never exceed the 290 municipalities, numerators
 * never exceed denominators (and own organisation + agreement make the numerator), and a municipality that did
 * not answer cannot have answered Ja.
 */
@Configuration
public class SurveyRules {

    static final RuleId SVARANDE_HOGST_290 = RuleId.ENKAT_SVARANDE_HOGST_290;
    static final RuleId TALJARE_HOGST_NAMNARE = RuleId.ENKAT_TALJARE_HOGST_NAMNARE;
    static final RuleId BESVARAD_NEJ_MED_JA = RuleId.KOMMUNENKAT_BESVARAD_NEJ_MED_JA;
    static final List<String> FIGURES = List.of("Figur 3", "Figur 4", "Figur 5", "Figur 6", "Figur 7");
    static final BigDecimal MUNICIPALITIES = BigDecimal.valueOf(290);

    @Bean
    ReconciliationRule respondentsAtMost290() {
        return ReconciliationRule.of(SVARANDE_HOGST_290, context -> {
            List<RuleResult> results = new ArrayList<>();
            for (String figur : FIGURES) {
                PublishedTable table = context.table(figur);
                for (PublishedTable.Row row : table.rows()) {
                    results.add(TableChecks.atMost(SVARANDE_HOGST_290, figur, row.rad() + ": svarande kommuner (vänster)"
                            + " högst 290 (höger)", TableChecks.value(table, row.rad(), SVARANDE), MUNICIPALITIES));
                }
            }
            return TableChecks.orNothingToCheck(results, SVARANDE_HOGST_290, "");
        });
    }

    @Bean
    ReconciliationRule numeratorsWithinDenominators() {
        return ReconciliationRule.of(TALJARE_HOGST_NAMNARE, context -> {
            List<RuleResult> results = new ArrayList<>();
            for (String figur : FIGURES) {
                PublishedTable table = context.table(figur);
                for (PublishedTable.Row row : table.rows()) {
                    results.add(TableChecks.atMost(TALJARE_HOGST_NAMNARE, figur, row.rad() + ": täljare (vänster) högst"
                            + " nämnare (höger)", TableChecks.value(table, row.rad(), TALJARE),
                            TableChecks.value(table, row.rad(), NAMNARE)));
                    if (table.columns().contains(EGEN_REGI)) {
                        results.add(TableChecks.equal(TALJARE_HOGST_NAMNARE, figur, row.rad() + ": i egen regi + genom"
                                + " samverkansavtal (vänster) mot täljare (höger)",
                                TableChecks.sumAcross(table, row.rad(), List.of(EGEN_REGI, SAMVERKANSAVTAL)),
                                TableChecks.value(table, row.rad(), TALJARE)));
                    }
                }
            }
            return TableChecks.orNothingToCheck(results, TALJARE_HOGST_NAMNARE, "");
        });
    }

    @Bean
    ReconciliationRule noJaWithoutAnswering(SurveyShares shares) {
        return ReconciliationRule.of(BESVARAD_NEJ_MED_JA, context -> {
            List<String> found = shares.answeredJaWithoutAnswering();
            if (found.isEmpty()) {
                return List.of(new RuleResult(BESVARAD_NEJ_MED_JA.id(), "Figur 3", "Ingen kommun med besvarad = Nej har svarat Ja"
                        + " på en delfråga", "0", "0", RuleResult.Status.OK));
            }
            return found.stream().map(f -> new RuleResult(BESVARAD_NEJ_MED_JA.id(), "Figur 3", "Besvarad = Nej men Ja på en"
                    + " delfråga: " + f, "Nej", "Ja", RuleResult.Status.FEL)).toList();
        });
    }
}
