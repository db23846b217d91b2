package se.bilaga1.jobs;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.reconcile.RuleContext;
import se.bilaga1.testsupport.Folders;
import se.bilaga1.warehouse.ArendeTables;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.regionkoordinatorer.Exploateringsform;
import se.bilaga1.testsupport.Workbooks;
import se.bilaga1.warehouse.PublishedTable;

/**
 * The regional coordinators' case files (Indikator 3) through the whole rebuild: ages in whole years and age
 * groups, unknown age counted among the adults in Tabell 2 but kept apart in the warehouse, each coded column's
 * vocabulary, duplicate case ids within a region and year, a case of another region in a region's file, the row
 * accounting, Tabell 1 and 2 counted by hand, and the case rules failing on crafted tables.
 */
class RegionkoordinatorDeliveryIT extends DeliveryTestBase {

    static final String WITH_ALDER = "arende_id;polisregion;ar;kon;alder;exploateringsform;misstanke;bransch;"
            + "hanvisande_aktor;ursprungsland;upptackt_via_akc;narstaende_barn_i_sverige;narstaende_barn_i_annat_land";
    static final String WITH_ALDERSGRUPP = WITH_ALDER.replace(";alder;", ";aldersgrupp;");

    /** The case rules, in SQL: the ones a case delivery can move. */
    static final String CASE_RULES = "(regel LIKE 'tabell1.%' OR regel LIKE 'tabell2.%' OR regel LIKE 'regionkoordinatorer.%'"
            + " OR regel LIKE 'korrigeringar.%')";

    @Autowired
    ArendeTables arendeTables;

    /**
     * A whole build reads the cases' provenance once for all their tables: what it makes is what each table built
     * alone gives, for a year with cases and the year before it, one without the year before, and one without cases.
     */
    @Test
    void theCasesTablesOfAWholeBuildAreTheTablesBuiltAlone() throws Exception {
        Folders.copyTree(Path.of("input"), input);
        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(arendeTables.built(2024).regionalCounts()).isPresent();
        assertThat(arendeTables.built(2026).nationalBreakdowns()).isEmpty();
        for (int year : new int[] {2024, 2021, 2026}) {
            assertThat(arendeTables.built(year)).as("year %d", year).usingRecursiveComparison().isEqualTo(
                    new ArendeTables.Built(arendeTables.tabell1(year), arendeTables.tabell2(year),
                            arendeTables.nationalBreakdowns(year), arendeTables.regionalCounts(year)));
        }
    }

    @Test
    void agesBecomeAgeGroupsAndUnknownAgeCountsAmongTheAdultsOnlyInTabell2() throws Exception {
        csv("stockholm-2024.csv", WITH_ALDER, List.of(
                "ST-1;Stockholm;2024;Kvinna;17;Sexuella ändamål;Människohandel;;Socialtjänsten;Sverige;Nej;0;0",
                "ST-2;Stockholm;2024;Kvinna;18;Sexuell exploatering;Människohandel;;Polismyndigheten;Rumänien;Nej;1;",
                "ST-3;Stockholm;2024;Man;;Arbetskraft;Människoexploatering;Bygg;Arbetsmiljöverket;Ukraina;Ja;;2",
                "ST-4;Stockholm;2024;Man;130;Arbetskraft;Människoexploatering;Bygg;;;;;",
                "ST-5;Stockholm;2024;Kvinna;abc;Tiggeri;;;;;;;",
                "ST-6;Polisregion Stockholm;2024;Okänt;0;Tvångsäktenskap;Människohandel;;;;;;",
                "ST-7;Stockholm;2024;Annan könsidentitet;45;Multipel;Människohandel;;;;;;"));
        Workbooks.write(input.resolve("regionkoordinatorer/vast-2024.xlsx"), "Ärenden", List.of(
                List.of("Regionkoordinatorernas ärenden Väst 2024"),
                List.of(),
                List.of("Ärende-ID", "Polisregion", "År", "Kön", "Åldersgrupp", "Exploateringsform", "Bransch"),
                List.of("VA-1", "Väst", 2024, "Man", "Barn", "Kriminalitet", ""),
                List.of("VA-2", "Väst", 2024, "Kvinna", "Vuxen", "Hushållsarbete", ""),
                List.of("VA-3", "Väst", 2024, "Kvinna", "Okänd", "Arbetskraftsexploatering", "Städ"),
                Arrays.asList("VA-4", "Väst", 2024, "Man", null, "Vet ej", null)));
        csv("syd-2023.csv", WITH_ALDER, List.of("SY-1;Syd;2023;Kvinna;30;Sexuella ändamål;Människohandel;;;;;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(files()).containsExactly(
                "regionkoordinatorer/stockholm-2024.csv LOADED regionkoordinatorer.arenden 8=5+2+1",
                "regionkoordinatorer/syd-2023.csv LOADED regionkoordinatorer.arenden 2=1+0+1",
                "regionkoordinatorer/vast-2024.xlsx LOADED regionkoordinatorer.arenden 6=4+0+2");
        assertAccountingHolds();
        assertThat(jdbc.queryForList("SELECT c.arende_id || ' ' || COALESCE(CAST(c.alder AS VARCHAR(5)), '-') || ' '"
                + " || c.aldersgrupp || ' ' || c.kon FROM regionkoordinator_case c JOIN source_file f"
                + " ON f.id = c.source_file_id ORDER BY f.file_name, c.row_no", String.class)).containsExactly(
                        "ST-1 17 BARN KVINNA", "ST-2 18 VUXEN KVINNA", "ST-3 - OKAND MAN", "ST-6 0 BARN OKANT",
                        "ST-7 45 VUXEN ANNAN",
                        "SY-1 30 VUXEN KVINNA",
                        "VA-1 - BARN MAN", "VA-2 - VUXEN KVINNA", "VA-3 - OKAND KVINNA", "VA-4 - OKAND MAN");
        assertThat(jdbc.queryForList("SELECT arende_id || ' ' || COALESCE(bransch, '-') || ' ' || COALESCE(misstanke, '-')"
                + " || ' ' || COALESCE(CAST(upptackt_via_akc AS VARCHAR(5)), '-') || ' ' || narstaende_barn_i_sverige || ' '"
                + " || narstaende_barn_i_annat_land FROM regionkoordinator_case WHERE polisregion = 'Stockholm'"
                + " ORDER BY row_no", String.class)).containsExactly(
                        "ST-1 - MANNISKOHANDEL FALSE 0 0", "ST-2 - MANNISKOHANDEL FALSE 1 0",
                        "ST-3 BYGG MANNISKOEXPLOATERING TRUE 0 2", "ST-6 - MANNISKOHANDEL - 0 0",
                        "ST-7 - MANNISKOHANDEL - 0 0");
        assertThat(jdbc.queryForList("SELECT row_no, column_name, raw_value, reason FROM quarantine_row ORDER BY row_no"))
                .extracting(q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"), q -> q.get("RAW_VALUE"), q -> q.get("REASON"))
                .containsExactly(
                        tuple(5, "E (alder)", "130", "expected a whole number 0–120"),
                        tuple(6, "E (alder)", "abc", "expected a whole number 0–120"));

        // by hand, 2024: children ST-1 (17, girl), ST-6 (0, unknown sex), VA-1 (Barn, boy); adults ST-2 (18, woman),
        // ST-7 (45, other identity), VA-2 (Vuxen, woman); unknown age ST-3 (man), VA-3 (woman), VA-4 (man)
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Tabell 1;Sexuella ändamål;2024", "2;")
                .containsEntry("Tabell 1;Arbetskraft;2024", "2;")
                .containsEntry("Tabell 1;Kriminella ändamål;2024", "1;")
                .containsEntry("Tabell 1;Tiggeri;2024", "0;")
                .containsEntry("Tabell 1;Hushållsarbete;2024", "1;")
                .containsEntry("Tabell 1;Tvångsäktenskap;2024", "1;")
                .containsEntry("Tabell 1;Organhandel;2024", "0;")
                .containsEntry("Tabell 1;Krigstjänstgöring;2024", "0;")
                .containsEntry("Tabell 1;Multipel exploatering;2024", "1;")
                .containsEntry("Tabell 1;Annat;2024", "0;")
                .containsEntry("Tabell 1;Ej redovisat;2024", "1;")
                .containsEntry("Tabell 1;Totalt antal personer;2024", "9;")
                .containsEntry("Tabell 1;Sexuella ändamål;2023", "1;")
                .containsEntry("Tabell 1;Arbetskraft;2023", "0;")
                .containsEntry("Tabell 1;Totalt antal personer;2023", "1;")
                .containsEntry("Tabell 1;Totalt antal personer;2022", ";.. uppgift saknas")
                .containsEntry("Tabell 1;Sexuella ändamål;2021", ";.. uppgift saknas")
                .containsEntry("Tabell 2;Vuxna / Kvinnor;2024", "3;")
                .containsEntry("Tabell 2;Vuxna / Män;2024", "2;")
                .containsEntry("Tabell 2;Vuxna / Annan könsidentitet;2024", "1;")
                .containsEntry("Tabell 2;Vuxna / Okänt;2024", "0;")
                .containsEntry("Tabell 2;Vuxna / Totalt vuxna;2024", "6;")
                .containsEntry("Tabell 2;Barn / Flickor;2024", "1;")
                .containsEntry("Tabell 2;Barn / Pojkar;2024", "1;")
                .containsEntry("Tabell 2;Barn / Okänt;2024", "1;")
                .containsEntry("Tabell 2;Barn / Totalt barn;2024", "3;")
                .containsEntry("Tabell 2;Totalt samtliga;2024", "9;")
                .containsEntry("Tabell 2;Vuxna / Kvinnor;2023", "1;")
                .containsEntry("Tabell 2;Totalt samtliga;2023", "1;")
                .containsEntry("Tabell 2;Totalt samtliga;2022", ";.. uppgift saknas");
        assertThat(tables.keySet().stream().filter(k -> k.startsWith("Tabell 1;"))).hasSize(12 * 4);
        assertThat(tables.keySet().stream().filter(k -> k.startsWith("Tabell 2;"))).hasSize(10 * 4);
        assertThat(reconciliation()).contains(
                "tabell1.mot_tabell2;Tabell 1;2024: Tabell 1 Totalt antal personer (vänster) mot Tabell 2 Totalt samtliga"
                        + " (höger);9;9;OK",
                "regionkoordinatorer.bransch_mot_arbetskraft;Tabell 1;2024: arbetskraftsexploatering per bransch"
                        + " (vänster) mot Tabell 1 Arbetskraft (höger);2;2;OK",
                "regionkoordinatorer.akc_hogst_form;Tabell 1;2024 Arbetskraft: upptäckta genom AKC (vänster) högst"
                        + " formens totalt (höger);1;2;OK");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK' AND " + CASE_RULES)).isZero();
    }

    @Test
    void aValueOutsideItsColumnsVocabularyIsQuarantinedWithRowColumnAndReason() throws Exception {
        csv("mitt-2024.csv", WITH_ALDERSGRUPP, List.of(
                "MI-1;Mitt;2024;Kvinna;Vuxen;Sexuella ändamål;Människohandel;;;;Nej;0;0",
                "MI-2;Gotland;2024;Kvinna;Vuxen;Sexuella ändamål;Människohandel;;;;Nej;0;0",
                "MI-3;Mitt;2024;Kvinnlig;Vuxen;Sexuella ändamål;Människohandel;;;;Nej;0;0",
                "MI-4;Mitt;2024;Man;Tonåring;Arbetskraft;Människoexploatering;Bygg;;;Nej;0;0",
                "MI-5;Mitt;2024;Man;Vuxen;Slaveri;Människoexploatering;;;;Nej;0;0",
                "MI-6;Mitt;2024;Man;Vuxen;Arbetskraft;Koppleri;Bygg;;;Nej;0;0",
                "MI-7;Mitt;2024;Man;Vuxen;Arbetskraft;Människoexploatering;Gruvdrift;;;Nej;0;0",
                "MI-8;Mitt;2024;Man;Vuxen;Arbetskraft;Människoexploatering;Bygg;;;Kanske;0;0",
                "MI-9;Mitt;2024;Kvinna;Vuxen;Sexuella ändamål;Människohandel;;;;Nej;två;0",
                "MI-10;Mitt;2024x;Kvinna;Vuxen;Sexuella ändamål;Människohandel;;;;Nej;0;0",
                ";Mitt;2024;Kvinna;Vuxen;Sexuella ändamål;Människohandel;;;;Nej;0;0",
                "MI-12;Mitt;2024;X;Vuxen;Prostitution;Människohandel;;;;Nej;0;0",
                "MI-13;Mitt;2024;Okänt;Okänd;Annat;;;;;;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> quarantined = jdbc.queryForList(
                "SELECT row_no, column_name, raw_value, reason FROM quarantine_row ORDER BY row_no, id");
        assertThat(quarantined).extracting(q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"), q -> q.get("RAW_VALUE"))
                .containsExactly(
                        tuple(3, "B (polisregion)", "Gotland"),
                        tuple(4, "D (kon)", "Kvinnlig"),
                        tuple(5, "E (aldersgrupp)", "Tonåring"),
                        tuple(6, "F (exploateringsform)", "Slaveri"),
                        tuple(7, "G (misstanke)", "Koppleri"),
                        tuple(8, "H (bransch)", "Gruvdrift"),
                        tuple(9, "K (upptackt_via_akc)", "Kanske"),
                        tuple(10, "L (narstaende_barn_i_sverige)", "två"),
                        tuple(11, "C (ar)", "2024x"),
                        tuple(12, "A (arende_id)", ""),
                        tuple(13, "D (kon)", "X"),
                        tuple(13, "F (exploateringsform)", "Prostitution"));
        assertThat(quarantined).extracting(q -> (String) q.get("REASON")).containsExactly(
                "unknown police region: expected Nord, Mitt, Bergslagen, Stockholm, Öst, Väst, Syd",
                "kon: expected Kvinna, Man, Annan könsidentitet, Okänt",
                "aldersgrupp: expected Vuxen, Barn, Okänd",
                "exploateringsform: expected " + Exploateringsform.vocabulary(),
                "misstanke: expected Människohandel, Människoexploatering",
                "bransch: expected Hotell och restaurang, Bygg, Grön näring, Städ, Skönhet och kroppsvård,"
                        + " Livsmedel/jordbruk/fiske/djurhållning, Biltvätt/bilverkstad, Vård och omsorg/sociala tjänster,"
                        + " Transport, Industri, Annat, Vet ej",
                // the reason never quotes a case's cell: reasons reach the workbook unmasked
                "upptackt_via_akc: expected Ja, Nej or Vet ej (also J/N, 1/0, Yes/No)",
                "expected a whole number 0–50",
                "expected a whole number 1990–2100",
                "empty arende_id: every case needs its id",
                "kon: expected Kvinna, Man, Annan könsidentitet, Okänt",
                "exploateringsform: expected " + Exploateringsform.vocabulary());
        // blank optional coded columns are no error: MI-13 loads without misstanke, bransch or AKC
        assertThat(jdbc.queryForList("SELECT arende_id || ' ' || kon || ' ' || aldersgrupp || ' ' || exploateringsform || ' '"
                + " || COALESCE(misstanke, '-') FROM regionkoordinator_case ORDER BY row_no", String.class))
                .containsExactly("MI-1 KVINNA VUXEN SEXUELLA_ANDAMAL MANNISKOHANDEL", "MI-13 OKANT OKAND ANNAT -");
        assertThat(files()).containsExactly("regionkoordinatorer/mitt-2024.csv LOADED regionkoordinatorer.arenden 14=2+11+1");
        assertAccountingHolds();
        assertThat(tables()).containsEntry("Tabell 1;Totalt antal personer;2024", "2;")
                .containsEntry("Tabell 2;Vuxna / Okänt;2024", "1;");
    }

    @Test
    void aCaseIdGivenTwiceInARegionAndYearIsQuarantinedAndTheFirstStaysInOneFileOrAcrossTwo() throws Exception {
        csv("stockholm-2024-del1.csv", WITH_ALDER, List.of(
                "ST-1;Stockholm;2024;Kvinna;30;Sexuella ändamål;;;;;;;",
                "ST-2;Stockholm;2024;Man;40;Arbetskraft;;Bygg;;;;;",
                "ST-1;Stockholm;2024;Man;50;Tiggeri;;;;;;;",
                "ST-4;Stockholm;2024;X;25;Annat;;;;;;;"));
        csv("stockholm-2024-del2.csv", WITH_ALDER, List.of(
                "ST-2;Stockholm;2024;Kvinna;22;Organhandel;;;;;;;",
                "ST-3;Stockholm;2024;Kvinna;33;Hushållsarbete;;;;;;;",
                "ST-4;Stockholm;2024;Kvinna;25;Annat;;;;;;;"));
        csv("stockholm-2023.csv", WITH_ALDER, List.of("ST-1;Stockholm;2023;Kvinna;29;Sexuella ändamål;;;;;;;"));
        csv("syd-2024.csv", WITH_ALDER, List.of("ST-1;Syd;2024;Man;35;Arbetskraft;;Bygg;;;;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> quarantined = jdbc.queryForList("SELECT f.file_name, q.row_no, q.column_name,"
                + " q.raw_value, q.reason FROM quarantine_row q JOIN source_file f ON f.id = q.source_file_id"
                + " ORDER BY f.file_name, q.row_no");
        assertThat(quarantined).extracting(q -> q.get("FILE_NAME"), q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"),
                q -> q.get("RAW_VALUE"), q -> q.get("REASON")).containsExactly(
                        tuple("regionkoordinatorer/stockholm-2024-del1.csv", 4, "A (arende_id)", "ST-1",
                                "arende_id given twice for region Stockholm 2024: the first case stays"),
                        tuple("regionkoordinatorer/stockholm-2024-del1.csv", 5, "D (kon)", "X",
                                "kon: expected Kvinna, Man, Annan könsidentitet, Okänt"),
                        tuple("regionkoordinatorer/stockholm-2024-del2.csv", 2, "A (arende_id)", "ST-2",
                                "arende_id given twice for region Stockholm 2024: the first case stays"));
        // the first ST-1 and ST-2 stay; ST-4's first row was quarantined, so its second is the case; ST-1 of 2023
        // and ST-1 of region Syd are other cases
        assertThat(jdbc.queryForList("SELECT f.file_name || ' ' || c.row_no || ' ' || c.polisregion || '/' || c.ar || '/'"
                + " || c.arende_id || ' ' || c.exploateringsform FROM regionkoordinator_case c JOIN source_file f"
                + " ON f.id = c.source_file_id ORDER BY f.file_name, c.row_no", String.class)).containsExactly(
                        "regionkoordinatorer/stockholm-2023.csv 2 Stockholm/2023/ST-1 SEXUELLA_ANDAMAL",
                        "regionkoordinatorer/stockholm-2024-del1.csv 2 Stockholm/2024/ST-1 SEXUELLA_ANDAMAL",
                        "regionkoordinatorer/stockholm-2024-del1.csv 3 Stockholm/2024/ST-2 ARBETSKRAFT",
                        "regionkoordinatorer/stockholm-2024-del2.csv 3 Stockholm/2024/ST-3 HUSHALLSARBETE",
                        "regionkoordinatorer/stockholm-2024-del2.csv 4 Stockholm/2024/ST-4 ANNAT",
                        "regionkoordinatorer/syd-2024.csv 2 Syd/2024/ST-1 ARBETSKRAFT");
        assertThat(files()).containsExactly(
                "regionkoordinatorer/stockholm-2023.csv LOADED regionkoordinatorer.arenden 2=1+0+1",
                "regionkoordinatorer/stockholm-2024-del1.csv LOADED regionkoordinatorer.arenden 5=2+2+1",
                "regionkoordinatorer/stockholm-2024-del2.csv LOADED regionkoordinatorer.arenden 4=2+1+1",
                "regionkoordinatorer/syd-2024.csv LOADED regionkoordinatorer.arenden 2=1+0+1");
        assertAccountingHolds();
        assertThat(tables()).containsEntry("Tabell 1;Sexuella ändamål;2024", "1;")
                .containsEntry("Tabell 1;Arbetskraft;2024", "2;")
                .containsEntry("Tabell 1;Tiggeri;2024", "0;")
                .containsEntry("Tabell 1;Organhandel;2024", "0;")
                .containsEntry("Tabell 1;Hushållsarbete;2024", "1;")
                .containsEntry("Tabell 1;Annat;2024", "1;")
                .containsEntry("Tabell 1;Totalt antal personer;2024", "5;")
                .containsEntry("Tabell 1;Totalt antal personer;2023", "1;");
    }

    @Test
    void aCaseOfAnotherRegionInARegionsFileIsQuarantinedWhileAFileNamingNoRegionTakesEach() throws Exception {
        csv("stockholm-2024.csv", WITH_ALDER, List.of(
                "ST-1;Stockholm;2024;Kvinna;30;Sexuella ändamål;;;;;;;",
                "SY-9;Syd;2024;Kvinna;31;Sexuella ändamål;;;;;;;",
                "ST-2;Polisregion Stockholm;2024;Man;32;Arbetskraft;;Bygg;;;;;"));
        csv("arenden-2024.csv", WITH_ALDER, List.of(
                "NO-1;Nord;2024;Kvinna;40;Sexuella ändamål;;;;;;;",
                "SY-1;Region Syd;2024;Man;41;Tiggeri;;;;;;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT f.file_name, q.row_no, q.column_name, q.raw_value, q.reason FROM quarantine_row q"
                + " JOIN source_file f ON f.id = q.source_file_id"))
                .containsEntry("FILE_NAME", "regionkoordinatorer/stockholm-2024.csv").containsEntry("ROW_NO", 3)
                .containsEntry("COLUMN_NAME", "B (polisregion)").containsEntry("RAW_VALUE", "Syd")
                .containsEntry("REASON", "this file is region Stockholm's delivery: a case of region Syd does not belong"
                        + " in it");
        assertThat(jdbc.queryForList("SELECT polisregion || '/' || arende_id FROM regionkoordinator_case ORDER BY"
                + " polisregion, arende_id", String.class)).containsExactly("Nord/NO-1", "Stockholm/ST-1", "Stockholm/ST-2",
                        "Syd/SY-1");
        assertThat(files()).containsExactly(
                "regionkoordinatorer/arenden-2024.csv LOADED regionkoordinatorer.arenden 3=2+0+1",
                "regionkoordinatorer/stockholm-2024.csv LOADED regionkoordinatorer.arenden 4=2+1+1");
        assertAccountingHolds();
        assertThat(tables()).containsEntry("Tabell 1;Sexuella ändamål;2024", "2;")
                .containsEntry("Tabell 1;Totalt antal personer;2024", "4;");
    }

    @Test
    void aCaseFileWithoutARequiredColumnIsRejectedAndNamed() throws Exception {
        csv("nord-2024.csv", "arende_id;polisregion;ar;alder;exploateringsform", List.of(
                "NO-1;Nord;2024;40;Sexuella ändamål"));
        csv("mitt-2024.csv", WITH_ALDER, List.of("MI-1;Mitt;2024;Kvinna;30;Sexuella ändamål;;;;;;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForObject("SELECT message FROM source_file WHERE file_name = 'regionkoordinatorer/nord-2024.csv'",
                String.class)).startsWith("regionkoordinatorer/nord-2024.csv: the header on row 1 lacks the required"
                        + " column(s) kon: expected arende_id;polisregion;ar;kon;");
        assertThat(files()).containsExactly(
                "regionkoordinatorer/mitt-2024.csv LOADED regionkoordinatorer.arenden 2=1+0+1",
                "regionkoordinatorer/nord-2024.csv REJECTED null 0=0+0+0");
        assertThat(jdbc.queryForList("SELECT arende_id FROM regionkoordinator_case", String.class)).containsExactly("MI-1");
    }

    @Test
    void caseRulesThatWellFormedFilesCannotBreakStillFailOnCraftedTables() {
        // 2024: the forms add up to 8 but Totalt says 9; Tabell 2 has 7 adults and 1 + 1 children, Totalt barn 3
        Map<String, Integer> forms = new LinkedHashMap<>();
        forms.put("Sexuella ändamål", 5);
        forms.put("Arbetskraft", 3);
        RuleContext broken = RuleContext.of(2024, List.of(tabell1(forms, 9), tabell2(4, 3, 1, 1, 3, 9),
                ranked("Bransch 2024", Map.of("Bygg", 2, "Städ", 2, "Ej angiven", 1)),
                ranked("AKC 2024", Map.of("Arbetskraft", 4, "Sexuella ändamål", 1))));

        assertThat(rule("tabell1.former_summerar").check(broken)).contains(
                new RuleResult("tabell1.former_summerar", "Tabell 1", "2024: exploateringsformerna (vänster) mot Totalt"
                        + " antal personer (höger)", "8", "9", RuleResult.Status.FEL),
                new RuleResult("tabell1.former_summerar", "Tabell 1", "2023: exploateringsformerna (vänster) mot Totalt"
                        + " antal personer (höger)", "0", "0", RuleResult.Status.OK));
        assertThat(rule("tabell2.delar_summerar").check(broken)).contains(
                new RuleResult("tabell2.delar_summerar", "Tabell 2", "2024: vuxna per kön (vänster) mot Totalt vuxna"
                        + " (höger)", "7", "7", RuleResult.Status.OK),
                new RuleResult("tabell2.delar_summerar", "Tabell 2", "2024: barn per kön (vänster) mot Totalt barn"
                        + " (höger)", "2", "3", RuleResult.Status.FEL),
                new RuleResult("tabell2.delar_summerar", "Tabell 2", "2024: totalt vuxna + totalt barn (vänster) mot"
                        + " Totalt samtliga (höger)", "10", "9", RuleResult.Status.FEL));
        assertThat(rule("tabell1.mot_tabell2").check(broken)).contains(new RuleResult("tabell1.mot_tabell2", "Tabell 1",
                "2024: Tabell 1 Totalt antal personer (vänster) mot Tabell 2 Totalt samtliga (höger)", "9", "9",
                RuleResult.Status.OK));
        assertThat(rule("regionkoordinatorer.bransch_mot_arbetskraft").check(broken)).containsExactly(new RuleResult(
                "regionkoordinatorer.bransch_mot_arbetskraft", "Tabell 1", "2024: arbetskraftsexploatering per bransch"
                        + " (vänster) mot Tabell 1 Arbetskraft (höger)", "4", "3", RuleResult.Status.FEL));
        assertThat(rule("regionkoordinatorer.akc_hogst_form").check(broken)).containsExactlyInAnyOrder(
                new RuleResult("regionkoordinatorer.akc_hogst_form", "Tabell 1", "2024 Arbetskraft: upptäckta genom AKC"
                        + " (vänster) högst formens totalt (höger)", "4", "3", RuleResult.Status.FEL),
                new RuleResult("regionkoordinatorer.akc_hogst_form", "Tabell 1", "2024 Sexuella ändamål: upptäckta genom"
                        + " AKC (vänster) högst formens totalt (höger)", "1", "5", RuleResult.Status.OK));

        // Tabell 1 and Tabell 2 disagree on the year's persons
        RuleContext disagree = RuleContext.of(2024, List.of(tabell1(forms, 8), tabell2(4, 3, 1, 1, 2, 9)));
        assertThat(rule("tabell1.mot_tabell2").check(disagree)).contains(new RuleResult("tabell1.mot_tabell2", "Tabell 1",
                "2024: Tabell 1 Totalt antal personer (vänster) mot Tabell 2 Totalt samtliga (höger)", "8", "9",
                RuleResult.Status.FEL));
        // without the year's breakdowns there is nothing to compare, and that is said
        assertThat(rule("regionkoordinatorer.bransch_mot_arbetskraft").check(disagree)).containsExactly(new RuleResult(
                "regionkoordinatorer.bransch_mot_arbetskraft", "Tabell 1", "Inga celler med värden att jämföra", "", "",
                RuleResult.Status.OK));
    }

    // --- helpers ---

    private void csv(String name, String header, List<String> rows) throws Exception {
        Files.createDirectories(input.resolve("regionkoordinatorer"));
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        Files.writeString(input.resolve("regionkoordinatorer").resolve(name), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }

    /** Tabell 1 for 2021–2024: the forms given hold their counts in 2024, the others 0; every other year 0. */
    private static PublishedTable tabell1(Map<String, Integer> forms, int total) {
        List<String> years = List.of("2021", "2022", "2023", "2024");
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (Exploateringsform form : Exploateringsform.values()) {
            int n = forms.getOrDefault(form.label(), 0);
            rows.add(new PublishedTable.Row(form.label(), List.of(form.label()),
                    years.stream().map(y -> cell(y.equals("2024") ? n : 0)).toList()));
        }
        rows.add(new PublishedTable.Row("Totalt antal personer", List.of("Totalt antal personer"),
                years.stream().map(y -> cell(y.equals("2024") ? total : 0)).toList()));
        return new PublishedTable("Tabell 1", "Tabell 1", "Indikator 3", List.of("Exploateringsform"), years, rows, List.of());
    }

    /** Tabell 2 for 2021–2024 with 2024's women, men, girls, boys, Totalt barn and Totalt samtliga as given. */
    private static PublishedTable tabell2(int kvinnor, int man, int flickor, int pojkar, int barn, int samtliga) {
        List<String> years = List.of("2021", "2022", "2023", "2024");
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("Vuxna / Kvinnor", kvinnor);
        figures.put("Vuxna / Män", man);
        figures.put("Vuxna / Annan könsidentitet", 0);
        figures.put("Vuxna / Okänt", 0);
        figures.put("Vuxna / Totalt vuxna", kvinnor + man);
        figures.put("Barn / Flickor", flickor);
        figures.put("Barn / Pojkar", pojkar);
        figures.put("Barn / Okänt", 0);
        figures.put("Barn / Totalt barn", barn);
        figures.put("Totalt samtliga", samtliga);
        List<PublishedTable.Row> rows = new ArrayList<>();
        figures.forEach((rad, n) -> rows.add(new PublishedTable.Row(rad, List.of(rad),
                years.stream().map(y -> cell(y.equals("2024") ? n : 0)).toList())));
        return new PublishedTable("Tabell 2", "Tabell 2", "Indikator 3", List.of("", ""), years, rows, List.of());
    }

    /** A one-column breakdown (Antal) with its Totalt. */
    private static PublishedTable ranked(String tabell, Map<String, Integer> counts) {
        List<PublishedTable.Row> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows.add(
                new PublishedTable.Row(e.getKey(), List.of(e.getKey()), List.of(cell(e.getValue())))));
        rows.add(new PublishedTable.Row("Totalt", List.of("Totalt"),
                List.of(cell(counts.values().stream().mapToInt(Integer::intValue).sum()))));
        return new PublishedTable(tabell, tabell, "Indikator 3 fördjupning", List.of(""), List.of("Antal"), rows, List.of());
    }

    private static PublishedTable.Cell cell(int value) {
        return new PublishedTable.Cell(BigDecimal.valueOf(value), null, null, List.of());
    }

    /** Each source file as "name status layout read=loaded+quarantined+notes", by name. */
    private List<String> files() {
        return jdbc.queryForList("SELECT file_name || ' ' || status || ' ' || COALESCE(layout, 'null') || ' ' || rows_read"
                + " || '=' || rows_loaded || '+' || rows_quarantined || '+' || rows_notes FROM source_file ORDER BY file_name",
                String.class);
    }

}
