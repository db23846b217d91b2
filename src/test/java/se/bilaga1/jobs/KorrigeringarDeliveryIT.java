package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import se.bilaga1.publish.ShownCorrection;

/**
 * The analysts' corrections of coordinator cases through the whole rebuild: applied after loading (the case's
 * field changes, Tabell 1 and 2 move, the correction keeps the value before), listed in the workbook with every
 * published cell they moved, before and after; a correction naming no case, a field that cannot be corrected or
 * a value outside the field's vocabulary is a FEL naming the correction and its row; one without a motivering is
 * quarantined.
 */
class KorrigeringarDeliveryIT extends DeliveryTestBase {

    static final String CASES = "arende_id;polisregion;ar;kon;alder;exploateringsform;misstanke;bransch";
    static final String HEADER = "id;kalla;nyckel;falt;nytt_varde;motivering;beslutad_av;datum";
    static final String WHY = "Thaimassage: registreras som sexuella ändamål";

    @Test
    void anAppliedCorrectionChangesTheCaseMovesTheTablesAndIsListedWithEveryMovedCell() throws Exception {
        cases();
        corrections(List.of(
                "K-1;regionkoordinatorer;Stockholm/2024/ST-1;exploateringsform;Sexuella ändamål;" + WHY + ";NSPM analysgrupp;"
                        + "2025-02-14",
                "K-2;regionkoordinatorer;Stockholm/2024/ST-3;kon;Kvinna;Fel kön registrerat;NSPM analysgrupp;2025-02-15",
                "K-3;regionkoordinatorer;Väst/2024/VA-1;exploateringsform;Sexuella ändamål;;NSPM analysgrupp;2025-02-14"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // the cases as corrected; the case files themselves are untouched
        assertThat(jdbc.queryForList("SELECT polisregion || '/' || arende_id || ' ' || kon || ' ' || exploateringsform"
                + " FROM regionkoordinator_case ORDER BY polisregion, arende_id", String.class)).containsExactly(
                        "Stockholm/ST-1 KVINNA SEXUELLA_ANDAMAL", "Stockholm/ST-2 KVINNA SEXUELLA_ANDAMAL",
                        "Stockholm/ST-3 KVINNA ARBETSKRAFT", "Väst/VA-1 KVINNA MULTIPEL_EXPLOATERING");
        assertThat(Files.readString(input.resolve("regionkoordinatorer/stockholm-2024.csv"))).contains(
                "ST-1;Stockholm;2024;Kvinna;30;Multipel exploatering");
        assertThat(jdbc.queryForList("SELECT korrigering_id, status, tidigare_varde, nytt_varde, meddelande FROM korrigering"
                + " ORDER BY korrigering_id")).extracting(k -> k.get("KORRIGERING_ID"), k -> k.get("STATUS"),
                        k -> k.get("TIDIGARE_VARDE"), k -> k.get("NYTT_VARDE"), k -> k.get("MEDDELANDE")).containsExactly(
                                tuple("K-1", "APPLIED", "MULTIPEL_EXPLOATERING", "Sexuella ändamål", null),
                                tuple("K-2", "APPLIED", "MAN", "Kvinna", null));
        // K-3 has no motivering
        assertThat(jdbc.queryForList("SELECT f.file_name, q.row_no, q.column_name, q.raw_value, q.reason FROM quarantine_row q"
                + " JOIN source_file f ON f.id = q.source_file_id")).extracting(q -> q.get("FILE_NAME"),
                        q -> q.get("ROW_NO"), q -> q.get("COLUMN_NAME"), q -> q.get("RAW_VALUE"), q -> q.get("REASON"))
                .containsExactly(tuple("korrigeringar/korrigeringar-2024.csv", 4, "F (motivering)", "",
                        "blank: a correction needs its motivering"));
        assertThat(jdbc.queryForObject("SELECT rows_read || '=' || rows_loaded || '+' || rows_quarantined || '+' || rows_notes"
                + " FROM source_file WHERE file_name = 'korrigeringar/korrigeringar-2024.csv'", String.class))
                .isEqualTo("4=2+1+1");

        // as delivered: Sexuella ändamål 1 (ST-2), Multipel 2 (ST-1, VA-1), Arbetskraft 1; women 3, men 1 (ST-3)
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("Tabell 1;Sexuella ändamål;2024", "2;")
                .containsEntry("Tabell 1;Multipel exploatering;2024", "1;")
                .containsEntry("Tabell 1;Arbetskraft;2024", "1;")
                .containsEntry("Tabell 1;Totalt antal personer;2024", "4;")
                .containsEntry("Tabell 2;Vuxna / Kvinnor;2024", "4;")
                .containsEntry("Tabell 2;Vuxna / Män;2024", "0;")
                .containsEntry("Tabell 2;Totalt samtliga;2024", "4;");
        assertThat(reconciliation()).contains("korrigeringar.arende_finns;Korrigeringar;Tillämpade korrigeringar (vänster)"
                + " av levererade (höger);2;2;OK");
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status <> 'OK' AND (regel LIKE 'tabell1.%'"
                + " OR regel LIKE 'tabell2.%' OR regel LIKE 'regionkoordinatorer.%' OR regel LIKE 'korrigeringar.%')")).isZero();

        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("bilaga1-2024.xlsx").toFile())) {
            List<List<String>> sheet = rows(workbook.getSheet("Korrigeringar"));
            assertThat(sheet.get(0)).containsExactly("Analytikernas korrigeringar");
            assertThat(sheet.get(1)).containsExactly("Id", "Källa", "Nyckel", "Fält", "Värde före", "Nytt värde", "Motivering",
                    "Beslutad av", "Datum", "Status", "Fil och rad", "Meddelande", "Publicerade celler den flyttade");
            // a correction of a case is about one person: id, field, new category, status, who and when, the cells it
            // moved; never the case's region and year, its value before or the reason written for it
            assertThat(sheet.get(2)).containsExactly("K-1", "regionkoordinatorer", ShownCorrection.WITHHELD,
                    "exploateringsform", ShownCorrection.WITHHELD, "Sexuella ändamål", ShownCorrection.WITHHELD,
                    "NSPM analysgrupp", "2025-02-14", "APPLIED", "korrigeringar/korrigeringar-2024.csv rad 2", "",
                    "Tabell 1 · Sexuella ändamål · 2024: 1 → 2; Tabell 1 · Multipel exploatering · 2024: 2 → 1");
            assertThat(sheet.get(3)).containsExactly("K-2", "regionkoordinatorer", ShownCorrection.WITHHELD, "kon",
                    ShownCorrection.WITHHELD, "Kvinna", ShownCorrection.WITHHELD, "NSPM analysgrupp", "2025-02-15", "APPLIED",
                    "korrigeringar/korrigeringar-2024.csv rad 3", "",
                    "Tabell 2 · Vuxna / Kvinnor · 2024: 3 → 4; Tabell 2 · Vuxna / Män · 2024: 1 → 0");
            assertThat(sheet.stream().flatMap(List::stream)).noneMatch(t -> t.contains("Stockholm") || t.contains("MULTIPEL")
                    || t.contains(WHY) || t.contains("Fel kön registrerat"));
            assertThat(sheet.get(6)).containsExactly("Publicerade celler som korrigeringarna flyttade");
            assertThat(sheet.get(7)).containsExactly("Tabell", "Rad", "Kolumn", "Före", "Efter", "Korrigeringar");
            // every moved cell, and only those: Tabell 1's total and Tabell 2's total did not move
            assertThat(sheet.subList(8, sheet.size())).containsExactly(
                    List.of("Tabell 1", "Sexuella ändamål", "2024", "1", "2", "K-1"),
                    List.of("Tabell 1", "Multipel exploatering", "2024", "2", "1", "K-1"),
                    List.of("Tabell 2", "Vuxna / Kvinnor", "2024", "3", "4", "K-2"),
                    List.of("Tabell 2", "Vuxna / Män", "2024", "1", "0", "K-2"));
        }
    }

    @Test
    void aCorrectionNamingNoCaseNoFieldOrNoValueIsAFelNamingItsIdAndRow() throws Exception {
        cases();
        corrections(List.of(
                "K-1;regionkoordinatorer;Stockholm/2024/ST-99;exploateringsform;Sexuella ändamål;" + WHY
                        + ";NSPM analysgrupp;2025-02-14",
                "K-2;regionkoordinatorer;Stockholm/2023/ST-1;exploateringsform;Sexuella ändamål;" + WHY
                        + ";NSPM analysgrupp;2025-02-14",
                "K-3;regionkoordinatorer;Stockholm/2024/ST-1;favoritfarg;Blå;Prov;NSPM analysgrupp;2025-02-14",
                "K-4;regionkoordinatorer;Stockholm/2024/ST-1;exploateringsform;Slaveri;Prov;NSPM analysgrupp;2025-02-14",
                "K-5;regionkoordinatorer;ST-1;exploateringsform;Annat;Prov;NSPM analysgrupp;2025-02-14",
                "K-6;polisen;Stockholm/2024/ST-1;exploateringsform;Annat;Prov;NSPM analysgrupp;2025-02-14",
                "K-7;regionkoordinatorer;Väst/2024/VA-1;kon;Man;Fel kön;NSPM analysgrupp;2025-02-14"));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT korrigering_id || ' ' || status || ' ' || COALESCE(meddelande, '-') FROM korrigering"
                + " ORDER BY korrigering_id", String.class)).containsExactly(
                        "K-1 FEL no case with that key in the warehouse",
                        "K-2 FEL no case with that key in the warehouse",
                        "K-3 FEL the field 'favoritfarg' cannot be corrected: expected one of aldersgrupp, bransch,"
                                + " exploateringsform, hanvisande_aktor, kon, misstanke, upptackt_via_akc, ursprungsland",
                        "K-4 FEL 'Slaveri' is not a value of exploateringsform",
                        "K-5 FEL the key is not a case key: expected polisregion/ar/arende_id, e.g. Stockholm/2024/<arende_id>",
                        "K-6 FEL 'polisen' is no source that corrections apply to: expected regionkoordinatorer",
                        "K-7 APPLIED -");
        // nothing half-applied: ST-1 is as delivered
        assertThat(jdbc.queryForObject("SELECT exploateringsform FROM regionkoordinator_case WHERE arende_id = 'ST-1'",
                String.class)).isEqualTo("MULTIPEL_EXPLOATERING");

        List<String> reconciliation = reconciliation();
        assertThat(reconciliation).contains(
                "korrigeringar.arende_finns;Korrigeringar;Korrigering K-1 (korrigeringar/korrigeringar-2024.csv rad 2) kan"
                        + " inte tillämpas: no case with that key in the warehouse;(ärendenyckel dold);finns inte;FEL",
                "korrigeringar.arende_finns;Korrigeringar;Korrigering K-3 (korrigeringar/korrigeringar-2024.csv rad 4) kan"
                        + " inte tillämpas: the field 'favoritfarg' cannot be corrected: expected one of aldersgrupp, bransch,"
                        + " exploateringsform, hanvisande_aktor, kon, misstanke, upptackt_via_akc, ursprungsland;"
                        + "(ärendenyckel dold);finns inte;FEL",
                "korrigeringar.arende_finns;Korrigeringar;Korrigering K-4 (korrigeringar/korrigeringar-2024.csv rad 5) kan"
                        + " inte tillämpas: 'Slaveri' is not a value of exploateringsform;(ärendenyckel dold);"
                        + "finns inte;FEL",
                "korrigeringar.arende_finns;Korrigeringar;Tillämpade korrigeringar (vänster) av levererade (höger);1;7;FEL");
        assertThat(jdbc.queryForList("SELECT beskrivning FROM reconciliation_result WHERE regel = 'korrigeringar.arende_finns'"
                + " AND status = 'FEL' ORDER BY id", String.class)).hasSize(7)
                .allSatisfy(b -> assertThat(b).doesNotContain("ST-1").doesNotContain("ST-99"));
        assertThat(reconciliation).noneSatisfy(line -> assertThat(line).contains("ST-1"));
        // nor a case's region and year, in its key or a message (the key's form is explained by a fixed example)
        assertThat(reconciliation.stream().filter(l -> l.startsWith("korrigeringar."))
                .map(l -> l.replace("e.g. Stockholm/2024/<arende_id>", "")))
                .noneMatch(l -> l.contains("Stockholm") || l.contains("Väst") || l.contains("2023"));
        assertThat(tables()).containsEntry("Tabell 1;Multipel exploatering;2024", "2;")
                .containsEntry("Tabell 2;Vuxna / Män;2024", "2;");

        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("bilaga1-2024.xlsx").toFile())) {
            List<List<String>> sheet = rows(workbook.getSheet("Korrigeringar"));
            assertThat(sheet.get(3)).containsExactly("K-2", "regionkoordinatorer", ShownCorrection.WITHHELD,
                    "exploateringsform", ShownCorrection.WITHHELD, "Sexuella ändamål", ShownCorrection.WITHHELD,
                    "NSPM analysgrupp", "2025-02-14", "FEL", "korrigeringar/korrigeringar-2024.csv rad 3",
                    "no case with that key in the warehouse");
            assertThat(sheet.get(6).subList(0, 3)).containsExactly("K-5", "regionkoordinatorer", ShownCorrection.WITHHELD);
            assertThat(sheet.get(7).subList(0, 3)).containsExactly("K-6", "polisen", "(nyckel dold)");
            assertThat(sheet).anySatisfy(r -> assertThat(r).containsExactly("Tabell 2", "Vuxna / Män", "2024", "1", "2", "K-7"));
            assertThat(sheet.stream().flatMap(List::stream)).noneMatch(t -> t.contains("ST-1") || t.contains("VA-1"));
        }
    }

    // --- helpers ---

    /** Stockholm 2024: ST-1 (Multipel), ST-2 (Sexuella ändamål), ST-3 (a man, Arbetskraft); Väst 2024: VA-1 (Multipel). */
    private void cases() throws Exception {
        write("regionkoordinatorer/stockholm-2024.csv", CASES, List.of(
                "ST-1;Stockholm;2024;Kvinna;30;Multipel exploatering;Människohandel;Skönhet och kroppsvård",
                "ST-2;Stockholm;2024;Kvinna;25;Sexuella ändamål;Människohandel;",
                "ST-3;Stockholm;2024;Man;40;Arbetskraft;Människoexploatering;Bygg"));
        write("regionkoordinatorer/vast-2024.csv", CASES, List.of(
                "VA-1;Väst;2024;Kvinna;35;Multipel;Människohandel;Skönhet och kroppsvård"));
    }

    private void corrections(List<String> rows) throws Exception {
        write("korrigeringar/korrigeringar-2024.csv", HEADER, rows);
    }

    private void write(String name, String header, List<String> rows) throws Exception {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A sheet's rows as texts, trailing empty cells left out. */
    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter plain = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> texts = new ArrayList<>();
            for (int i = 0; row != null && i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? String.valueOf((long) cell.getNumericCellValue()) : plain.formatCellValue(cell));
            }
            while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
                texts.remove(texts.size() - 1);
            }
            rows.add(texts);
        }
        return rows;
    }

}
