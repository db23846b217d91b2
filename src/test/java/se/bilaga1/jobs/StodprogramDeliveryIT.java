package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import se.bilaga1.reconcile.RuleContext;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.PublishedTable;

/**
 * The support programmes NSP and ÅMP (Tabell 3 and 4) through the whole rebuild: each programme's stated Totalt
 * (and NSP's Vuxna) against the sum of its parts, the sample's one printed inconsistency (ÅMP 2024: 33 against
 * 32) as the only FEL, consistent deliveries with and without NSP's adult total giving only OK, an unknown
 * programme or category quarantined with its row, column and reason, and the funds in the workbook.
 */
class StodprogramDeliveryIT extends DeliveryTestBase {

    static final String ANTAL = "program;ar;kategori;antal";
    static final String MEDEL = "program;ar;medel_kr";
    static final String RULE = "stodprogram.delar_mot_totalt";

    @Test
    void theSamplesOnlyInconsistencyIsAmp2024sTotal() throws Exception {
        Files.createDirectories(input.resolve("stodprogram"));
        for (String name : List.of("nsp.csv", "amp.csv", "medel.txt")) {
            Files.copy(Path.of("input/stodprogram").resolve(name), input.resolve("stodprogram").resolve(name));
        }

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(files()).containsExactly("stodprogram/amp.csv LOADED stodprogram.antal 19=18+0+1",
                "stodprogram/medel.txt LOADED stodprogram.medel 7=6+0+1",
                "stodprogram/nsp.csv LOADED stodprogram.antal 20=19+0+1");
        assertThat(jdbc.queryForList("SELECT beskrivning || ';' || vanster || ';' || hoger FROM reconciliation_result"
                + " WHERE status <> 'OK'", String.class)).containsExactly(
                        "2024: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger);33;32");
        assertThat(jdbc.queryForList("SELECT regel || ' ' || tabell FROM reconciliation_result WHERE status <> 'OK'",
                String.class)).containsExactly(RULE + " Tabell 4");
        List<String> checks = jdbc.queryForList("SELECT tabell || ' ' || beskrivning || ';' || vanster || ';' || hoger || ';'"
                + " || status FROM reconciliation_result WHERE regel = ? ORDER BY seq", String.class, RULE);
        assertThat(checks).hasSize(11).contains(
                "Tabell 3 2021: Vuxna + Barn (vänster) mot Totalt (höger);36;36;OK",
                "Tabell 3 2024: kvinnor + transkvinnor + män (vänster) mot Vuxna (höger);39;39;OK",
                "Tabell 3 2024: Vuxna + Barn (vänster) mot Totalt (höger);63;63;OK",
                "Tabell 4 2021: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger);61;61;OK",
                "Tabell 4 2023: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger);61;61;OK",
                "Tabell 4 2024: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger);33;32;FEL");
        // the programme's own Totalt is published as stated, never replaced by the sum
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Tabell 4;Totalt;2024", "32;")
                .containsEntry("Tabell 4;Kvinnor;2024", "18;")
                .containsEntry("Tabell 4;Flickor;2021", ";.. ingen uppgift i programmets redovisning")
                .containsEntry("Tabell 3;Vuxna;2021", "19;")
                .containsEntry("Tabell 3;Vuxna / Kvinnor;2021", ";.. ingen uppgift i programmets redovisning")
                .containsEntry("Tabell 3;Vuxna / Transkvinna;2024", "1;")
                .containsEntry("Tabell 3;Barn;2024", "24;")
                .containsEntry("Tabell 3;Totalt;2024", "63;");

        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("bilaga1-2024.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Stödprogram");
            int title = rowStarting(sheet, "Medel som Jämställdhetsmyndigheten fördelat till stödprogrammen, kronor");
            assertThat(texts(sheet.getRow(title + 2))).containsExactly("Program", "2021", "2022", "2023", "2024");
            assertThat(texts(sheet.getRow(title + 3))).containsExactly("Nationella stödprogrammet (NSP)", "..", "2500000",
                    "3200000", "3200000");
            assertThat(texts(sheet.getRow(title + 4))).containsExactly("Återvändandeprogrammet (ÅMP)", "..", "4300000",
                    "3960000", "6900000");
            Cell funds = sheet.getRow(title + 4).getCell(4);
            assertThat(funds.getNumericCellValue()).isEqualTo(6_900_000.0);
            assertThat(funds.getCellStyle().getDataFormatString()).contains("#,##0");
        }
    }

    @Test
    void consistentDeliveriesGiveOnlyOkWithOrWithoutNspsAdultTotal() throws Exception {
        // NSP as the sample writes it (Vuxna stated) in 2023 and 2024; as the contract lists the categories (no
        // Vuxna: Totalt is then women + trans women + men + children) in 2022; ÅMP with and without children
        csv("nsp.csv", ANTAL, List.of(
                "NSP;2022;Kvinnor;20", "NSP;2022;Män;5", "NSP;2022;Barn;10", "NSP;2022;Totalt;35",
                "NSP;2023;Vuxna;30", "NSP;2023;Kvinnor;25", "NSP;2023;Män;5", "NSP;2023;Barn;12", "NSP;2023;Totalt;42",
                "NSP;2024;Vuxna;31", "NSP;2024;Kvinnor;25", "NSP;2024;Transkvinna;1", "NSP;2024;Män;5", "NSP;2024;Barn;9",
                "NSP;2024;Totalt;40"));
        csv("amp.csv", ANTAL, List.of(
                "ÅMP;2023;Kvinnor;10", "ÅMP;2023;Män;8", "ÅMP;2023;Totalt;18",
                "ÅMP;2024;Kvinnor;18", "ÅMP;2024;Män;11", "ÅMP;2024;Flickor;1", "ÅMP;2024;Pojkar;2", "ÅMP;2024;Totalt;32"));
        csv("medel.csv", MEDEL, List.of("NSP;2024;3 200 000", "ÅMP;2024;6 900 000"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(count("SELECT COUNT(*) FROM quarantine_row")).isZero();
        List<String> checks = jdbc.queryForList("SELECT tabell || ' ' || beskrivning || ';' || vanster || ';' || hoger || ';'"
                + " || status FROM reconciliation_result WHERE regel = ? ORDER BY seq", String.class, RULE);
        assertThat(checks).containsExactly(
                "Tabell 3 2022: kvinnor + transkvinnor + män + barn (vänster) mot Totalt (höger);35;35;OK",
                "Tabell 3 2023: kvinnor + transkvinnor + män (vänster) mot Vuxna (höger);30;30;OK",
                "Tabell 3 2023: Vuxna + Barn (vänster) mot Totalt (höger);42;42;OK",
                "Tabell 4 2023: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger);18;18;OK",
                "Tabell 3 2024: kvinnor + transkvinnor + män (vänster) mot Vuxna (höger);31;31;OK",
                "Tabell 3 2024: Vuxna + Barn (vänster) mot Totalt (höger);40;40;OK",
                "Tabell 4 2024: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger);32;32;OK");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK'")).isZero();
        assertThat(jdbc.queryForList("SELECT program || ' ' || ar || ' ' || medel_kr FROM stodprogram_medel ORDER BY row_no",
                String.class)).containsExactly("NSP 2024 3200000", "ÅMP 2024 6900000");
        assertThat(tables()).containsEntry("Tabell 3;Vuxna / Transkvinna;2024", "1;")
                .containsEntry("Tabell 3;Vuxna;2022", ";.. ingen uppgift i programmets redovisning")
                .containsEntry("Tabell 3;Totalt;2022", "35;");
    }

    @Test
    void anUnknownProgrammeOrCategoryIsQuarantinedWithRowColumnAndReason() throws Exception {
        csv("amp.csv", ANTAL, List.of(
                "ÅMP;2024;Kvinnor;18",
                "ÅMP;2024;Tonåringar;3",
                "XYZ;2024;Kvinnor;3",
                "ÅMP;2024;Kvinnor;5",
                "ÅMP;2024;Män;12x",
                "amp;2024;Män;11",
                "ÅMP;1800;Flickor;1",
                "ÅMP;2024;Totalt;29",
                "Källa: IOM"));
        csv("medel.csv", MEDEL, List.of("NSP;2024;3,2 milj", "SIDA;2024;100", "ÅMP;2024;6900000"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> quarantined = jdbc.queryForList("SELECT f.file_name, q.row_no, q.column_name,"
                + " q.raw_value, q.reason FROM quarantine_row q JOIN source_file f ON f.id = q.source_file_id"
                + " ORDER BY f.file_name, q.row_no");
        assertThat(quarantined).extracting(q -> q.get("FILE_NAME"), q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"),
                q -> q.get("RAW_VALUE")).containsExactly(
                        tuple("stodprogram/amp.csv", 3, "C (kategori)", "Tonåringar"),
                        tuple("stodprogram/amp.csv", 4, "A (program)", "XYZ"),
                        tuple("stodprogram/amp.csv", 5, "C (kategori)", "Kvinnor"),
                        tuple("stodprogram/amp.csv", 6, "D (antal)", "12x"),
                        tuple("stodprogram/amp.csv", 8, "B (ar)", "1800"),
                        tuple("stodprogram/medel.csv", 2, "C (medel_kr)", "3,2 milj"),
                        tuple("stodprogram/medel.csv", 3, "A (program)", "SIDA"));
        assertThat(quarantined).extracting(q -> (String) q.get("REASON")).startsWith(
                "expected one of Vuxna, Kvinnor, Transkvinnor, Män, Flickor, Pojkar, Barn, Totalt",
                "expected NSP or ÅMP",
                "ÅMP 2024 Kvinnor given twice: the first one stays")
                .contains("expected a year 1990–2100", "expected NSP or ÅMP");
        assertThat(jdbc.queryForList("SELECT program || ' ' || ar || ' ' || kategori || ' ' || antal FROM stodprogram_antal"
                + " ORDER BY row_no", String.class)).containsExactly("ÅMP 2024 Kvinnor 18", "ÅMP 2024 Män 11",
                        "ÅMP 2024 Totalt 29");
        assertThat(files()).containsExactly("stodprogram/amp.csv LOADED stodprogram.antal 10=3+5+2",
                "stodprogram/medel.csv LOADED stodprogram.medel 4=1+2+1");
        assertThat(count("SELECT COUNT(*) FROM source_file WHERE rows_read <> rows_loaded + rows_quarantined + rows_notes"))
                .isZero();
        assertThat(tables()).containsEntry("Tabell 4;Kvinnor;2024", "18;").containsEntry("Tabell 4;Totalt;2024", "29;")
                .containsEntry("Tabell 4;Flickor;2024", ";.. ingen uppgift i programmets redovisning");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK'")).isZero();
    }

    @Test
    void programmeRulesFailOnCraftedTables() {
        // NSP 2024: Vuxna 40 but 25 + 1 + 10 = 36; Vuxna + Barn 40 + 24 = 64 against Totalt 63
        // ÅMP 2024: 18 + 11 + 2 + 2 = 33 against 32; 2023 without children: 21 + 33 = 54 against 54
        Map<String, Integer> nsp2024 = new LinkedHashMap<>();
        nsp2024.put("Vuxna", 40);
        nsp2024.put("Vuxna / Kvinnor", 25);
        nsp2024.put("Vuxna / Transkvinna", 1);
        nsp2024.put("Vuxna / Män", 10);
        nsp2024.put("Barn", 24);
        nsp2024.put("Totalt", 63);
        Map<String, Integer> amp2024 = Map.of("Kvinnor", 18, "Män", 11, "Flickor", 2, "Pojkar", 2, "Totalt", 32);
        Map<String, Integer> amp2023 = Map.of("Kvinnor", 21, "Män", 33, "Totalt", 54);
        RuleContext broken = RuleContext.of(2024, List.of(
                table("Tabell 3", List.of("Vuxna", "Vuxna / Kvinnor", "Vuxna / Transkvinna", "Vuxna / Män", "Barn", "Totalt"),
                        Map.of("2024", nsp2024)),
                table("Tabell 4", List.of("Kvinnor", "Män", "Flickor", "Pojkar", "Totalt"),
                        Map.of("2023", amp2023, "2024", amp2024))));

        List<RuleResult> results = rule(RULE).check(broken);

        assertThat(results).containsExactlyInAnyOrder(
                new RuleResult(RULE, "Tabell 3", "2024: kvinnor + transkvinnor + män (vänster) mot Vuxna (höger)", "36",
                        "40", RuleResult.Status.FEL),
                new RuleResult(RULE, "Tabell 3", "2024: Vuxna + Barn (vänster) mot Totalt (höger)", "64", "63",
                        RuleResult.Status.FEL),
                new RuleResult(RULE, "Tabell 4", "2024: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger)",
                        "33", "32", RuleResult.Status.FEL),
                new RuleResult(RULE, "Tabell 4", "2023: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger)",
                        "54", "54", RuleResult.Status.OK));

        // no figures at all: one row saying so
        RuleContext empty = RuleContext.of(2024, List.of(
                table("Tabell 3", List.of("Vuxna", "Vuxna / Kvinnor", "Vuxna / Transkvinna", "Vuxna / Män", "Barn", "Totalt"),
                        Map.of()),
                table("Tabell 4", List.of("Kvinnor", "Män", "Flickor", "Pojkar", "Totalt"), Map.of())));
        assertThat(rule(RULE).check(empty)).containsExactly(new RuleResult(RULE, "Tabell 3",
                "Inga celler med värden att jämföra", "", "", RuleResult.Status.OK));
    }

    // --- helpers ---

    private void csv(String name, String header, List<String> rows) throws Exception {
        Files.createDirectories(input.resolve("stodprogram"));
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        Files.writeString(input.resolve("stodprogram").resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A programme table for 2021–2024: the rows given, each year's figures as given (a figure left out is missing). */
    private static PublishedTable table(String tabell, List<String> rows, Map<String, Map<String, Integer>> byYear) {
        List<String> years = List.of("2021", "2022", "2023", "2024");
        List<PublishedTable.Row> tableRows = new ArrayList<>();
        for (String rad : rows) {
            tableRows.add(new PublishedTable.Row(rad, List.of(rad), years.stream().map(y -> {
                Integer v = byYear.getOrDefault(y, Map.of()).get(rad);
                return v == null ? PublishedTable.Cell.missing("crafted")
                        : new PublishedTable.Cell(BigDecimal.valueOf(v), null, null, List.of());
            }).toList()));
        }
        return new PublishedTable(tabell, tabell, "Stödprogram", List.of("Antal som beviljats stöd"), years, tableRows,
                List.of());
    }

    private static int rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row '" + text + "' on " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }

    /** Each source file as "name status layout read=loaded+quarantined+notes", by name. */
    private List<String> files() {
        return jdbc.queryForList("SELECT file_name || ' ' || status || ' ' || COALESCE(layout, 'null') || ' ' || rows_read"
                + " || '=' || rows_loaded || '+' || rows_quarantined || '+' || rows_notes FROM source_file ORDER BY file_name",
                String.class);
    }

}
