package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.publish.ShownCorrection;
import se.bilaga1.testsupport.Folders;
import se.bilaga1.testsupport.SmallCounts;
import se.bilaga1.testsupport.Workbooks;

/**
 * The coordinators' cases are records about crime victims, and Migrationsverket's rows are people too. After a rebuild
 * on the sample with its 19 applied corrections and a few that fail, three small coordinator files of 2020 (Nord's with
 * two cases and one quarantined), and a Migrationsverket file whose rows are all quarantined: no case id, no case row,
 * no sub-national count of cases from 1 to the threshold (per file or per region and year, computed from the
 * warehouse) and no quarantined person's value is in any output file, the run report, {@code status}, {@code explain}
 * or the log, unless the disclosure check passed it. A correction of a case shows no region, year or value before; a
 * quarantined person's cell shows no value and a reason in fixed words.
 */
@SpringBootTest(properties = "logging.level.se.bilaga1.jobs.RunProgress=INFO")
@ExtendWith(OutputCaptureExtension.class)
class CasePrivacyIT {

    @Autowired
    TestRebuild rebuild;

    @Autowired
    RunReport runReport;

    @Autowired
    StatusCommand status;

    @Autowired
    ExplainCommand explain;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @TempDir
    Path output;

    static final List<Object> CASE_COLUMNS = List.of("arende_id", "polisregion", "ar", "kon", "alder", "exploateringsform",
            "misstanke", "hanvisande_aktor", "ursprungsland", "upptackt_via_akc", "narstaende_barn_i_sverige");

    @Test
    void noCaseNoSmallRegionalCountAndNoQuarantinedPersonLeavesTheWarehouse(CapturedOutput log) throws Exception {
        Folders.copyTree(Path.of("input"), input);
        // corrections that name existing cases but cannot be applied: they are FEL, listed with their reason
        Files.writeString(input.resolve("korrigeringar/korrigeringar-2024-tillagg.csv"), String.join("\n",
                "id;kalla;nyckel;falt;nytt_varde;motivering;beslutad_av;datum",
                "K-101;regionkoordinatorer;Stockholm/2024/ST-0001;favoritfarg;Blå;Prov;NSPM analysgrupp;2025-02-14",
                "K-102;regionkoordinatorer;Väst/2024/VA-0002;exploateringsform;Slaveri;Prov;NSPM analysgrupp;2025-02-14",
                "K-103;regionkoordinatorer;ST-0003;exploateringsform;Annat;Prov;NSPM analysgrupp;2025-02-14",
                "K-104;regionkoordinatorer;ST-0004/2024/Stockholm;kon;Man;Prov;NSPM analysgrupp;2025-02-14",
                "K-105;regionkoordinatorer;Stockholm/2024/ST-0005;kon;Man;;NSPM analysgrupp;2025-02-14", ""),
                StandardCharsets.UTF_8);
        smallRegionsOf2020();
        // Migrationsverket: every row quarantined, each holding a person key and a value that must not be shown
        Files.writeString(input.resolve("migrationsverket/beviljade-tillagg-2024.csv"), String.join("\n",
                "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;polisregion",
                "2024-02-30;MV-HEMLIG-1;5 kap. 15 § första stycket utlänningslagen;Nej;Kvinna;Polismyndigheten;;Syd",
                "2024-03-01;MV-HEMLIG-2;Slaveri-XQZ;Nej;Man;Polismyndigheten;;Nord", ""), StandardCharsets.UTF_8);

        JobExecution run = rebuild.rebuild(2024, input, output);
        // what the command line prints at the end of a run, as the rebuild command does
        String report = runReport.describe(new JobRunner.Run(run, List.of()), 2024, output);
        System.out.println(report);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        String workbook = workbookText(output.resolve("bilaga1-2024.xlsx"));
        String tables = Files.readString(output.resolve("bilaga1-2024-tabeller.csv"), StandardCharsets.UTF_8);
        String reconciliation = Files.readString(output.resolve("bilaga1-2024-avstamning.csv"), StandardCharsets.UTF_8);
        String declaration = Files.readString(output.resolve("bilaga1-2024-kvalitet.md"), StandardCharsets.UTF_8);
        String px = pxFiles();
        String statusText = status.describe(10);
        String explained = String.join("\n", Stream.of(new String[] {"Tabell 1", "Tiggeri", "2022"},
                new String[] {"Tabell 1", "Hushållsarbete", "2023"}, new String[] {"Tabell 1", "Sexuella ändamål", "2024"},
                new String[] {"Tabell 2", "Barn / Pojkar", "2023"}, new String[] {"Tabell 2", "Vuxna / Okänt", "2024"})
                .map(c -> explain.explain(2024, c[0], c[1], c[2], null)).peek(r -> assertThat(r.found()).as(r.text()).isTrue())
                .map(ExplainCommand.Result::text).toList());
        String printed = log.getAll();
        String everything = String.join("\n", workbook, tables, reconciliation, declaration, px, statusText, explained,
                printed);

        noCaseIdOrCaseRow(everything);
        noSmallRegionalCount(report, statusText, explained, printed, tables, reconciliation, declaration, px);
        lineageNamesCaseFilesWithoutCounting(explained);
        correctionsShowNoRegionYearOrValueBefore(declaration, explained);
        quarantinedPeopleShowNoValueNorACaseField(everything);
        // the log: a step that loads people's rows says its files and time, never its counts
        assertThat(printed).contains("Step loadRegionkoordinatorer COMPLETED: ", "Step loadMigrationsverket COMPLETED: ");
        assertThat(printed.lines().filter(l -> l.contains("Step loadRegionkoordinatorer")
                || l.contains("Step loadMigrationsverket"))).allSatisfy(l -> assertThat(l).contains(" files, ")
                        .doesNotContain("rows read").doesNotContain("loaded"));
    }

    /** Three regions' cases of 2020 (no published table covers 2020): Nord's two, one more quarantined. */
    private void smallRegionsOf2020() throws Exception {
        List<List<Object>> nord = new ArrayList<>(List.of(CASE_COLUMNS,
                aCase("NO-HEMLIG-1", "Nord", "Kvinna", "Tiggeri"), aCase("NO-HEMLIG-2", "Nord", "Man", "Arbetskraft"),
                aCase("NO-HEMLIG-3", "Syd", "Man", "Arbetskraft")));
        Workbooks.write(input.resolve("regionkoordinatorer/nord-2020.xlsx"), "Ärenden", nord);
        List<List<Object>> mitt = new ArrayList<>(List.of(CASE_COLUMNS, aCase("MI-HEMLIG-0", "Mitt", "Kvinna",
                "Hushållsarbete")));
        for (int i = 1; i <= 11; i++) {
            mitt.add(aCase("MI-HEMLIG-" + i, "Mitt", "Kvinna", "Sexuella ändamål"));
        }
        Workbooks.write(input.resolve("regionkoordinatorer/mitt-2020.xlsx"), "Ärenden", mitt);
        List<List<Object>> syd = new ArrayList<>(List.of(CASE_COLUMNS, aCase("SY-HEMLIG-0", "Syd", "Man", "Kriminella ändamål"),
                aCase("SY-HEMLIG-1", "Syd", "Man", "Kriminella ändamål")));
        for (int i = 2; i <= 14; i++) {
            syd.add(aCase("SY-HEMLIG-" + i, "Syd", "Kvinna", "Sexuella ändamål"));
        }
        Workbooks.write(input.resolve("regionkoordinatorer/syd-2020.xlsx"), "Ärenden", syd);
    }

    private static List<Object> aCase(String id, String region, String kon, String form) {
        return Arrays.asList(id, region, 2020, kon, 30, form, "Människohandel", "Polismyndigheten", "Rumänien", "Nej", 0);
    }

    private void noCaseIdOrCaseRow(String everything) {
        List<String> ids = jdbc.queryForList("SELECT DISTINCT arende_id FROM regionkoordinator_case", String.class);
        // 490 + 375 + 414 + 430 cases of the sample, and 29 of 2020; an id recurs in other years
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM regionkoordinator_case", Integer.class)).isEqualTo(1709 + 29);
        assertThat(ids).hasSizeGreaterThan(600).contains("ST-0001", "VA-0002", "ST-0007", "VA-0081", "NO-HEMLIG-1");
        // the quarantined duplicate: its id is a case of the sample too
        String duplicate = jdbc.queryForObject("SELECT q.raw_value FROM quarantine_row q JOIN source_file f"
                + " ON f.id = q.source_file_id WHERE f.file_name = 'regionkoordinatorer/syd-2023.xlsx'", String.class);
        assertThat(ids).contains(duplicate);
        assertThat(jdbc.queryForList("SELECT korrigering_id || ' ' || status FROM korrigering WHERE korrigering_id"
                + " LIKE 'K-1%' ORDER BY korrigering_id", String.class))
                .containsExactly("K-101 FEL", "K-102 FEL", "K-103 FEL", "K-104 FEL");
        assertThat(everything).contains("Bilaga 1 rebuild 2024: COMPLETED", "korrigeringar.arende_finns", "Korrigering K-101",
                "K-019");
        for (String id : ids) {
            assertThat(everything).as("an output holds case id %s", id).doesNotContain(id);
        }
        assertThat(everything).doesNotContain("HEMLIG");
        // nor anything else that only a case row holds (its referring actor and country side by side, say)
        for (String row : jdbc.queryForList("SELECT hanvisande_aktor || ';' || ursprungsland FROM regionkoordinator_case"
                + " WHERE hanvisande_aktor IS NOT NULL AND ursprungsland IS NOT NULL", String.class)) {
            assertThat(everything).doesNotContain(row);
        }
    }

    /**
     * Every count of cases per file and per region and year from 1 to 3, as the warehouse has them, is nowhere beside
     * its file's or region's name: not in a sheet, a table of the declaration, a line of the run report, status,
     * explain or the log. (The survey's sheet by region counts municipalities, not people, and is left out.)
     */
    private void noSmallRegionalCount(String report, String statusText, String explained, String printed, String tables,
            String reconciliation, String declaration, String px) throws Exception {
        List<SmallCounts.Sensitive> small = SmallCounts.of(jdbc, 3);
        // the counts the check must hide are really there: Nord's two cases of 2020 and its one quarantined row, Syd's
        // quarantined duplicate of 2023, a region's one case of a form in a year (what Spårbarhet used to list)
        assertThat(small).contains(new SmallCounts.Sensitive("regionkoordinatorer/nord-2020.xlsx", 2, "laddade"),
                new SmallCounts.Sensitive("regionkoordinatorer/nord-2020.xlsx", 1, "i karantän"),
                new SmallCounts.Sensitive("regionkoordinatorer/syd-2023.xlsx", 1, "i karantän"),
                new SmallCounts.Sensitive("Mitt", 1, "2020 HUSHALLSARBETE"));
        assertThat(small.size()).isGreaterThan(100);
        // and the scanner finds one when it is there
        assertThat(SmallCounts.leaks(List.of(new SmallCounts.Record("test", List.of("Fil", "Laddade"),
                List.of("regionkoordinatorer/nord-2020.xlsx", "2"))), small)).isNotEmpty();

        List<SmallCounts.Record> records = new ArrayList<>(SmallCounts.workbook(output.resolve("bilaga1-2024.xlsx"),
                Set.of("Regioner och län")));
        records.addAll(SmallCounts.markdown("kvalitet.md", declaration));
        Map.of("run report", report, "status", statusText, "explain", explained, "log", printed, "tabeller.csv", tables,
                "avstamning.csv", reconciliation, "px", px).forEach((where, text) -> records.addAll(SmallCounts.text(where, text)));
        assertThat(SmallCounts.leaks(records, small)).isEmpty();

        // as the overview and the run report show it: Nord 2020's counts are hidden, its notes are not
        assertThat(report).containsPattern("regionkoordinatorer/nord-2020\\.xlsx +[0-9a-f]{12}  read \\.\\. = loaded \\.\\."
                + " \\+ quarantined \\.\\. \\+ notes 1");
        List<List<String>> overview = rows(output.resolve("bilaga1-2024.xlsx"), "Översikt");
        assertThat(overview).anySatisfy(r -> assertThat(r).startsWith("regionkoordinatorer",
                "regionkoordinatorer/nord-2020.xlsx").containsSubsequence("LOADED", "..", "..", "..", "1", "ja"));
    }

    /** Spårbarhet and explain name a coordinator file without a count and without its rows. */
    private void lineageNamesCaseFilesWithoutCounting(String explained) throws Exception {
        List<List<String>> sheet = rows(output.resolve("bilaga1-2024.xlsx"), "Spårbarhet");
        assertThat(sheet.get(1)).containsExactly("Tabell", "Rad", "Kolumn", "Värde", "Art", "Fil", "SHA-256", "Blad", "Rader",
                "Kolumn i filen", "Korrigering eller regel", "Status", "Beskrivning", "Före / vänster", "Efter / höger");
        List<List<String>> caseSources = sheet.stream().filter(r -> r.size() > 9 && r.get(4).equals("Källa")
                && r.get(5).startsWith("regionkoordinatorer/")).toList();
        assertThat(caseSources).hasSizeGreaterThan(100).allSatisfy(r -> {
            // no coordinator file's counts are published, so none of its row ranges either: a range counts its rows
            assertThat(r.get(8)).isEqualTo(DisclosureBoundary.ROWS_HIDDEN);
            assertThat(r.get(9)).isEqualTo("ärenden");
            assertThat(r.subList(10, r.size())).allMatch(String::isEmpty);
        });
        assertThat(caseSources).anySatisfy(r -> assertThat(r).containsSubsequence("regionkoordinatorer/mitt-2023.xlsx",
                DisclosureBoundary.ROWS_HIDDEN));
        assertThat(explained).contains("regionkoordinatorer/mitt-2023.xlsx  SHA-256 ").contains(DisclosureBoundary.ROWS_HIDDEN)
                .doesNotContainPattern("\\d+ ärenden").contains("utan antal ärenden per fil");
    }

    /** A correction of a case: no region, year, value before or reason anywhere, and its key masked whole. */
    private void correctionsShowNoRegionYearOrValueBefore(String declaration, String explained) throws Exception {
        List<Map<String, Object>> corrections = jdbc.queryForList("SELECT korrigering_id, nyckel, tidigare_varde, motivering"
                + " FROM korrigering WHERE kalla = 'regionkoordinatorer'");
        assertThat(corrections).hasSize(19 + 4);
        List<List<String>> sheet = rows(output.resolve("bilaga1-2024.xlsx"), "Korrigeringar");
        String lineage = String.join("\n", rows(output.resolve("bilaga1-2024.xlsx"), "Spårbarhet").stream()
                .map(r -> String.join("\t", r)).toList());
        for (Map<String, Object> c : corrections) {
            String id = (String) c.get("KORRIGERING_ID");
            List<String> row = sheet.stream().filter(r -> !r.isEmpty() && r.get(0).equals(id)).findFirst().orElseThrow();
            assertThat(row.get(2)).as(id).isEqualTo(ShownCorrection.WITHHELD);
            assertThat(row.get(4)).as(id).isEqualTo(ShownCorrection.WITHHELD);
            assertThat(row.get(6)).as(id).isEqualTo(ShownCorrection.WITHHELD);
            String key = (String) c.get("NYCKEL");
            String[] parts = key.split("/");
            String why = (String) c.get("MOTIVERING");
            // (a message may explain a key's form by a fixed example)
            for (String text : Stream.of(String.join("\t", row), declaration, lineage, explained)
                    .map(t -> t.replaceAll("e\\.g\\. Stockholm/2024/\\S+", "")).toList()) {
                assertThat(text).as(id).doesNotContain(parts[0] + "/" + (parts.length > 1 ? parts[1] : ""));
                if (why != null && why.length() > 4) {
                    assertThat(text).as(id).doesNotContain(why);
                }
            }
            // neither a region nor a year, nor the value before, outside the message and the national cells moved
            String shown = String.join("\t", row.subList(0, 11));
            assertThat(shown).as(id).doesNotContain("Stockholm", "Väst", "/2024");
            if (c.get("TIDIGARE_VARDE") != null) {
                assertThat(shown).as(id).doesNotContain((String) c.get("TIDIGARE_VARDE"));
            }
        }
        // the national cells they moved, with both values, stay published in full
        assertThat(sheet).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("K-001");
            assertThat(r.get(12)).contains("Tabell 1 · Sexuella ändamål · 2024: 147 → 166");
        });
        assertThat(declaration).contains("| K-019 | regionkoordinatorer | " + ShownCorrection.WITHHELD
                + " | exploateringsform | ");
    }

    /** A quarantined person's cell: its place, never its value; its reason in fixed words, never a field of the row. */
    private void quarantinedPeopleShowNoValueNorACaseField(String everything) throws Exception {
        assertThat(jdbc.queryForList("SELECT q.raw_value FROM quarantine_row q JOIN source_file f ON f.id = q.source_file_id"
                + " WHERE f.source_name = 'migrationsverket'", String.class)).contains("2024-02-30", "Slaveri-XQZ");
        assertThat(everything).doesNotContain("2024-02-30", "XQZ", "MV-HEMLIG");
        List<List<String>> quarantine = rows(output.resolve("bilaga1-2024.xlsx"), "Karantän");
        List<List<String>> listed = quarantine.stream().filter(r -> r.size() == 6 && r.get(2).matches("\\d+")).toList();
        // a coordinator file's rows are not listed one by one: the list would count a region's cases
        assertThat(listed).noneMatch(r -> r.get(0).startsWith("regionkoordinatorer/"));
        List<List<String>> permits = listed.stream().filter(r -> r.get(0).startsWith("migrationsverket/")).toList();
        assertThat(permits).hasSize(2).allSatisfy(r -> {
            assertThat(r.get(4)).isEqualTo("(dold: personuppgift)");
            assertThat(r.get(5)).doesNotContainPattern("\\d").doesNotContain("'").doesNotContain("Syd").doesNotContain("Nord");
        });
        assertThat(permits).extracting(r -> r.get(5)).containsExactlyInAnyOrder("inget datum",
                "ett värde utanför kolumnens förteckning");
        // the reasons of the coordinators' rows, counted over all their files in fixed words
        assertThat(quarantine).anySatisfy(r -> assertThat(r).containsExactly("regionkoordinatorer/ (alla filer)",
                "samma id förekommer redan i filen: den första raden står kvar", "1"));
        assertThat(quarantine).anySatisfy(r -> assertThat(r).containsExactly("regionkoordinatorer/ (alla filer)",
                "en annan polisregion än filens", "1"));
        assertThat(quarantine).anySatisfy(r -> assertThat(r).containsExactly("regionkoordinatorer/syd-2023.xlsx",
                "rader i karantän (orsakerna räknas för alla källans filer tillsammans)", ".."));
        assertThat(everything).doesNotContain("given twice", "does not belong in it", "Syd 2023", "region Nord's");
        // a correction row is no person's row: it is listed as it is
        assertThat(quarantine).anySatisfy(r -> assertThat(r).containsExactly(
                "korrigeringar/korrigeringar-2024-tillagg.csv", "", "6", "F (motivering)", "",
                "blank: a correction needs its motivering"));
    }

    // --- helpers ---

    /** Every PX file of the run, as text (Windows-1252 or UTF-8: a figure or a key is ASCII in both). */
    private String pxFiles() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(output.resolve("px"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(texts).hasSizeGreaterThan(10);
        return String.join("\n", texts);
    }

    /** Every cell of every sheet as the reader sees it, one line per row. */
    private static String workbookText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : book) {
                text.append(sheet.getSheetName()).append('\n');
                rows(sheet).forEach(r -> text.append(String.join("\t", r)).append('\n'));
            }
        }
        return text.toString();
    }

    private static List<List<String>> rows(Path workbook, String sheet) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            return rows(book.getSheet(sheet));
        }
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter plain = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? String.valueOf((long) cell.getNumericCellValue()) : plain.formatCellValue(cell));
            }
            rows.add(texts);
        }
        return rows;
    }
}
