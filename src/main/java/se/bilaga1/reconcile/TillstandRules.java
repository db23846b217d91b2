package se.bilaga1.reconcile;

import static se.bilaga1.warehouse.TillstandTables.AKLAGARMYNDIGHETEN;
import static se.bilaga1.warehouse.TillstandTables.BETANKETID;
import static se.bilaga1.warehouse.TillstandTables.BEVISPERSONER;
import static se.bilaga1.warehouse.TillstandTables.KVINNOR;
import static se.bilaga1.warehouse.TillstandTables.MAN;
import static se.bilaga1.warehouse.TillstandTables.PERSONER;
import static se.bilaga1.warehouse.TillstandTables.POLISMYNDIGHETEN;
import static se.bilaga1.warehouse.TillstandTables.SOCIALNAMND;
import static se.bilaga1.warehouse.TillstandTables.TOTALT;
import static se.bilaga1.warehouse.TillstandTables.VARAV_REGIONKOORDINATOR;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.ReportScope;
import se.bilaga1.warehouse.RuleResult;

/**
 * The checks of Indikator 4, declared beside each other: Tabell 5's sexes add up to its totals, Tabell 6's
 * applicants add up to its total (and the coordinators' share stays within the social boards'), Tabell 6's
 * total is Tabell 5's reflection-period total, and persons never exceed permits.
 */
@Configuration
public class TillstandRules {

    static final RuleId KON_SUMMERAR = RuleId.TABELL5_KON_SUMMERAR;
    static final RuleId PERSONER_HOGST_TILLSTAND = RuleId.TABELL5_PERSONER_HOGST_TILLSTAND;
    static final RuleId PARTER_SUMMERAR = RuleId.TABELL6_PARTER_SUMMERAR;
    static final RuleId MOT_TABELL5 = RuleId.TABELL6_MOT_TABELL5;

    @Bean
    ReconciliationRule tabell5SexesAddUp() {
        return ReconciliationRule.of(KON_SUMMERAR, context -> {
            PublishedTable t5 = context.table("Tabell 5");
            List<RuleResult> results = new ArrayList<>();
            for (int year : ReportScope.tabell5Years(context.reportYear())) {
                for (String rad : List.of(BEVISPERSONER, BETANKETID, PERSONER)) {
                    results.add(TableChecks.equal(KON_SUMMERAR, "Tabell 5",
                            rad + " " + year + ": kvinnor + män (vänster) mot totalt (höger)",
                            TableChecks.sumAcross(t5, rad, List.of(year + " / " + KVINNOR, year + " / " + MAN)),
                            TableChecks.value(t5, rad, year + " / " + TOTALT)));
                }
            }
            return TableChecks.orNothingToCheck(results, KON_SUMMERAR, "Tabell 5");
        });
    }

    @Bean
    ReconciliationRule personsWithinPermits() {
        return ReconciliationRule.of(PERSONER_HOGST_TILLSTAND, context -> {
            PublishedTable t5 = context.table("Tabell 5");
            List<RuleResult> results = new ArrayList<>();
            for (int year : ReportScope.tabell5Years(context.reportYear())) {
                for (String kon : List.of(KVINNOR, MAN, TOTALT)) {
                    String kolumn = year + " / " + kon;
                    results.add(TableChecks.atMost(PERSONER_HOGST_TILLSTAND, "Tabell 5",
                            "Personer " + kolumn + " (vänster) högst antal tillstånd (höger)",
                            TableChecks.value(t5, PERSONER, kolumn),
                            TableChecks.sum(t5, List.of(BEVISPERSONER, BETANKETID), kolumn)));
                }
            }
            return TableChecks.orNothingToCheck(results, PERSONER_HOGST_TILLSTAND, "Tabell 5");
        });
    }

    @Bean
    ReconciliationRule tabell6PartsAddUp() {
        return ReconciliationRule.of(PARTER_SUMMERAR, context -> {
            PublishedTable t6 = context.table("Tabell 6");
            List<RuleResult> results = new ArrayList<>();
            for (int year : ReportScope.tabell5Years(context.reportYear())) {
                String kolumn = String.valueOf(year);
                results.add(TableChecks.equal(PARTER_SUMMERAR, "Tabell 6",
                        year + ": Åklagarmyndigheten + Polismyndigheten + Socialnämnd (vänster) mot Totalt (höger)",
                        TableChecks.sum(t6, List.of(AKLAGARMYNDIGHETEN, POLISMYNDIGHETEN, SOCIALNAMND), kolumn),
                        TableChecks.value(t6, TOTALT, kolumn)));
                results.add(TableChecks.atMost(PARTER_SUMMERAR, "Tabell 6",
                        year + ": varav från regionkoordinator (vänster) högst Socialnämnd (höger)",
                        TableChecks.value(t6, VARAV_REGIONKOORDINATOR, kolumn), TableChecks.value(t6, SOCIALNAMND, kolumn)));
            }
            return TableChecks.orNothingToCheck(results, PARTER_SUMMERAR, "Tabell 6");
        });
    }

    @Bean
    ReconciliationRule tabell6MatchesTabell5() {
        return ReconciliationRule.of(MOT_TABELL5, context -> {
            PublishedTable t5 = context.table("Tabell 5");
            PublishedTable t6 = context.table("Tabell 6");
            List<RuleResult> results = new ArrayList<>();
            for (int year : ReportScope.tabell5Years(context.reportYear())) {
                results.add(TableChecks.equal(MOT_TABELL5, "Tabell 6",
                        year + ": Tabell 6 Totalt (vänster) mot Tabell 5 betänketid totalt (höger)",
                        TableChecks.value(t6, TOTALT, String.valueOf(year)),
                        TableChecks.value(t5, BETANKETID, year + " / " + TOTALT)));
            }
            return TableChecks.orNothingToCheck(results, MOT_TABELL5, "Tabell 6");
        });
    }
}
