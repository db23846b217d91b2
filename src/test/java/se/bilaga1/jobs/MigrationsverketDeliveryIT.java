package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;

import se.bilaga1.ingest.CsvDialect;
import se.bilaga1.reconcile.RuleContext;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.TillstandTables;
import se.bilaga1.warehouse.PublishedTable;

/**
 * Migrationsverket's decision-level extract through the whole rebuild: the three CSV encodings and an xlsx with
 * real date cells, permits against persons, every rule of Indikator 4 failing on an input made to break it,
 * quarantine with its row, column and reason, and a file without a required column rejected alone.
 */
class MigrationsverketDeliveryIT extends DeliveryTestBase {

    static final String HEADER =
            "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;polisregion";

    /** The small extract: Swedish letters in lagrum, sokande_part and polisregion; one lagrum holds a comma. */
    static final List<String> EXTRACT = List.of(
            "2024-01-10;MV-1;5 kap. 15 § 2 st. UtL;Nej;Kvinna;Åklagarmyndigheten;;Öst",
            "2024-02-11;MV-2;andra stycket;Nej;Man;Socialnämnd eller motsvarande;Ja;Väst",
            "2024-03-12;MV-3;första stycket;Nej;Kvinna;Polismyndigheten;;Öst",
            "2024-04-13;MV-1;5 kap. 15 § första stycket utlänningslagen;Ja;Kvinna;Åklagarmyndigheten;;Öst",
            "2023-05-14;MV-4;5 kap. 15 §, andra stycket;Nej;Man;Socialnämnd eller motsvarande;Nej;Väst",
            "2024-06-15;MV-5;Andra stycket;Nej;Kvinna;socialnämnden;Nej;Väst");

    enum Encoding {
        UTF_8(StandardCharsets.UTF_8, false, ';', "UTF-8, ';'"),
        UTF_8_WITH_BOM(StandardCharsets.UTF_8, true, ';', "UTF-8 med BOM, ';'"),
        WINDOWS_1252(CsvDialect.WINDOWS_1252, false, ',', "windows-1252, ','");

        final Charset charset;
        final boolean bom;
        final char separator;
        final String recorded;

        Encoding(Charset charset, boolean bom, char separator, String recorded) {
            this.charset = charset;
            this.bom = bom;
            this.separator = separator;
            this.recorded = recorded;
        }
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void theExtractLoadsWholeInEveryEncodingWithItsSwedishLettersIntact(Encoding encoding) throws Exception {
        Path file = csv("beslut.csv", encoding, EXTRACT);

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT status, layout, encoding, rows_read, rows_loaded, rows_quarantined, rows_notes"
                + " FROM source_file")).containsEntry("STATUS", "LOADED").containsEntry("LAYOUT", "migrationsverket.beslut")
                .containsEntry("ENCODING", encoding.recorded).containsEntry("ROWS_READ", 7).containsEntry("ROWS_LOADED", 6)
                .containsEntry("ROWS_QUARANTINED", 0).containsEntry("ROWS_NOTES", 1);
        assertThat(count("SELECT COUNT(*) FROM quarantine_row")).isZero();
        assertThat(Files.readAllBytes(file)[0] == (byte) 0xEF).isEqualTo(encoding.bom);
        assertThat(jdbc.queryForList("SELECT polisregion FROM migrationsverket_permit ORDER BY row_no", String.class))
                .containsExactly("Öst", "Väst", "Öst", "Öst", "Väst", "Väst");
        assertThat(jdbc.queryForList("SELECT sokande_part FROM migrationsverket_permit ORDER BY row_no", String.class))
                .containsExactly("AKLAGARMYNDIGHETEN", "SOCIALNAMND", "POLISMYNDIGHETEN", "AKLAGARMYNDIGHETEN", "SOCIALNAMND",
                        "SOCIALNAMND");
        assertThat(jdbc.queryForList("SELECT tillstand FROM migrationsverket_permit ORDER BY row_no", String.class))
                .containsExactly("BETANKETID", "BETANKETID", "BEVISPERSON", "BEVISPERSON", "BETANKETID", "BETANKETID");
        assertThat(jdbc.queryForList("SELECT DISTINCT column_name FROM migrationsverket_permit", String.class))
                .containsExactly("C (lagrum)");

        // by hand: 2024 bevisperson K 2 (rows 4, 5), betänketid K 2 + M 1 (rows 2, 7; 3), persons MV-1, MV-3, MV-5 (K),
        // MV-2 (M); 2023 one betänketid for a man; 2022 not delivered at all
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2024 / Kvinnor", "2;")
                .containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2024 / Män", "0;")
                .containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2024 / Totalt", "2;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Kvinnor", "2;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Män", "1;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Totalt", "3;")
                .containsEntry("Tabell 5;Personer;2024 / Kvinnor", "3;")
                .containsEntry("Tabell 5;Personer;2024 / Män", "1;")
                .containsEntry("Tabell 5;Personer;2024 / Totalt", "4;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2023 / Män", "1;")
                .containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2023 / Totalt", "0;")
                .containsEntry("Tabell 5;Personer;2023 / Totalt", "1;")
                .containsEntry("Tabell 5;Personer;2022 / Totalt", ";.. uppgift saknas")
                .containsEntry("Tabell 6;Åklagarmyndigheten;2024", "1;")
                .containsEntry("Tabell 6;Polismyndigheten;2024", "0;")
                .containsEntry("Tabell 6;Socialnämnd eller motsvarande;2024", "2;")
                .containsEntry("Tabell 6;Socialnämnd eller motsvarande / varav från regionkoordinator;2024", "1;")
                .containsEntry("Tabell 6;Totalt;2024", "3;")
                .containsEntry("Tabell 6;Socialnämnd eller motsvarande;2023", "1;")
                .containsEntry("Tabell 6;Socialnämnd eller motsvarande / varav från regionkoordinator;2023", "0;")
                .containsEntry("Tabell 6;Totalt;2023", "1;")
                .containsEntry("Tabell 6;Totalt;2022", ";.. uppgift saknas");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK'")).isZero();
    }

    @Test
    void anXlsxExtractWithRealDateCellsLoadsUnderTheRightYears() throws Exception {
        Path file = input.resolve("migrationsverket/beslut-2023-2024.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle shortDate = workbook.createCellStyle();
            shortDate.setDataFormat((short) 14); // Excel's built-in short date, as a date typed into Excel gets
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = workbook.createSheet("Beviljade tillstånd");
            sheet.createRow(0).createCell(0).setCellValue("Beviljade uppehållstillstånd enligt 5 kap. 15 § UtL");
            Row header = sheet.createRow(2);
            String[] columns = HEADER.split(";");
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            Object[][] permits = {
                    {LocalDate.of(2023, 12, 31), isoDate, "MV-1", "5 kap. 15 § 2 st. UtL", "Kvinna", "Polismyndigheten"},
                    {LocalDate.of(2024, 1, 1), isoDate, "MV-1", "5 kap. 15 § 1 st. UtL", "Kvinna", "Åklagarmyndigheten"},
                    {LocalDate.of(2024, 3, 5), shortDate, "MV-2", "andra stycket", "Man", "Socialnämnd eller motsvarande"},
                    {LocalDateTime.of(2024, 11, 30, 10, 15), dateTime, "MV-3", "andra stycket", "Kvinna", "Polisen"},
            };
            for (int r = 0; r < permits.length; r++) {
                Object[] p = permits[r];
                Row row = sheet.createRow(3 + r);
                var date = row.createCell(0);
                if (p[0] instanceof LocalDate d) {
                    date.setCellValue(d);
                } else {
                    date.setCellValue((LocalDateTime) p[0]);
                }
                date.setCellStyle((CellStyle) p[1]);
                row.createCell(1).setCellValue((String) p[2]);
                row.createCell(2).setCellValue((String) p[3]);
                row.createCell(3).setCellValue("Nej");
                row.createCell(4).setCellValue((String) p[4]);
                row.createCell(5).setCellValue((String) p[5]);
                row.createCell(7).setCellValue("Stockholm");
            }
            workbook.write(out);
        }

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT status, sheet_name, rows_read, rows_loaded, rows_quarantined, rows_notes"
                + " FROM source_file")).containsEntry("STATUS", "LOADED").containsEntry("SHEET_NAME", "Beviljade tillstånd")
                .containsEntry("ROWS_READ", 6).containsEntry("ROWS_LOADED", 4).containsEntry("ROWS_QUARANTINED", 0)
                .containsEntry("ROWS_NOTES", 2);
        assertThat(jdbc.queryForList("SELECT beslutsdatum FROM migrationsverket_permit ORDER BY row_no", LocalDate.class))
                .containsExactly(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 5),
                        LocalDate.of(2024, 11, 30));
        assertThat(jdbc.queryForList("SELECT ar FROM migrationsverket_permit ORDER BY row_no", Integer.class))
                .containsExactly(2023, 2024, 2024, 2024);
        assertThat(jdbc.queryForList("SELECT row_no FROM migrationsverket_permit ORDER BY row_no", Integer.class))
                .containsExactly(4, 5, 6, 7);
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2023 / Totalt", "1;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Totalt", "2;")
                .containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2024 / Totalt", "1;")
                .containsEntry("Tabell 5;Personer;2023 / Totalt", "1;")
                .containsEntry("Tabell 5;Personer;2024 / Totalt", "3;")
                .containsEntry("Tabell 6;Polismyndigheten;2024", "1;")
                .containsEntry("Tabell 6;Socialnämnd eller motsvarande;2024", "1;");
    }

    @Test
    void onePersonWithThreePermitsIsOnePerson() throws Exception {
        csv("beslut.csv", Encoding.UTF_8, List.of(
                "2024-01-15;MV-100;5 kap. 15 § 2 st. UtL;Nej;Kvinna;Polismyndigheten;;Stockholm",
                "2024-04-15;MV-100;5 kap. 15 § 2 st. UtL;Ja;Kvinna;Polismyndigheten;;Stockholm",
                "2024-07-15;MV-100;5 kap. 15 § 1 st. UtL;Nej;Kvinna;Åklagarmyndigheten;;Stockholm",
                "2024-02-01;MV-200;5 kap. 15 § 2 st. UtL;Nej;Kvinna;Socialnämnd eller motsvarande;Ja;Syd",
                "2024-03-01;MV-300;5 kap. 15 § 1 st. UtL;Nej;Man;Åklagarmyndigheten;;Syd"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Map<String, String> tables = tables();
        // permits: bevisperson 1 K + 1 M, betänketid 3 K; persons: MV-100 and MV-200 (K), MV-300 (M)
        assertThat(tables).containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2024 / Kvinnor", "1;")
                .containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2024 / Män", "1;")
                .containsEntry("Tabell 5;Uppehållstillstånd för bevispersoner;2024 / Totalt", "2;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Kvinnor", "3;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Män", "0;")
                .containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Totalt", "3;")
                .containsEntry("Tabell 5;Personer;2024 / Kvinnor", "2;")
                .containsEntry("Tabell 5;Personer;2024 / Män", "1;")
                .containsEntry("Tabell 5;Personer;2024 / Totalt", "3;")
                .containsEntry("Tabell 6;Polismyndigheten;2024", "2;")
                .containsEntry("Tabell 6;Totalt;2024", "3;");
        assertThat(reconciliation()).anySatisfy(l -> assertThat(l)
                .isEqualTo("tabell5.personer_hogst_tillstand;Tabell 5;Personer 2024 / Totalt (vänster) högst antal tillstånd"
                        + " (höger);3;5;OK"));
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK'")).isZero();
    }

    @Test
    void aSexOtherThanKvinnaOrManBreaksTheSumOfTabell5() throws Exception {
        csv("beslut.csv", Encoding.UTF_8, List.of(
                "2024-01-15;MV-1;andra stycket;Nej;Kvinna;Polismyndigheten;;",
                "2024-02-15;MV-2;andra stycket;Nej;Okänd;Polismyndigheten;;",
                "2024-03-15;MV-3;första stycket;Nej;Man;Åklagarmyndigheten;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT kon FROM migrationsverket_permit ORDER BY row_no", String.class))
                .containsExactly("KVINNA", "OKANT", "MAN");
        assertThat(reconciliation()).contains(
                "tabell5.kon_summerar;Tabell 5;Uppehållstillstånd för betänketid 2024: kvinnor + män (vänster) mot totalt"
                        + " (höger);1;2;FEL",
                "tabell5.kon_summerar;Tabell 5;Personer 2024: kvinnor + män (vänster) mot totalt (höger);2;3;FEL",
                "tabell5.kon_summerar;Tabell 5;Uppehållstillstånd för bevispersoner 2024: kvinnor + män (vänster) mot"
                        + " totalt (höger);1;1;OK");
        assertThat(jdbc.queryForList("SELECT regel FROM reconciliation_result WHERE status <> 'OK'", String.class))
                .containsOnly("tabell5.kon_summerar").hasSize(2);
    }

    @Test
    void aReflectionPeriodWithoutApplicantBreaksTheSumOfTabell6() throws Exception {
        csv("beslut.csv", Encoding.UTF_8, List.of(
                "2024-01-15;MV-1;andra stycket;Nej;Kvinna;Polismyndigheten;;",
                "2024-02-15;MV-2;andra stycket;Nej;Kvinna;;;",
                "2024-03-15;MV-3;andra stycket;Nej;Man;Socialnämnd eller motsvarande;Ja;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(count("SELECT COUNT(*) FROM migrationsverket_permit WHERE sokande_part IS NULL")).isEqualTo(1);
        assertThat(reconciliation()).contains(
                "tabell6.parter_summerar;Tabell 6;2024: Åklagarmyndigheten + Polismyndigheten + Socialnämnd (vänster) mot"
                        + " Totalt (höger);2;3;FEL",
                "tabell6.parter_summerar;Tabell 6;2024: varav från regionkoordinator (vänster) högst Socialnämnd"
                        + " (höger);1;1;OK",
                "tabell6.mot_tabell5;Tabell 6;2024: Tabell 6 Totalt (vänster) mot Tabell 5 betänketid totalt (höger);3;3;OK");
        assertThat(jdbc.queryForList("SELECT regel FROM reconciliation_result WHERE status <> 'OK'", String.class))
                .containsExactly("tabell6.parter_summerar");
    }

    @Test
    void aPersonGivenBothSexesIsAWarningNamingTheRowsButNotThePerson() throws Exception {
        csv("beslut.csv", Encoding.UTF_8, List.of(
                "2024-01-15;MV-777;andra stycket;Nej;Kvinna;Polismyndigheten;;",
                "2024-02-15;MV-2;andra stycket;Nej;Man;Polismyndigheten;;",
                "2024-05-15;MV-777;första stycket;Nej;Man;Åklagarmyndigheten;;"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> warnings = jdbc.queryForList("SELECT beskrivning, vanster, hoger FROM reconciliation_result"
                + " WHERE regel = 'migrationsverket.person_ett_kon' AND status = 'VARNING'");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).containsEntry("VANSTER", "2").containsEntry("HOGER", "2");
        assertThat((String) warnings.get(0).get("BESKRIVNING"))
                .contains("migrationsverket/beslut.csv rad 2 (kvinna)", "migrationsverket/beslut.csv rad 4 (man)")
                .doesNotContain("rad 3")
                .doesNotContain("MV-777").doesNotContain("777");
        assertThat(reconciliation()).noneSatisfy(l -> assertThat(l).contains("777"));
        assertThat(Files.readString(output.resolve("bilaga1-2024-tabeller.csv"))).doesNotContain("777");
    }

    @Test
    void rulesThatWellFormedFilesCannotBreakStillFailOnCraftedTables() {
        // Tabell 6 totals 4 reflection periods, Tabell 5 says 3
        RuleContext sixAgainstFive = RuleContext.of(2024, List.of(
                tabell5((year, kon) -> year == 2024 && kon.equals(TillstandTables.TOTALT) ? 3 : year == 2024 ? 1 : 0, 0, 0),
                tabell6(2024, 2, 1, 1, 0)));
        assertThat(rule("tabell6.mot_tabell5").check(sixAgainstFive)).contains(new RuleResult("tabell6.mot_tabell5",
                "Tabell 6", "2024: Tabell 6 Totalt (vänster) mot Tabell 5 betänketid totalt (höger)", "4", "3",
                RuleResult.Status.FEL));

        // 2024: 5 persons (3 K, 2 M) but 2 + 1 = 3 permits (2 K, 1 M)
        RuleContext morePersons = RuleContext.of(2024, List.of(
                tabell5((year, kon) -> year != 2024 ? 0 : kon.equals(TillstandTables.KVINNOR) ? 1 : kon.equals(TillstandTables.MAN) ? 0 : 1,
                        (year, kon) -> year != 2024 ? 0 : kon.equals(TillstandTables.KVINNOR) ? 1 : kon.equals(TillstandTables.MAN) ? 1 : 2,
                        (year, kon) -> year != 2024 ? 0 : kon.equals(TillstandTables.KVINNOR) ? 3 : kon.equals(TillstandTables.MAN) ? 2 : 5),
                tabell6(2024, 0, 0, 2, 0)));
        List<RuleResult> persons = rule("tabell5.personer_hogst_tillstand").check(morePersons);
        assertThat(persons).contains(
                new RuleResult("tabell5.personer_hogst_tillstand", "Tabell 5",
                        "Personer 2024 / Kvinnor (vänster) högst antal tillstånd (höger)", "3", "2", RuleResult.Status.FEL),
                new RuleResult("tabell5.personer_hogst_tillstand", "Tabell 5",
                        "Personer 2024 / Män (vänster) högst antal tillstånd (höger)", "2", "1", RuleResult.Status.FEL),
                new RuleResult("tabell5.personer_hogst_tillstand", "Tabell 5",
                        "Personer 2024 / Totalt (vänster) högst antal tillstånd (höger)", "5", "3", RuleResult.Status.FEL),
                new RuleResult("tabell5.personer_hogst_tillstand", "Tabell 5",
                        "Personer 2023 / Totalt (vänster) högst antal tillstånd (höger)", "0", "0", RuleResult.Status.OK));

        // 2024: 3 of the social boards' 2 applications came via a coordinator
        RuleContext moreViaCoordinator = RuleContext.of(2024, List.of(tabell5((year, kon) -> 0, 0, 0),
                tabell6(2024, 1, 1, 2, 3)));
        assertThat(rule("tabell6.parter_summerar").check(moreViaCoordinator)).contains(
                new RuleResult("tabell6.parter_summerar", "Tabell 6",
                        "2024: varav från regionkoordinator (vänster) högst Socialnämnd (höger)", "3", "2", RuleResult.Status.FEL),
                new RuleResult("tabell6.parter_summerar", "Tabell 6",
                        "2024: Åklagarmyndigheten + Polismyndigheten + Socialnämnd (vänster) mot Totalt (höger)", "4", "4",
                        RuleResult.Status.OK));
    }

    @Test
    void badRowsGoToQuarantineWithRowColumnAndReasonAndTheRestLoads() throws Exception {
        csv("beslut.csv", Encoding.UTF_8, List.of(
                "2024-01-15;MV-1;5 kap. 15 § 2 st. UtL;Nej;Kvinna;Polismyndigheten;;Syd",
                "2024-02-15;MV-2;5 kap. 6 § UtL;Nej;Kvinna;Polismyndigheten;;Syd",
                "2024-13-01;MV-3;5 kap. 15 § 2 st. UtL;Nej;Man;Polismyndigheten;;Syd",
                "2024-03-15; ;5 kap. 15 § 1 st. UtL;Nej;Man;Åklagarmyndigheten;;Syd",
                "2024-04-15;MV-5;5 kap. 15 § 2 st. UtL;Nej;Kvinna;Kustbevakningen;;Syd",
                "2024-05-15;MV-6;5 kap. 15 § 1 st. UtL;Nej;Man;Åklagarmyndigheten;;Mitt"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> quarantined = jdbc.queryForList(
                "SELECT row_no, column_name, raw_value, reason FROM quarantine_row ORDER BY row_no");
        assertThat(quarantined).extracting(q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"), q -> q.get("RAW_VALUE"))
                .containsExactly(
                        tuple(3, "C (lagrum)", "5 kap. 6 § UtL"),
                        tuple(4, "A (beslutsdatum)", "2024-13-01"),
                        tuple(5, "B (person_lopnr)", ""),
                        tuple(6, "F (sokande_part)", "Kustbevakningen"));
        assertThat((String) quarantined.get(0).get("REASON")).startsWith("not a permit under 5 kap. 15 § UtL");
        assertThat((String) quarantined.get(1).get("REASON")).isEqualTo(
                "'2024-13-01' is not a date: expected an ISO date such as 2024-03-05");
        assertThat((String) quarantined.get(2).get("REASON")).startsWith("empty person key");
        assertThat((String) quarantined.get(3).get("REASON")).startsWith("unknown applicant");
        assertThat(jdbc.queryForList("SELECT row_no FROM migrationsverket_permit ORDER BY row_no", Integer.class))
                .containsExactly(2, 7);
        assertThat(jdbc.queryForMap("SELECT status, rows_read, rows_loaded, rows_quarantined, rows_notes FROM source_file"))
                .containsEntry("STATUS", "LOADED").containsEntry("ROWS_READ", 7).containsEntry("ROWS_LOADED", 2)
                .containsEntry("ROWS_QUARANTINED", 4).containsEntry("ROWS_NOTES", 1);
        assertAccountingHolds();
    }

    @Test
    void aFileWithoutARequiredColumnIsRejectedAndNamedWhileTheGoodFileBesideItLoads() throws Exception {
        csv("beslut.csv", Encoding.UTF_8, List.of(
                "2024-01-15;MV-1;5 kap. 15 § 2 st. UtL;Nej;Kvinna;Polismyndigheten;;Syd"));
        Path withoutKon = input.resolve("migrationsverket/utan-kon.csv");
        Files.writeString(withoutKon, String.join("\r\n",
                "beslutsdatum;person_lopnr;lagrum;forlangning;sokande_part;polisregion",
                "2024-02-15;MV-2;5 kap. 15 § 2 st. UtL;Nej;Polismyndigheten;Syd", ""), StandardCharsets.UTF_8);

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(status("migrationsverket/beslut.csv")).isEqualTo("LOADED");
        assertThat(status("migrationsverket/utan-kon.csv")).isEqualTo("REJECTED");
        assertThat(message("migrationsverket/utan-kon.csv")).startsWith("migrationsverket/utan-kon.csv: ")
                .contains("lacks the required column(s) kon")
                .contains("beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part");
        assertThat(jdbc.queryForList("SELECT person_lopnr FROM migrationsverket_permit", String.class)).containsExactly("MV-1");
        assertThat(count("SELECT COUNT(*) FROM source_file WHERE status = 'REJECTED' AND rows_read = 0")).isEqualTo(1);
        assertThat(tables()).containsEntry("Tabell 5;Uppehållstillstånd för betänketid;2024 / Totalt", "1;");
        assertAccountingHolds();
    }

    // --- helpers ---

    /** Writes the header and rows (written with ';') in the encoding's charset, BOM and separator, CRLF line ends. */
    private Path csv(String name, Encoding encoding, List<String> rows) throws Exception {
        Files.createDirectories(input.resolve("migrationsverket"));
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        for (String line : lines) {
            List<String> fields = new ArrayList<>();
            for (String field : line.split(";", -1)) {
                fields.add(field.indexOf(encoding.separator) >= 0 ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            text.append(String.join(String.valueOf(encoding.separator), fields)).append("\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (encoding.bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(text.toString().getBytes(encoding.charset));
        Path file = input.resolve("migrationsverket").resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** Tabell 5 for 2022–2024 with every cell given as (year, column) → value, per row. */
    private static PublishedTable tabell5(BiFunction<Integer, String, Integer> bevis, BiFunction<Integer, String, Integer> betanketid,
            BiFunction<Integer, String, Integer> personer) {
        List<String> columns = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            for (String kon : List.of(TillstandTables.KVINNOR, TillstandTables.MAN, TillstandTables.TOTALT)) {
                columns.add(year + " / " + kon);
            }
        }
        return new PublishedTable("Tabell 5", "Tabell 5", "Indikator 4", List.of(""), columns, List.of(
                row5(TillstandTables.BEVISPERSONER, bevis), row5(TillstandTables.BETANKETID, betanketid),
                row5(TillstandTables.PERSONER, personer)), List.of());
    }

    /** Tabell 5 with only the reflection periods given; no bevisperson permits and no persons. */
    private static PublishedTable tabell5(BiFunction<Integer, String, Integer> betanketid, int bevis, int personer) {
        return tabell5((y, k) -> bevis, betanketid, (y, k) -> personer);
    }

    private static PublishedTable.Row row5(String rad, BiFunction<Integer, String, Integer> value) {
        List<PublishedTable.Cell> cells = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            for (String kon : List.of(TillstandTables.KVINNOR, TillstandTables.MAN, TillstandTables.TOTALT)) {
                cells.add(cell(value.apply(year, kon)));
            }
        }
        return new PublishedTable.Row(rad, List.of(rad), cells);
    }

    /** Tabell 6 for 2022–2024: the year given holds the figures (Totalt their sum), the other years zero. */
    private static PublishedTable tabell6(int year, int aklagare, int polis, int socialnamnd, int varav) {
        List<String> columns = List.of("2022", "2023", "2024");
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put(TillstandTables.AKLAGARMYNDIGHETEN, aklagare);
        figures.put(TillstandTables.POLISMYNDIGHETEN, polis);
        figures.put(TillstandTables.SOCIALNAMND, socialnamnd);
        figures.put(TillstandTables.VARAV_REGIONKOORDINATOR, varav);
        figures.put(TillstandTables.TOTALT, aklagare + polis + socialnamnd);
        List<PublishedTable.Row> rows = new ArrayList<>();
        figures.forEach((rad, value) -> rows.add(new PublishedTable.Row(rad, List.of(rad),
                columns.stream().map(c -> cell(Integer.parseInt(c) == year ? value : 0)).toList())));
        return new PublishedTable("Tabell 6", "Tabell 6", "Indikator 4", List.of("Sökande part"), columns, rows, List.of());
    }

    private static PublishedTable.Cell cell(int value) {
        return new PublishedTable.Cell(BigDecimal.valueOf(value), null, null, List.of());
    }

}
