package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import se.bilaga1.reference.Kommuner;

/**
 * Brå's crime-prevention survey (Indikator 2, Figur 5) through the whole rebuild: city districts count their
 * municipality once among the respondents, the denominator is those that carried out a mapping, an unknown code
 * and a district answering twice are quarantined; and the detail extract's kommunkod checked against the 290.
 */
class BraKartlaggningIT extends DeliveryTestBase {

    static final String HEADER = "ar;kod;namn;typ;genomfort_kartlaggning;prostitution_manniskohandel_identifierat";

    /** The rules of Figur 3–7, in SQL: the ones a survey delivery can move. */
    static final String SURVEY_RULES = "(regel LIKE 'enkat.%' OR regel LIKE 'kommunenkat.%')";

    @Test
    void districtsCountTheirMunicipalityOnceAndTheDenominatorIsThoseThatCarriedOutAMapping() throws Exception {
        bra("brottsforebyggande-enkat-2023-2024.csv", HEADER, List.of(
                "2024;1480-01;Angered;Stadsdelsområde;Ja;Ja",
                "2024;1480-03;Östra Göteborg;Stadsdelsområde;Ja;Nej",
                "2024;1480-05;Västra Göteborg;Stadsdelsområde;Nej;",
                "2024;0180;Stockholm;Kommun;Ja;Ja",
                "2024;0114;Upplands Väsby;Kommun;Nej;",
                "2024;1280;Malmö;Kommun;Ja;Nej",
                "2024;9999;Okänd;Kommun;Ja;Ja",
                "2024;1480-03;Östra Göteborg;Stadsdelsområde;Ja;Ja",
                "2024;1480-1;Angered;Stadsdelsområde;Nej;",
                "2023;1480-03;Östra Göteborg;Stadsdelsområde;Ja;Ja"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT status, layout, rows_read, rows_loaded, rows_quarantined, rows_notes"
                + " FROM source_file")).containsEntry("STATUS", "LOADED")
                .containsEntry("LAYOUT", "bra.brottsforebyggande_enkat").containsEntry("ROWS_READ", 11)
                .containsEntry("ROWS_LOADED", 7).containsEntry("ROWS_QUARANTINED", 3).containsEntry("ROWS_NOTES", 1);
        List<Map<String, Object>> quarantined = jdbc.queryForList(
                "SELECT row_no, column_name, raw_value, reason FROM quarantine_row ORDER BY row_no");
        assertThat(quarantined).extracting(q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"), q -> q.get("RAW_VALUE"))
                .containsExactly(tuple(8, "B (kod)", "9999"), tuple(9, "B (kod)", "1480-03"), tuple(10, "B (kod)", "1480-1"));
        assertThat((String) quarantined.get(0).get("REASON")).startsWith(Kommuner.unknownReason())
                .endsWith("with a district suffix such as 1480-03 for a stadsdelsområde");
        assertThat(quarantined.get(1).get("REASON"))
                .isEqualTo("1480-03 has already answered the 2024 survey in this delivery: the first answer stays");
        // 1480-1 is 1480-01 written without its zero: the same district, named as it is stored
        assertThat(quarantined.get(2).get("REASON"))
                .isEqualTo("1480-01 has already answered the 2024 survey in this delivery: the first answer stays");
        assertThat(jdbc.queryForList("SELECT ar || ' ' || kod || ' ' || kommunkod || ' ' || typ || ' '"
                + " || COALESCE(CAST(genomfort_kartlaggning AS VARCHAR(5)), '-') || ' '"
                + " || COALESCE(CAST(identifierat AS VARCHAR(5)), '-') FROM bra_kartlaggning ORDER BY row_no", String.class))
                .containsExactly(
                        "2024 1480-01 1480 STADSDELSOMRADE TRUE TRUE",
                        "2024 1480-03 1480 STADSDELSOMRADE TRUE FALSE",
                        "2024 1480-05 1480 STADSDELSOMRADE FALSE -",
                        "2024 0180 0180 KOMMUN TRUE TRUE",
                        "2024 0114 0114 KOMMUN FALSE -",
                        "2024 1280 1280 KOMMUN TRUE FALSE",
                        "2023 1480-03 1480 STADSDELSOMRADE TRUE TRUE");

        // 2024 by hand: six units from four municipalities (Göteborg through three districts); a mapping in
        // 1480-01, 1480-03, 0180 and 1280, of which 1480-01 and 0180 identified prostitution/trafficking
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Figur 5;2024;Täljare", "2;")
                .containsEntry("Figur 5;2024;Nämnare", "4;")
                .containsEntry("Figur 5;2024;Andel", "0.5;")
                .containsEntry("Figur 5;2024;Svarande kommuner", "4;")
                .containsEntry("Figur 5;2024;Svarsfrekvens", "0.014;")
                .containsEntry("Figur 5;2023;Täljare", "1;")
                .containsEntry("Figur 5;2023;Nämnare", "1;")
                .containsEntry("Figur 5;2023;Svarande kommuner", "1;")
                .containsEntry("Figur 5;2023;Svarsfrekvens", "0.003;");
        assertThat(tables.keySet()).noneMatch(k -> k.startsWith("Figur 3;"));
        assertThat(reconciliation()).contains(
                "enkat.svarande_hogst_290;Figur 5;2024: svarande kommuner (vänster) högst 290 (höger);4;290;OK",
                "enkat.taljare_hogst_namnare;Figur 5;2024: täljare (vänster) högst nämnare (höger);2;4;OK");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK' AND " + SURVEY_RULES)).isZero();
        assertAccountingHolds();
    }

    @Test
    void theYearComesFromTheFileNameWhenThereIsNoArColumnAndIdentifieratMayBeBlankWithoutAMapping() throws Exception {
        String noAr = HEADER.substring("ar;".length());
        bra("brottsforebyggande-enkat-2023.csv", noAr, List.of(
                "0114;Upplands Väsby;Kommun;Nej;",
                "0180;Stockholm;Kommun;Ja;Nej",
                "1480-3;Östra Göteborg;Stadsdelsområde;Ja;Ja"));
        bra("kartlaggning.csv", noAr, List.of("1280;Malmö;Kommun;Ja;Ja"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(status("bra/brottsforebyggande-enkat-2023.csv")).isEqualTo("LOADED");
        assertThat(status("bra/kartlaggning.csv")).isEqualTo("REJECTED");
        assertThat(message("bra/kartlaggning.csv")).startsWith("bra/kartlaggning.csv: no survey year")
                .contains("an ar column or one year in the file name");
        assertThat(count("SELECT COUNT(*) FROM quarantine_row")).isZero();
        assertThat(jdbc.queryForList("SELECT ar || ' ' || kod FROM bra_kartlaggning ORDER BY row_no", String.class))
                .containsExactly("2023 0114", "2023 0180", "2023 1480-03");
        assertThat(count("SELECT COUNT(*) FROM bra_kartlaggning WHERE identifierat IS NULL")).isEqualTo(1);
        assertThat(tables()).containsEntry("Figur 5;2023;Täljare", "1;")
                .containsEntry("Figur 5;2023;Nämnare", "2;")
                .containsEntry("Figur 5;2023;Andel", "0.5;")
                .containsEntry("Figur 5;2023;Svarande kommuner", "3;");
        assertAccountingHolds();
    }

    /** The input contract: extra columns are ignored. A survey naming its label column kommun is still the survey. */
    @Test
    void aSurveyWithAnExtraKommunColumnIsStillTheSurveyNotABrokenDetailExtract() throws Exception {
        bra("brottsforebyggande-enkat-2024.csv", "ar;kod;kommun;typ;genomfort_kartlaggning;"
                + "prostitution_manniskohandel_identifierat;kommentar", List.of(
                        "2024;0180;Stockholm;Kommun;Ja;Ja;",
                        "2024;1280;Malmö;Kommun;Ja;Nej;svarat sent"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT status, layout, message, rows_loaded FROM source_file"))
                .containsEntry("STATUS", "LOADED").containsEntry("LAYOUT", "bra.brottsforebyggande_enkat")
                .containsEntry("MESSAGE", "VARNING: extra columns, not loaded: kommun, kommentar").containsEntry("ROWS_LOADED", 2);
        assertThat(tables()).containsEntry("Figur 5;2024;Täljare", "1;").containsEntry("Figur 5;2024;Nämnare", "2;");
    }

    @Test
    void aDetailRowWithACodeThatIsNoMunicipalityIsQuarantinedAndAStrippedZeroComesBack() throws Exception {
        bra("anmalda-detalj-2024.csv", "ar;manad;kommunkod;lagrum;antal", List.of(
                "2024;1;0180;BrB 4:1a;3",
                "2024;2;9999;BrB 4:1a;2",
                "2024;3;114;BrB 6:11;5",
                "2024;4;;BrB 6:12;1",
                "2024;5;1480-03;BrB 6:12;1"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT row_no, column_name, raw_value, reason FROM quarantine_row ORDER BY row_no"))
                .extracting(q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"), q -> q.get("RAW_VALUE"), q -> q.get("REASON"))
                .containsExactly(tuple(3, "C (kommunkod)", "9999", Kommuner.unknownReason()),
                        tuple(6, "C (kommunkod)", "1480-03", Kommuner.unknownReason()));
        assertThat(jdbc.queryForList("SELECT COALESCE(kommunkod, '-') || ' ' || lagrum || ' ' || antal FROM"
                + " bra_detail_count ORDER BY row_no", String.class))
                .containsExactly("0180 BrB 4:1a 3", "0114 BrB 6:11 5", "- BrB 6:12 1");
        assertThat(jdbc.queryForMap("SELECT status, layout, rows_read, rows_loaded, rows_quarantined, rows_notes"
                + " FROM source_file")).containsEntry("STATUS", "LOADED").containsEntry("LAYOUT", "bra.detalj")
                .containsEntry("ROWS_READ", 6).containsEntry("ROWS_LOADED", 3).containsEntry("ROWS_QUARANTINED", 2)
                .containsEntry("ROWS_NOTES", 1);
        assertAccountingHolds();
    }

    // --- helpers ---

    private void bra(String name, String header, List<String> rows) throws Exception {
        Files.createDirectories(input.resolve("bra"));
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        Files.writeString(input.resolve("bra").resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

}
