package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.testsupport.PublishedReference;

/**
 * The end-to-end contract of a rebuild on the project's sample inputs, run by the CLI's own code path against
 * whichever database the subclass configures (H2 file, PostgreSQL).
 */
abstract class RebuildEndToEndContract {

    static final Path SAMPLE_INPUT = Path.of("input");

    @Autowired
    TestRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    static final String[] TABLES = {"Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4", "Tabell 5", "Tabell 6", "Tabell 7",
        "Tabell 8"};

    @Test
    void reproducesEveryCellOfTabell1To8AsPrintedInTheReport() throws Exception {
        JobExecution run = rebuild.rebuild(2024, SAMPLE_INPUT, output);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> published = PublishedReference.reference(TABLES);
        Map<String, String> generated = PublishedReference.cells(output.resolve("bilaga1-2024-tabeller.csv"), TABLES);
        assertThat(published).hasSize(191);
        assertThat(generated).containsAllEntriesOf(published);
        // the cells the report leaves blank are true zeros, or missing where a programme gave no figure
        assertThat(generated.entrySet().stream().filter(e -> !published.containsKey(e.getKey())))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isIn("0", ""));
        assertThat(generated).containsEntry("Tabell 6;Socialnämnd eller motsvarande / varav från regionkoordinator;2022", "0")
                .containsEntry("Tabell 1;Organhandel;2021", "0").containsEntry("Tabell 3;Vuxna / Kvinnor;2021", "");
    }

    @Test
    void figur3To7GiveShareNumeratorDenominatorAndResponseRatePerSurveyYear() throws Exception {
        rebuild.rebuild(2024, SAMPLE_INPUT, output);

        Map<String, String> figures = PublishedReference.cells(output.resolve("bilaga1-2024-tabeller.csv"), "Figur 3",
                "Figur 4", "Figur 5", "Figur 6", "Figur 7");
        assertThat(figures.keySet().stream().map(k -> k.substring(0, k.indexOf(';'))).distinct())
                .containsExactly("Figur 3", "Figur 4", "Figur 5", "Figur 6", "Figur 7");
        // 219 of 290 answered in 2023; a third of them offer knowledge and method support (49 own + 24 agreement)
        assertThat(figures).containsEntry("Figur 6;2023;Andel", "0.333").containsEntry("Figur 6;2023;Täljare", "73")
                .containsEntry("Figur 6;2023;I egen regi", "49").containsEntry("Figur 6;2023;Genom samverkansavtal", "24")
                .containsEntry("Figur 6;2023;Nämnare", "219").containsEntry("Figur 6;2023;Svarande kommuner", "219")
                .containsEntry("Figur 6;2023;Svarsfrekvens", "0.755");
        assertThat(figures).containsEntry("Figur 3;2019;Nämnare", "205").containsEntry("Figur 3;2023;Täljare", "29");
        // Brå's survey: 281 of 290 municipalities answered in 2023 (97 %); the denominator is those that mapped
        assertThat(figures).containsEntry("Figur 5;2023;Svarsfrekvens", "0.969").containsEntry("Figur 5;2023;Nämnare", "259")
                .containsEntry("Figur 5;2023;Täljare", "24").containsEntry("Figur 5;2024;Andel", "0.103");
        assertThat(figures.keySet()).noneMatch(k -> k.startsWith("Figur 3;2018") || k.startsWith("Figur 3;2025"));
    }

    @Test
    void everyRowReadIsLoadedQuarantinedOrANote() throws Exception {
        rebuild.rebuild(2024, SAMPLE_INPUT, output);

        List<Map<String, Object>> files = jdbc.queryForList("SELECT file_name, status, rows_read, rows_loaded,"
                + " rows_quarantined, rows_notes FROM source_file ORDER BY file_name");
        // 4 Brå, 3 kommunenkät, 1 corrections, 1 Migrationsverket, 28 regions × years, 3 support programme files
        assertThat(files).hasSize(40).allSatisfy(f -> assertThat(f.get("status")).as("%s", f.get("file_name"))
                .isEqualTo("LOADED"));
        Map<String, int[]> byName = new java.util.HashMap<>();
        files.forEach(f -> byName.put((String) f.get("file_name"), new int[] {((Number) f.get("rows_read")).intValue(),
            ((Number) f.get("rows_loaded")).intValue(), ((Number) f.get("rows_quarantined")).intValue()}));
        // title 2 + header 1 + statutes 5 + footnotes 2; header + 260 rows; title + header + 290 municipalities;
        // header + 299 permits; header + 19 corrections
        assertThat(byName.get("bra/anmalda-brott-2020-2024.xlsx")).containsExactly(10, 5, 0);
        assertThat(byName.get("bra/anmalda-brott-detalj-2024.csv")).containsExactly(261, 260, 0);
        assertThat(byName.get("kommunenkat/kommunenkat-2023.xlsx")).containsExactly(292, 290, 0);
        assertThat(byName.get("migrationsverket/beviljade-uppehallstillstand-5-15-2022-2024.csv")).containsExactly(300, 299, 0);
        assertThat(byName.get("korrigeringar/korrigeringar-2024.csv")).containsExactly(20, 19, 0);
        // the one planned duplicate case: quarantined, the first stays
        assertThat(byName.get("regionkoordinatorer/syd-2023.xlsx")[2]).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM regionkoordinator_case", Integer.class))
                .isEqualTo(490 + 375 + 414 + 430);
        for (Map<String, Object> f : files) {
            int read = ((Number) f.get("rows_read")).intValue();
            int accounted = ((Number) f.get("rows_loaded")).intValue() + ((Number) f.get("rows_quarantined")).intValue()
                    + ((Number) f.get("rows_notes")).intValue();
            assertThat(accounted).as("accounting of %s", f.get("file_name")).isEqualTo(read);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bra_published_count", Integer.class)).isEqualTo(5 * 5 + 2 * 6);
        assertThat(jdbc.queryForObject("SELECT SUM(antal) FROM bra_detail_count WHERE lagrum = 'BrB 6:11'", Long.class))
                .isEqualTo(1805L);
    }

    @Test
    void reconciliationFindsTheDetailEqualToTheTableForEveryStatute() throws Exception {
        rebuild.rebuild(2024, SAMPLE_INPUT, output);

        List<String> lines = Files.readAllLines(output.resolve("bilaga1-2024-avstamning.csv"));
        assertThat(lines.get(0)).isEqualTo("regel;tabell;beskrivning;vanster;hoger;status");
        List<String> detailRule = lines.stream().filter(l -> l.startsWith("bra.detalj_mot_tabell;")).toList();
        assertThat(detailRule).hasSize(5).allSatisfy(l -> assertThat(l).endsWith(";OK"));
        // the one place the published figures do not add up: ÅMP 2024 prints Totalt 32 over parts making 33
        assertThat(lines.subList(1, lines.size()).stream().filter(l -> !l.endsWith(";OK")))
                .containsExactly("stodprogram.delar_mot_totalt;Tabell 4;2024: kvinnor + män + flickor + pojkar (vänster)"
                        + " mot Totalt (höger);33;32;FEL");
        assertThat(lines.stream().map(l -> l.split(";")[0]).distinct()).contains("tabell5.kon_summerar",
                "tabell5.personer_hogst_tillstand", "tabell6.parter_summerar", "tabell6.mot_tabell5",
                "migrationsverket.person_ett_kon");
        assertThat(detailRule).anySatisfy(l -> assertThat(l).contains("BrB 6:11 2024").endsWith(";1805;1805;OK"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("proveniens;Tabell 7;").endsWith(";25;25;OK"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("proveniens;Tabell 8;").endsWith(";12;12;OK"));
    }

    @Test
    void aSecondRebuildGivesTheSameCsvsAndPxFilesByteForByte() throws Exception {
        rebuild.rebuild(2024, SAMPLE_INPUT, output);
        byte[] tables = Files.readAllBytes(output.resolve("bilaga1-2024-tabeller.csv"));
        byte[] reconciliation = Files.readAllBytes(output.resolve("bilaga1-2024-avstamning.csv"));
        Map<String, byte[]> px = pxFiles();
        assertThat(px).hasSize(13);

        JobExecution second = rebuild.rebuild(2024, SAMPLE_INPUT, output);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readAllBytes(output.resolve("bilaga1-2024-tabeller.csv"))).isEqualTo(tables);
        assertThat(Files.readAllBytes(output.resolve("bilaga1-2024-avstamning.csv"))).isEqualTo(reconciliation);
        Map<String, byte[]> pxAgain = pxFiles();
        assertThat(pxAgain.keySet()).isEqualTo(px.keySet());
        px.forEach((name, bytes) -> assertThat(pxAgain.get(name)).as(name).isEqualTo(bytes));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file", Integer.class)).isEqualTo(40);
    }

    private Map<String, byte[]> pxFiles() throws Exception {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var list = Files.list(output.resolve("px"))) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void theWorkbookHoldsBothTablesInThePublishedLayout() throws Exception {
        rebuild.rebuild(2024, SAMPLE_INPUT, output);

        try (InputStream in = Files.newInputStream(output.resolve("bilaga1-2024.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Översikt", "Indikator 1", "Indikator 2", "Indikator 3", "Indikator 4",
                    "Indikator 5", "Indikator 6", "Indikator 7", "Stödprogram", "Regioner och län", "Indikator 3 fördjupning",
                    "Indikator 3 per region", "Avstämning", "Korrigeringar", "Karantän", "Spårbarhet", "Kvalitetsdeklaration");
            int charts = 0;
            for (String name : List.of("Indikator 1", "Indikator 2", "Indikator 7")) {
                charts += workbook.getSheet(name).createDrawingPatriarch().getCharts().size();
            }
            assertThat(charts).as("one native bar chart per figure").isEqualTo(5);

            // the corrections sheet shows the 19 reclassified cases' effect on Tabell 1
            List<String> corrections = allTexts(workbook.getSheet("Korrigeringar"));
            assertThat(corrections.stream().filter(t -> t.matches("K-0(0[1-9]|1\\d)"))).hasSize(19);
            List<List<String>> moved = new ArrayList<>();
            workbook.getSheet("Korrigeringar").forEach(row -> moved.add(rowTexts(row)));
            assertThat(moved).anySatisfy(r -> assertThat(r).startsWith("Tabell 1", "Multipel exploatering", "2024", "21", "2"))
                    .anySatisfy(r -> assertThat(r).startsWith("Tabell 1", "Sexuella ändamål", "2024", "147", "166"));

            Sheet indikator4 = workbook.getSheet("Indikator 4");
            assertThat(rowTexts(indikator4.getRow(2))).containsExactly("", "2022", "", "", "2023", "", "", "2024", "", "");
            assertThat(rowTexts(indikator4.getRow(3))).containsExactly("", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män",
                    "Totalt", "Kvinnor", "Män", "Totalt");
            assertThat(rowTexts(indikator4.getRow(6))).containsExactly("Personer", "30", "55", "85", "29", "42", "71", "30",
                    "26", "56");
            assertThat(indikator4.getMergedRegions()).hasSize(3);

            Sheet indikator5 = workbook.getSheet("Indikator 5");
            assertThat(indikator5.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tabell 7. Antal anmälda brott 2020-2024.");
            assertThat(rowTexts(indikator5.getRow(2))).containsExactly("Lagrum", "2020", "2021", "2022", "2023", "2024");
            Row kop = indikator5.getRow(6);
            assertThat(kop.getCell(0).getStringCellValue()).isEqualTo("6 kap. 11 § BrB Köp av sexuell tjänst");
            assertThat(kop.getCell(1).getNumericCellValue()).isEqualTo(1055.0);
            assertThat(kop.getCell(5).getNumericCellValue()).isEqualTo(1805.0);
            assertThat(kop.getCell(1).getCellStyle().getDataFormatString()).contains("#,##0");
            assertThat(indikator5.getPaneInformation().isFreezePane()).isTrue();

            Sheet indikator6 = workbook.getSheet("Indikator 6");
            assertThat(rowTexts(indikator6.getRow(3))).containsExactly("BrB 4 kap.", "Människohandel (1a §)", "15", "2", "7",
                    "1", "0", "0");
            assertThat(rowTexts(indikator6.getRow(2))).containsExactly("", "", "2018", "2019", "2020", "2021", "2022", "2023");

            Sheet overview = workbook.getSheet("Översikt");
            String sha = jdbc.queryForObject("SELECT sha256 FROM source_file WHERE file_name = 'bra/anmalda-brott-2020-2024.xlsx'",
                    String.class);
            assertThat(allTexts(overview)).contains("bra/anmalda-brott-2020-2024.xlsx", sha);
            for (Sheet sheet : workbook) {
                assertThat(allTexts(sheet)).as("formula-like text on %s", sheet.getSheetName())
                        .noneMatch(t -> !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0);
            }
        }
    }

    static List<String> rowTexts(Row row) {
        DataFormatter plain = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null) {
                texts.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                texts.add(String.valueOf((long) cell.getNumericCellValue()));
            } else {
                texts.add(plain.formatCellValue(cell));
            }
        }
        return texts;
    }

    static List<String> allTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }
}
