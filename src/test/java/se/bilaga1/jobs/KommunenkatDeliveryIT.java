package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import se.bilaga1.reference.Kommuner;
import se.bilaga1.reconcile.RuleContext;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.testsupport.Workbooks;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.SurveyTables;

/**
 * The municipal survey on men's violence against women (Indikator 1 and 7) through the whole rebuild: a small
 * delivery of real municipalities, denominators that leave the non-respondents out (and keep them in the
 * warehouse), the year from the file name, each quarantine reason with its row and column, the row accounting,
 * and the survey rules failing on a crafted file and on crafted tables.
 */
class KommunenkatDeliveryIT extends DeliveryTestBase {

    static final String HEADER = "ar;kommunkod;kommun;besvarad;styrdokument_prostitution_mh;"
            + "styrdokument_sexuell_exploatering_barn;kunskapsstod_prostitution_mh;kunskapsstod_sexuell_exploatering_barn";

    /** Six municipalities, two of which did not answer (besvarad Nej, the answers blank). */
    static final List<String> SIX = List.of(
            "2024;0114;Upplands Väsby;Ja;Ja;Nej;Ja, i egen regi;Nej",
            "2024;0180;Stockholm;Ja;Ja;Ja;Ja, genom samverkansavtal;Ja, i egen regi",
            "2024;1280;Malmö;Ja;Nej;Vet ej;Ja, i egen regi;Vet ej",
            "2024;1480;Göteborg;Ja;Vet ej;Nej;Nej;Nej",
            "2024;2584;Kiruna;Nej;;;;",
            "2024;0980;Gotland;Nej;;;;");

    /** The rules of Figur 3–7, in SQL: the ones a survey delivery can move. */
    static final String SURVEY_RULES = "(regel LIKE 'enkat.%' OR regel LIKE 'kommunenkat.%')";

    @Test
    void theNonRespondentsStayInTheWarehouseButOutOfEveryDenominator() throws Exception {
        csv("kommunenkat-2024.csv", HEADER, SIX);

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT status, layout, rows_read, rows_loaded, rows_quarantined, rows_notes"
                + " FROM source_file")).containsEntry("STATUS", "LOADED").containsEntry("LAYOUT", "kommunenkat.svar")
                .containsEntry("ROWS_READ", 7).containsEntry("ROWS_LOADED", 6).containsEntry("ROWS_QUARANTINED", 0)
                .containsEntry("ROWS_NOTES", 1);
        assertThat(jdbc.queryForList("SELECT kommunkod || ' ' || besvarad FROM kommunenkat_svar ORDER BY row_no",
                String.class)).containsExactly("0114 TRUE", "0180 TRUE", "1280 TRUE", "1480 TRUE", "2584 FALSE",
                        "0980 FALSE");
        assertThat(jdbc.queryForList("SELECT row_no FROM kommunenkat_svar WHERE besvarad = FALSE ORDER BY row_no",
                Integer.class)).containsExactly(6, 7);
        assertThat(jdbc.queryForList("SELECT styrdokument_pmh FROM kommunenkat_svar ORDER BY row_no", String.class))
                .containsExactly("JA", "JA", "NEJ", "VET_EJ", null, null);
        assertThat(jdbc.queryForList("SELECT kunskapsstod_pmh FROM kommunenkat_svar ORDER BY row_no", String.class))
                .containsExactly("EGEN_REGI", "SAMVERKANSAVTAL", "EGEN_REGI", "NEJ", null, null);

        // by hand: 4 of 290 answered; Figur 3 Ja 0114, 0180; Figur 4 Ja 0180; Figur 6 egen regi 0114, 1280 and
        // samverkansavtal 0180; Figur 7 egen regi 0180
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Figur 3;2024;Täljare", "2;")
                .containsEntry("Figur 3;2024;Nämnare", "4;")
                .containsEntry("Figur 3;2024;Andel", "0.5;")
                .containsEntry("Figur 3;2024;Svarande kommuner", "4;")
                .containsEntry("Figur 3;2024;Svarsfrekvens", "0.014;")
                .containsEntry("Figur 4;2024;Täljare", "1;")
                .containsEntry("Figur 4;2024;Nämnare", "4;")
                .containsEntry("Figur 4;2024;Andel", "0.25;")
                .containsEntry("Figur 4;2024;Svarande kommuner", "4;")
                .containsEntry("Figur 6;2024;Andel", "0.75;")
                .containsEntry("Figur 6;2024;Andel i egen regi", "0.5;")
                .containsEntry("Figur 6;2024;Andel genom samverkansavtal", "0.25;")
                .containsEntry("Figur 6;2024;Täljare", "3;")
                .containsEntry("Figur 6;2024;I egen regi", "2;")
                .containsEntry("Figur 6;2024;Genom samverkansavtal", "1;")
                .containsEntry("Figur 6;2024;Nämnare", "4;")
                .containsEntry("Figur 6;2024;Svarande kommuner", "4;")
                .containsEntry("Figur 6;2024;Svarsfrekvens", "0.014;")
                .containsEntry("Figur 7;2024;Andel", "0.25;")
                .containsEntry("Figur 7;2024;Andel i egen regi", "0.25;")
                .containsEntry("Figur 7;2024;Andel genom samverkansavtal", "0;")
                .containsEntry("Figur 7;2024;Täljare", "1;")
                .containsEntry("Figur 7;2024;I egen regi", "1;")
                .containsEntry("Figur 7;2024;Genom samverkansavtal", "0;")
                .containsEntry("Figur 7;2024;Nämnare", "4;");
        assertThat(tables.keySet()).noneMatch(k -> k.startsWith("Figur 5;"));
        assertThat(tables.keySet().stream().filter(k -> k.startsWith("Figur 3;"))).hasSize(5);
        assertThat(reconciliation()).contains(
                "kommunenkat.besvarad_nej_med_ja;Figur 3;Ingen kommun med besvarad = Nej har svarat Ja på en delfråga;0;0;OK",
                "enkat.svarande_hogst_290;Figur 3;2024: svarande kommuner (vänster) högst 290 (höger);4;290;OK",
                "enkat.taljare_hogst_namnare;Figur 6;2024: i egen regi + genom samverkansavtal (vänster) mot täljare"
                        + " (höger);3;3;OK");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK' AND " + SURVEY_RULES)).isZero();
    }

    @Test
    void withoutABesvaradColumnEveryListedMunicipalityHasAnswered() throws Exception {
        csv("kommunenkat-2024.csv", "ar;kommunkod;kommun;styrdokument_prostitution_mh;"
                + "styrdokument_sexuell_exploatering_barn;kunskapsstod_prostitution_mh;kunskapsstod_sexuell_exploatering_barn",
                List.of("2024;0114;Upplands Väsby;Ja;Nej;Ja, i egen regi;Nej",
                        "2024;0180;Stockholm;Nej;Nej;Nej;Nej",
                        "2024;2584;Kiruna;;;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT besvarad FROM kommunenkat_svar ORDER BY row_no", Boolean.class))
                .containsExactly(true, true, true);
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Figur 3;2024;Täljare", "1;")
                .containsEntry("Figur 3;2024;Nämnare", "3;")
                .containsEntry("Figur 3;2024;Andel", "0.333;")
                .containsEntry("Figur 3;2024;Svarande kommuner", "3;")
                .containsEntry("Figur 3;2024;Svarsfrekvens", "0.01;")
                .containsEntry("Figur 6;2024;Andel i egen regi", "0.333;")
                .containsEntry("Figur 6;2024;Nämnare", "3;");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK' AND " + SURVEY_RULES)).isZero();
    }

    @Test
    void withoutAnArColumnTheYearIsTheFileNamesAndAFileWithNeitherIsRejectedAndNamed() throws Exception {
        String noAr = HEADER.substring("ar;".length());
        csv("kommunenkat-2022.csv", noAr, List.of(
                "0114;Upplands Väsby;Ja;Ja;Nej;Ja, genom samverkansavtal;Nej",
                "0180;Stockholm;Ja;Nej;Nej;Nej;Nej"));
        csv("svar.csv", noAr, List.of("1280;Malmö;Ja;Ja;Ja;Nej;Nej"));
        csv("kommunenkat-2021-2023.csv", noAr, List.of("1480;Göteborg;Ja;Ja;Ja;Nej;Nej"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(status("kommunenkat/kommunenkat-2022.csv")).isEqualTo("LOADED");
        assertThat(jdbc.queryForList("SELECT ar || ' ' || kommunkod FROM kommunenkat_svar ORDER BY row_no", String.class))
                .containsExactly("2022 0114", "2022 0180");
        assertThat(status("kommunenkat/svar.csv")).isEqualTo("REJECTED");
        assertThat(message("kommunenkat/svar.csv")).startsWith("kommunenkat/svar.csv: no survey year")
                .contains("an ar column or one year in the file name");
        assertThat(status("kommunenkat/kommunenkat-2021-2023.csv")).isEqualTo("REJECTED");
        assertThat(message("kommunenkat/kommunenkat-2021-2023.csv"))
                .startsWith("kommunenkat/kommunenkat-2021-2023.csv: no survey year");
        assertThat(count("SELECT COUNT(*) FROM source_file WHERE status = 'REJECTED' AND rows_read = 0")).isEqualTo(2);
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Figur 3;2022;Täljare", "1;")
                .containsEntry("Figur 3;2022;Nämnare", "2;")
                .containsEntry("Figur 6;2022;Genom samverkansavtal", "1;")
                .containsEntry("Figur 6;2022;Andel genom samverkansavtal", "0.5;");
        assertThat(tables.keySet()).noneMatch(k -> k.startsWith("Figur 3;2024") || k.startsWith("Figur 3;2021"));
        assertAccountingHolds();
    }

    @Test
    void anXlsxWhoseCodesLostTheirLeadingZeroLoadsUnderTheFileNamesYear() throws Exception {
        Files.createDirectories(input.resolve("kommunenkat"));
        Workbooks.write(input.resolve("kommunenkat/kommunenkat-2023.xlsx"), "Svar", List.of(
                List.of("Kartläggning av kommuners arbete mot mäns våld mot kvinnor 2023"),
                List.of("Kommunkod", "Kommun", "Besvarad", "Styrdokument prostitution MH",
                        "Styrdokument sexuell exploatering barn", "Kunskapsstöd prostitution MH",
                        "Kunskapsstöd sexuell exploatering barn"),
                List.of(114, "Upplands Väsby", "Ja", "Ja", "Nej", "Ja, i egen regi", "Nej"),
                List.of(180, "Stockholm", "Ja", "Nej", "Nej", "Nej", "Nej"),
                List.of(1280, "Malmö", "Nej", "", "", "", ""),
                List.of(99, "Ingen kommun", "Ja", "Ja", "Ja", "Nej", "Nej")));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT ar || ' ' || kommunkod || ' ' || besvarad FROM kommunenkat_svar ORDER BY"
                + " row_no", String.class)).containsExactly("2023 0114 TRUE", "2023 0180 TRUE", "2023 1280 FALSE");
        assertThat(jdbc.queryForMap("SELECT row_no, column_name, raw_value, reason FROM quarantine_row"))
                .containsEntry("ROW_NO", 6).containsEntry("COLUMN_NAME", "A (Kommunkod)").containsEntry("RAW_VALUE", "99")
                .containsEntry("REASON", Kommuner.unknownReason());
        assertThat(jdbc.queryForMap("SELECT sheet_name, rows_read, rows_loaded, rows_quarantined, rows_notes"
                + " FROM source_file")).containsEntry("SHEET_NAME", "Svar").containsEntry("ROWS_READ", 6)
                .containsEntry("ROWS_LOADED", 3).containsEntry("ROWS_QUARANTINED", 1).containsEntry("ROWS_NOTES", 2);
        assertThat(tables()).containsEntry("Figur 3;2023;Täljare", "1;").containsEntry("Figur 3;2023;Nämnare", "2;")
                .containsEntry("Figur 3;2023;Svarsfrekvens", "0.007;")
                .containsEntry("Figur 6;2023;Andel i egen regi", "0.5;");
    }

    @Test
    void badRowsGoToQuarantineWithRowColumnAndReasonAndTheFirstAnswerStays() throws Exception {
        csv("enkat-2024-del1.csv", HEADER, List.of(
                "2024;0114;Upplands Väsby;Ja;Ja;Nej;Nej;Nej",
                "2024;9999;Okänd kommun;Ja;Ja;Nej;Nej;Nej",
                "2024;0114;Upplands Väsby;Ja;Nej;Nej;Nej;Nej",
                "2024;0180;Stockholm;Ja;Kanske;Nej;Nej;Nej",
                "2024;1280;Malmö;Ja;Ja;Nej;Ja, delvis;Nej",
                "2024;114;Upplands Väsby;Ja;Nej;Nej;Nej;Nej",
                "2024;1480;Göteborg;Ja;Nej;Nej;Nej;Nej",
                "2024;0000;;Ja;Ja;Kanske;Nej;Nej",
                "Källa: Jämställdhetsmyndigheten"));
        csv("enkat-del2-2023-2024.csv", HEADER, List.of(
                "2024;1480;Göteborg;Ja;Ja;Ja;Ja, i egen regi;Ja, i egen regi",
                "2023;1480;Göteborg;Ja;Ja;Nej;Nej;Nej",
                "2024;0180;Stockholm;Ja;Ja;Nej;Nej;Nej"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> quarantined = jdbc.queryForList("SELECT f.file_name, q.row_no, q.column_name,"
                + " q.raw_value, q.reason FROM quarantine_row q JOIN source_file f ON f.id = q.source_file_id"
                + " ORDER BY f.file_name, q.row_no, q.column_name");
        assertThat(quarantined).extracting(q -> q.get("FILE_NAME"), q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"),
                q -> q.get("RAW_VALUE")).containsExactly(
                        tuple("kommunenkat/enkat-2024-del1.csv", 3, "B (kommunkod)", "9999"),
                        tuple("kommunenkat/enkat-2024-del1.csv", 4, "B (kommunkod)", "0114"),
                        tuple("kommunenkat/enkat-2024-del1.csv", 5, "E (styrdokument_prostitution_mh)", "Kanske"),
                        tuple("kommunenkat/enkat-2024-del1.csv", 6, "G (kunskapsstod_prostitution_mh)", "Ja, delvis"),
                        tuple("kommunenkat/enkat-2024-del1.csv", 7, "B (kommunkod)", "114"),
                        tuple("kommunenkat/enkat-2024-del1.csv", 9, "B (kommunkod)", "0000"),
                        tuple("kommunenkat/enkat-2024-del1.csv", 9, "F (styrdokument_sexuell_exploatering_barn)", "Kanske"),
                        tuple("kommunenkat/enkat-del2-2023-2024.csv", 2, "B (kommunkod)", "1480"));
        assertThat(quarantined).extracting(q -> (String) q.get("REASON")).containsExactly(
                Kommuner.unknownReason(),
                "0114 Upplands Väsby has already answered the 2024 survey in this delivery: the first answer stays",
                "'Kanske' is not a yes/no answer: expected Ja, Nej or Vet ej (also J/N, 1/0, Yes/No)",
                "'Ja, delvis' is not an answer here: expected 'Ja, i egen regi', 'Ja, genom samverkansavtal', 'Nej' or"
                        + " 'Vet ej'",
                "0114 Upplands Väsby has already answered the 2024 survey in this delivery: the first answer stays",
                Kommuner.unknownReason(),
                "'Kanske' is not a yes/no answer: expected Ja, Nej or Vet ej (also J/N, 1/0, Yes/No)",
                "1480 Göteborg has already answered the 2024 survey in this delivery: the first answer stays");

        // the first answers stay: 0114 from row 2 (Ja), 1480 2024 from del1 (Nej); 0180's first answer was
        // quarantined, so its answer in del2 is the one that counts; 1480's 2023 answer is another survey
        assertThat(jdbc.queryForList("SELECT f.file_name || ' ' || s.row_no || ' ' || s.ar || ' ' || s.kommunkod || ' '"
                + " || s.styrdokument_pmh FROM kommunenkat_svar s JOIN source_file f ON f.id = s.source_file_id"
                + " ORDER BY f.file_name, s.row_no", String.class)).containsExactly(
                        "kommunenkat/enkat-2024-del1.csv 2 2024 0114 JA",
                        "kommunenkat/enkat-2024-del1.csv 8 2024 1480 NEJ",
                        "kommunenkat/enkat-del2-2023-2024.csv 3 2023 1480 JA",
                        "kommunenkat/enkat-del2-2023-2024.csv 4 2024 0180 JA");
        assertThat(jdbc.queryForList("SELECT file_name || ' ' || status || ' ' || rows_read || '=' || rows_loaded || '+'"
                + " || rows_quarantined || '+' || rows_notes FROM source_file ORDER BY file_name", String.class))
                .containsExactly("kommunenkat/enkat-2024-del1.csv LOADED 10=2+6+2",
                        "kommunenkat/enkat-del2-2023-2024.csv LOADED 4=2+1+1");
        assertAccountingHolds();
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Figur 3;2024;Täljare", "2;")
                .containsEntry("Figur 3;2024;Nämnare", "3;")
                .containsEntry("Figur 3;2024;Svarande kommuner", "3;")
                .containsEntry("Figur 3;2023;Nämnare", "1;");
    }

    @Test
    void aMunicipalityThatSaysItDidNotAnswerYetAnswersJaIsAFelNamingItAndItsRow() throws Exception {
        csv("kommunenkat-2024.csv", HEADER, List.of(
                "2024;0114;Upplands Väsby;Ja;Ja;Nej;Nej;Nej",
                "2024;0180;Stockholm;Nej;Ja;;;",
                "2024;2584;Kiruna;Nej;;;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(reconciliation()).contains("kommunenkat.besvarad_nej_med_ja;Figur 3;Besvarad = Nej men Ja på en"
                + " delfråga: 2024: 0180 Stockholm (kommunenkat/kommunenkat-2024.csv rad 3);Nej;Ja;FEL");
        assertThat(jdbc.queryForList("SELECT regel FROM reconciliation_result WHERE status <> 'OK' AND " + SURVEY_RULES,
                String.class))
                .containsExactly("kommunenkat.besvarad_nej_med_ja");
        // it stays out of the denominator all the same
        assertThat(tables()).containsEntry("Figur 3;2024;Täljare", "1;").containsEntry("Figur 3;2024;Nämnare", "1;")
                .containsEntry("Figur 3;2024;Svarande kommuner", "1;");
    }

    @Test
    void rulesThatWellFormedFilesCannotBreakStillFailOnCraftedTables() {
        // Figur 3: 291 respondents of 290 municipalities, and 5 Ja among 4 in the denominator
        RuleContext broken = RuleContext.of(2024, List.of(
                figure("Figur 3", false, Map.of(2022, new int[] {2, 4, 4}, 2024, new int[] {5, 4, 291})),
                figure("Figur 4", false, Map.of(2024, new int[] {1, 4, 4})),
                figure("Figur 5", false, Map.of(2024, new int[] {2, 4, 290})),
                figure("Figur 6", true, Map.of(2024, new int[] {3, 2, 2, 3, 4})),
                figure("Figur 7", true, Map.of(2024, new int[] {5, 1, 1, 4, 4}))));

        List<RuleResult> respondents = rule("enkat.svarande_hogst_290").check(broken);
        assertThat(respondents).contains(
                new RuleResult("enkat.svarande_hogst_290", "Figur 3", "2024: svarande kommuner (vänster) högst 290 (höger)",
                        "291", "290", RuleResult.Status.FEL),
                new RuleResult("enkat.svarande_hogst_290", "Figur 3", "2022: svarande kommuner (vänster) högst 290 (höger)",
                        "4", "290", RuleResult.Status.OK),
                new RuleResult("enkat.svarande_hogst_290", "Figur 5", "2024: svarande kommuner (vänster) högst 290 (höger)",
                        "290", "290", RuleResult.Status.OK));
        assertThat(respondents).filteredOn(r -> r.status() == RuleResult.Status.FEL).hasSize(1);

        List<RuleResult> numerators = rule("enkat.taljare_hogst_namnare").check(broken);
        assertThat(numerators).contains(
                new RuleResult("enkat.taljare_hogst_namnare", "Figur 3", "2024: täljare (vänster) högst nämnare (höger)",
                        "5", "4", RuleResult.Status.FEL),
                new RuleResult("enkat.taljare_hogst_namnare", "Figur 3", "2022: täljare (vänster) högst nämnare (höger)",
                        "2", "4", RuleResult.Status.OK),
                new RuleResult("enkat.taljare_hogst_namnare", "Figur 6", "2024: i egen regi + genom samverkansavtal"
                        + " (vänster) mot täljare (höger)", "4", "3", RuleResult.Status.FEL),
                new RuleResult("enkat.taljare_hogst_namnare", "Figur 6", "2024: täljare (vänster) högst nämnare (höger)",
                        "3", "3", RuleResult.Status.OK),
                new RuleResult("enkat.taljare_hogst_namnare", "Figur 7", "2024: täljare (vänster) högst nämnare (höger)",
                        "5", "4", RuleResult.Status.FEL),
                new RuleResult("enkat.taljare_hogst_namnare", "Figur 7", "2024: i egen regi + genom samverkansavtal"
                        + " (vänster) mot täljare (höger)", "2", "5", RuleResult.Status.FEL));
        assertThat(numerators).filteredOn(r -> r.status() == RuleResult.Status.FEL).hasSize(4);

        // a figure without any survey year has nothing to compare: still one row per rule
        RuleContext empty = RuleContext.of(2024, List.of(figure("Figur 3", false, Map.of()),
                figure("Figur 4", false, Map.of()), figure("Figur 5", false, Map.of()), figure("Figur 6", true, Map.of()),
                figure("Figur 7", true, Map.of())));
        assertThat(rule("enkat.svarande_hogst_290").check(empty)).containsExactly(new RuleResult(
                "enkat.svarande_hogst_290", "", "Inga celler med värden att jämföra", "", "", RuleResult.Status.OK));
    }

    // --- helpers ---

    private void csv(String name, String header, List<String> rows) throws Exception {
        Files.createDirectories(input.resolve("kommunenkat"));
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        Files.writeString(input.resolve("kommunenkat").resolve(name), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }

    /**
     * A figure as SurveyTables lays it out, one row per year: without the split {Täljare, Nämnare, Svarande};
     * with it {Täljare, I egen regi, Genom samverkansavtal, Nämnare, Svarande}. Shares are left missing.
     */
    private static PublishedTable figure(String tabell, boolean split, Map<Integer, int[]> years) {
        List<String> columns = split
                ? List.of(SurveyTables.ANDEL, SurveyTables.ANDEL_EGEN_REGI, SurveyTables.ANDEL_SAMVERKANSAVTAL,
                        SurveyTables.TALJARE, SurveyTables.EGEN_REGI, SurveyTables.SAMVERKANSAVTAL, SurveyTables.NAMNARE,
                        SurveyTables.SVARANDE, SurveyTables.SVARSFREKVENS)
                : List.of(SurveyTables.ANDEL, SurveyTables.TALJARE, SurveyTables.NAMNARE, SurveyTables.SVARANDE,
                        SurveyTables.SVARSFREKVENS);
        List<PublishedTable.Row> rows = new ArrayList<>();
        years.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int[] v = e.getValue();
            List<PublishedTable.Cell> cells = new ArrayList<>();
            cells.add(PublishedTable.Cell.missing("crafted"));
            if (split) {
                cells.add(PublishedTable.Cell.missing("crafted"));
                cells.add(PublishedTable.Cell.missing("crafted"));
            }
            for (int value : v) {
                cells.add(cell(value));
            }
            cells.add(PublishedTable.Cell.missing("crafted"));
            rows.add(new PublishedTable.Row(String.valueOf(e.getKey()), List.of(String.valueOf(e.getKey())), cells));
        });
        return new PublishedTable(tabell, tabell, "Indikator", List.of("År"), columns, rows, List.of());
    }

    private static PublishedTable.Cell cell(int value) {
        return new PublishedTable.Cell(BigDecimal.valueOf(value), null, null, List.of());
    }

}
