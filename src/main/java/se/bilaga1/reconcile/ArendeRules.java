package se.bilaga1.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.warehouse.Korrigeringar;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.RuleResult;

/**
 * The checks of Indikator 3: Tabell 1's forms and Tabell 2's groups add up to their totals, and the two totals
 * agree per year; the year's industries add up to the labour total; the cases found through AKC never exceed
 * their forms' totals; a correction naming a case (or field, or value) that does not exist is a FEL.
 */
@Configuration
public class ArendeRules {

    static final RuleId TABELL1_MOT_TABELL2 = RuleId.TABELL1_MOT_TABELL2;
    static final RuleId TABELL1_SUMMERAR = RuleId.TABELL1_FORMER_SUMMERAR;
    static final RuleId TABELL2_SUMMERAR = RuleId.TABELL2_DELAR_SUMMERAR;
    static final RuleId BRANSCH = RuleId.REGIONKOORDINATORER_BRANSCH_MOT_ARBETSKRAFT;
    static final RuleId AKC = RuleId.REGIONKOORDINATORER_AKC_HOGST_FORM;
    static final RuleId KORRIGERING = RuleId.KORRIGERINGAR_ARENDE_FINNS;

    @Bean
    ReconciliationRule tabell1AgreesWithTabell2() {
        return ReconciliationRule.of(TABELL1_MOT_TABELL2, context -> {
            PublishedTable t1 = context.table("Tabell 1");
            PublishedTable t2 = context.table("Tabell 2");
            List<RuleResult> results = new ArrayList<>();
            for (String year : t1.columns()) {
                results.add(TableChecks.equal(TABELL1_MOT_TABELL2, "Tabell 1", year + ": Tabell 1 Totalt antal personer"
                        + " (vänster) mot Tabell 2 Totalt samtliga (höger)", TableChecks.value(t1, "Totalt antal personer", year),
                        TableChecks.value(t2, "Totalt samtliga", year)));
            }
            return TableChecks.orNothingToCheck(results, TABELL1_MOT_TABELL2, "Tabell 1");
        });
    }

    @Bean
    ReconciliationRule tabell1FormsAddUp() {
        return ReconciliationRule.of(TABELL1_SUMMERAR, context -> {
            PublishedTable t1 = context.table("Tabell 1");
            List<String> forms = t1.rows().stream().map(PublishedTable.Row::rad).filter(r -> !r.startsWith("Totalt")).toList();
            List<RuleResult> results = new ArrayList<>();
            for (String year : t1.columns()) {
                results.add(TableChecks.equal(TABELL1_SUMMERAR, "Tabell 1", year + ": exploateringsformerna (vänster) mot"
                        + " Totalt antal personer (höger)", TableChecks.sum(t1, forms, year),
                        TableChecks.value(t1, "Totalt antal personer", year)));
            }
            return TableChecks.orNothingToCheck(results, TABELL1_SUMMERAR, "Tabell 1");
        });
    }

    @Bean
    ReconciliationRule tabell2PartsAddUp() {
        return ReconciliationRule.of(TABELL2_SUMMERAR, context -> {
            PublishedTable t2 = context.table("Tabell 2");
            List<RuleResult> results = new ArrayList<>();
            for (String year : t2.columns()) {
                results.add(TableChecks.equal(TABELL2_SUMMERAR, "Tabell 2", year + ": vuxna per kön (vänster) mot Totalt"
                        + " vuxna (höger)", TableChecks.sum(t2, List.of("Vuxna / Kvinnor", "Vuxna / Män",
                                "Vuxna / Annan könsidentitet", "Vuxna / Okänt"), year),
                        TableChecks.value(t2, "Vuxna / Totalt vuxna", year)));
                results.add(TableChecks.equal(TABELL2_SUMMERAR, "Tabell 2", year + ": barn per kön (vänster) mot Totalt barn"
                        + " (höger)", TableChecks.sum(t2, List.of("Barn / Flickor", "Barn / Pojkar", "Barn / Okänt"), year),
                        TableChecks.value(t2, "Barn / Totalt barn", year)));
                results.add(TableChecks.equal(TABELL2_SUMMERAR, "Tabell 2", year + ": totalt vuxna + totalt barn (vänster) mot"
                        + " Totalt samtliga (höger)", TableChecks.sum(t2, List.of("Vuxna / Totalt vuxna", "Barn / Totalt barn"),
                                year), TableChecks.value(t2, "Totalt samtliga", year)));
            }
            return TableChecks.orNothingToCheck(results, TABELL2_SUMMERAR, "Tabell 2");
        });
    }

    @Bean
    ReconciliationRule industriesAddUpToLabour() {
        return ReconciliationRule.of(BRANSCH, context -> {
            String year = String.valueOf(context.reportYear());
            if (!context.has("Bransch " + year)) {
                return TableChecks.orNothingToCheck(List.of(), BRANSCH, "Tabell 1");
            }
            PublishedTable industries = context.table("Bransch " + year);
            BigDecimal named = industries.rows().stream()
                    .filter(r -> !r.rad().equals("Totalt") && !r.rad().equals("Ej angiven"))
                    .map(r -> r.cells().get(0).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return List.of(TableChecks.equal(BRANSCH, "Tabell 1", year + ": arbetskraftsexploatering per bransch (vänster)"
                    + " mot Tabell 1 Arbetskraft (höger)", named, TableChecks.value(context.table("Tabell 1"), "Arbetskraft", year)));
        });
    }

    @Bean
    ReconciliationRule akcWithinForms() {
        return ReconciliationRule.of(AKC, context -> {
            String year = String.valueOf(context.reportYear());
            if (!context.has("AKC " + year)) {
                return TableChecks.orNothingToCheck(List.of(), AKC, "Tabell 1");
            }
            PublishedTable t1 = context.table("Tabell 1");
            List<RuleResult> results = new ArrayList<>();
            for (PublishedTable.Row row : context.table("AKC " + year).rows()) {
                if (!row.rad().equals("Totalt")) {
                    results.add(TableChecks.atMost(AKC, "Tabell 1", year + " " + row.rad() + ": upptäckta genom AKC (vänster)"
                            + " högst formens totalt (höger)", row.cells().get(0).value(), TableChecks.value(t1, row.rad(), year)));
                }
            }
            return TableChecks.orNothingToCheck(results, AKC, "Tabell 1");
        });
    }

    @Bean
    ReconciliationRule correctionsNameExistingRecords(Korrigeringar corrections) {
        return ReconciliationRule.of(KORRIGERING, context -> {
            List<Korrigeringar.Correction> all = corrections.all();
            List<RuleResult> results = new ArrayList<>();
            for (Korrigeringar.Correction c : all) {
                if (c.status().equals("FEL")) {
                    results.add(new RuleResult(KORRIGERING.id(), "Korrigeringar", "Korrigering " + c.id() + " (" + c.fileName()
                            + " rad " + c.rowNo() + ") kan inte tillämpas: " + c.meddelande(), c.nyckel(), "finns inte",
                            RuleResult.Status.FEL));
                }
            }
            long applied = all.stream().filter(c -> c.status().equals("APPLIED")).count();
            results.add(new RuleResult(KORRIGERING.id(), "Korrigeringar", "Tillämpade korrigeringar (vänster) av levererade"
                    + " (höger)", String.valueOf(applied), String.valueOf(all.size()),
                    applied == all.size() ? RuleResult.Status.OK : RuleResult.Status.FEL));
            return results;
        });
    }
}
