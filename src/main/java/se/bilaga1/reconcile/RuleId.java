package se.bilaga1.reconcile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every reconciliation rule, by the id the reconciliation file, the workbook and the lineage name it with, and what
 * it checks. The rules run in this order (their ids' alphabetical order); the engine refuses to start when a rule
 * is missing or has no entry here.
 */
public enum RuleId {

    BRA_DETALJ_MOT_TABELL("bra.detalj_mot_tabell", "Tabell 7",
            "Brås detaljrader summerade per lagrum och år mot den publicerade tabellen"),
    BRA_TABELL_DELAR_MOT_TOTALT("bra.tabell_delar_mot_totalt", "Tabell 7, Tabell 8",
            "tabellens lagrum summerade mot dess totalrad"),
    BRA_TABELLER_SAMSTAMMIGA("bra.tabeller_samstammiga", "Tabell 7, Tabell 8",
            "samma lagrum och år i mer än en levererad tabell har samma värde"),
    ENKAT_SVARANDE_HOGST_290("enkat.svarande_hogst_290", "Figur 3–7", "svarande kommuner högst 290"),
    ENKAT_TALJARE_HOGST_NAMNARE("enkat.taljare_hogst_namnare", "Figur 3–7", "andelens täljare högst dess nämnare"),
    KOMMUNENKAT_BESVARAD_NEJ_MED_JA("kommunenkat.besvarad_nej_med_ja", "Figur 3, 4, 6, 7",
            "en kommun som inte besvarat enkäten har inga ja-svar"),
    KORRIGERINGAR_ARENDE_FINNS("korrigeringar.arende_finns", "Tabell 1, Tabell 2",
            "en korrigering avser ett ärende, fält och värde som finns"),
    MIGRATIONSVERKET_PERSON_ETT_KON("migrationsverket.person_ett_kon", "Tabell 5", "ingen person med två olika kön"),
    PROVENIENS("proveniens", "alla", "varje publicerad cell spåras till fil, SHA-256, rad och kolumn"),
    REGIONKOORDINATORER_AKC_HOGST_FORM("regionkoordinatorer.akc_hogst_form", "Tabell 1",
            "ärenden upptäckta genom AKC högst formens antal"),
    REGIONKOORDINATORER_BRANSCH_MOT_ARBETSKRAFT("regionkoordinatorer.bransch_mot_arbetskraft", "Tabell 1",
            "arbetskraftsexploatering per bransch summerad mot Tabell 1 Arbetskraft"),
    STODPROGRAM_DELAR_MOT_TOTALT("stodprogram.delar_mot_totalt", "Tabell 3, Tabell 4", "delarna mot Totalt"),
    TABELL1_FORMER_SUMMERAR("tabell1.former_summerar", "Tabell 1", "exploateringsformerna summerade mot totalen"),
    TABELL1_MOT_TABELL2("tabell1.mot_tabell2", "Tabell 1, Tabell 2", "Tabell 1:s totalt mot Tabell 2:s per år"),
    TABELL2_DELAR_SUMMERAR("tabell2.delar_summerar", "Tabell 2", "kön och ålder summerade mot totalen"),
    TABELL5_KON_SUMMERAR("tabell5.kon_summerar", "Tabell 5", "kvinnor och män summerade mot totalen"),
    TABELL5_PERSONER_HOGST_TILLSTAND("tabell5.personer_hogst_tillstand", "Tabell 5",
            "antal personer högst antal tillstånd"),
    TABELL6_MOT_TABELL5("tabell6.mot_tabell5", "Tabell 5, Tabell 6", "betänketiderna i Tabell 6 mot Tabell 5"),
    TABELL6_PARTER_SUMMERAR("tabell6.parter_summerar", "Tabell 6", "sökande parter summerade mot totalen");

    private final String id;
    private final String tables;
    private final String description;

    RuleId(String id, String tables, String description) {
        this.id = id;
        this.tables = tables;
        this.description = description;
    }

    /** As the outputs name the rule: {@code tabell1.mot_tabell2}. */
    public String id() {
        return id;
    }

    /** The published tables the rule checks, as a reader names them. */
    public String tables() {
        return tables;
    }

    public String description() {
        return description;
    }

    public static Optional<RuleId> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
