package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.testsupport.Folders;
import se.bilaga1.warehouse.Lineage;
import se.bilaga1.warehouse.Snapshots;

/**
 * Issue 11, lineage: after the real rebuild on the samples every published cell explains itself from the warehouse
 * alone (its source files with SHA-256, sheet, rows and column; coordinator case files named, never counted), the
 * corrections that moved it and the rules that checked it; the workbook's Spårbarhet sheet says the same; no case
 * key is in any of it; and a nightly run that replaces a file re-points the current lineage while the snapshot's
 * lineage keeps pointing at the old file.
 */
class LineageIT extends DeliveryTestBase {

    @Autowired
    ExplainCommand explain;

    @Autowired
    Lineage lineage;

    @Autowired
    JobRunner runner;

    @Autowired
    Snapshots snapshots;

    /** Which source folder feeds each published table. */
    private static final Map<String, String> FOLDER = Map.ofEntries(Map.entry("Figur 3", "kommunenkat/"),
            Map.entry("Figur 4", "kommunenkat/"), Map.entry("Figur 5", "bra/"), Map.entry("Figur 6", "kommunenkat/"),
            Map.entry("Figur 7", "kommunenkat/"), Map.entry("Tabell 1", "regionkoordinatorer/"),
            Map.entry("Tabell 2", "regionkoordinatorer/"), Map.entry("Tabell 3", "stodprogram/"),
            Map.entry("Tabell 4", "stodprogram/"), Map.entry("Tabell 5", "migrationsverket/"),
            Map.entry("Tabell 6", "migrationsverket/"), Map.entry("Tabell 7", "bra/"), Map.entry("Tabell 8", "bra/"));

    private String sha(String file) {
        return jdbc.queryForObject("SELECT sha256 FROM source_file WHERE file_name = ? AND status = 'LOADED'", String.class,
                file);
    }

    private String explained(String tabell, String rad, String kolumn) {
        ExplainCommand.Result r = explain.explain(2024, tabell, rad, kolumn, null);
        assertThat(r.found()).as(r.text()).isTrue();
        return r.text();
    }

    private Lineage.CellLineage cell(String tabell, String rad, String kolumn, Integer snapshotNo) {
        long run = lineage.recorded(2024, snapshotNo).orElseThrow().id();
        return lineage.cell(run, tabell, rad, kolumn).orElseThrow();
    }

    @Test
    void everyPublishedCellExplainsItselfAndNoCaseKeyIsInAnyOfIt() throws Exception {
        Folders.copyTree(Path.of("input"), input);
        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // Tabell 1: 166, the seven region files of 2024 (no count per file), and the 19 corrections that moved it
        String t1 = explained("Tabell 1", "Sexuella ändamål", "2024");
        assertThat(t1).contains("Tabell 1 · Sexuella ändamål · 2024 = 166")
                .contains("Korrigeringar: 19 flyttade cellen från 147 till 166").contains("K-001", "K-019")
                .contains("OK regionkoordinatorer.akc_hogst_form");
        List<String> regionFiles2024 = jdbc.queryForList("SELECT file_name FROM source_file WHERE status = 'LOADED'"
                + " AND file_name LIKE 'regionkoordinatorer/%-2024.xlsx' ORDER BY file_name", String.class);
        assertThat(regionFiles2024).hasSize(7);
        for (String file : regionFiles2024) {
            assertThat(t1).contains(file + "  SHA-256 " + sha(file) + ", blad ");
        }
        String t1Sources = t1.substring(t1.indexOf("Källor"), t1.indexOf("Korrigeringar"));
        // a file's count of cases is a regional figure: none is printed, nor a sum of them
        assertThat(t1Sources).doesNotContain("-2023.xlsx").doesNotContainPattern("\\d+ ärenden").doesNotContain("Summa")
                .contains("utan antal ärenden per fil");
        assertThat(t1).contains("K-001, K-002, K-003").contains("(19 korrigeringar, APPLIED) exploateringsform → Sexuella"
                + " ändamål").contains("[korrigeringar/korrigeringar-2024.csv rad 2–20]");
        Lineage.CellLineage sexual = cell("Tabell 1", "Sexuella ändamål", "2024", null);
        assertThat(sexual.of(Lineage.SOURCE)).hasSize(7).allSatisfy(e -> {
            assertThat(e.column()).isEqualTo("ärenden");
            assertThat(e.fileId()).isNotNull();
        });
        assertThat(sexual.of(Lineage.CORRECTION)).hasSize(19);
        // a cell no correction moved says so
        assertThat(explained("Tabell 1", "Sexuella ändamål", "2021")).contains("Korrigeringar: ingen flyttade cellen");

        // Tabell 7: the Brå file, its sheet and the cell, and the rule that checked the detail against it
        String t7 = explained("Tabell 7", "4 kap. 1 a § BrB Människohandel", "2024");
        assertThat(t7).contains("Tabell 7 · 4 kap. 1 a § BrB Människohandel · 2024 = 185")
                .contains("bra/anmalda-brott-2020-2024.xlsx  SHA-256 " + sha("bra/anmalda-brott-2020-2024.xlsx")
                        + ", blad Anmälda brott, rad 5, kolumn F (2024)")
                .contains("OK bra.detalj_mot_tabell: Anmälda brott BrB 4:1a 2024")
                .doesNotContain("BrB 4:1b 2024").contains("Korrigeringar: ingen flyttade cellen");

        // every published cell: its lineage is recorded, with its value, and sources from the folder that feeds it
        Map<String, String> published = tables();
        published.remove("tabell;rad;kolumn");
        long run = lineage.recorded(2024, null).orElseThrow().id();
        Map<String, Integer> perTable = new LinkedHashMap<>();
        StringBuilder everyExplanation = new StringBuilder();
        for (Map.Entry<String, String> c : published.entrySet()) {
            String[] k = c.getKey().split(";", -1);
            String varde = c.getValue().split(";", -1)[0];
            Lineage.CellLineage l = lineage.cell(run, k[0], k[1], k[2]).orElseThrow(() -> new AssertionError(c.getKey()));
            assertThat(l.varde()).as(c.getKey()).isEqualTo(varde.isEmpty() ? ".." : varde);
            everyExplanation.append(Lineage.describe(l));
            if (varde.isEmpty()) {
                continue;
            }
            perTable.merge(k[0], 1, Integer::sum);
            assertThat(l.of(Lineage.SOURCE)).as(c.getKey()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.fileName()).startsWith(FOLDER.get(k[0]));
                assertThat(e.sha256()).isEqualTo(sha(e.fileName()));
                assertThat(e.rows()).isNotBlank();
                assertThat(e.column()).isNotBlank();
                if (k[0].equals("Tabell 1") || k[0].equals("Tabell 2")) {
                    assertThat(e.column()).isEqualTo("ärenden");
                }
            });
            assertThat(l.of(Lineage.RULE)).as(c.getKey()).anySatisfy(e -> assertThat(e.ref()).isEqualTo("proveniens"));
        }
        assertThat(perTable.keySet()).containsExactlyInAnyOrderElementsOf(FOLDER.keySet());

        // a cell of each other source, as explain prints it
        assertThat(explained("Tabell 5", "Uppehållstillstånd för bevispersoner", "2024 / Kvinnor")).contains("= 14")
                .contains("migrationsverket/", ", rad ", ", kolumn ")
                .contains("OK tabell5.kon_summerar: Uppehållstillstånd för bevispersoner 2024: kvinnor + män")
                .doesNotContain("för betänketid 2024").doesNotContain("bevispersoner 2023");
        assertThat(explained("Tabell 6", "Polismyndigheten", "2024")).contains("= 13").contains("migrationsverket/");
        assertThat(explained("Tabell 3", "Vuxna", "2024")).contains("= 39")
                .contains("stodprogram/nsp.csv  SHA-256 " + sha("stodprogram/nsp.csv"))
                .contains("stodprogram.delar_mot_totalt: 2024: kvinnor + transkvinnor + män (vänster) mot Vuxna");
        assertThat(explained("Figur 3", "2023", "Andel")).contains("kommunenkat/", ", rad ", ", kolumn ");

        // the Spårbarhet sheet: every published cell, the same lineage
        List<List<String>> sheet = sheet(output.resolve("bilaga1-2024.xlsx"), "Spårbarhet");
        assertThat(sheet.stream().skip(2).map(r -> r.get(0) + ";" + r.get(1) + ";" + r.get(2)).distinct().toList())
                .containsExactlyElementsOf(published.keySet());
        assertThat(sheet).anySatisfy(r -> assertThat(r).startsWith("Tabell 7", "4 kap. 1 a § BrB Människohandel", "2024",
                "185", "Källa", "bra/anmalda-brott-2020-2024.xlsx", sha("bra/anmalda-brott-2020-2024.xlsx"),
                "Anmälda brott", "5", "F (2024)"));
        assertThat(sheet).anySatisfy(r -> assertThat(r).startsWith("Tabell 1", "Sexuella ändamål", "2024", "166",
                "Korrigering"));
        // no column counts a coordinator file's cases
        assertThat(sheet.get(1)).doesNotContain("Antal ärenden").containsSubsequence("Rader", "Kolumn i filen",
                "Korrigering eller regel");
        assertThat(sheet.stream().filter(r -> r.size() > 5 && r.get(4).equals("Källa")
                && r.get(5).startsWith("regionkoordinatorer/"))).hasSizeGreaterThan(100)
                .allSatisfy(r -> assertThat(r.get(9)).isEqualTo("ärenden"));

        // no case key anywhere in the lineage: what explain prints, the sheet, and what the warehouse keeps of it
        String sheetText = String.join("\n", sheet.stream().map(r -> String.join("\t", r)).toList());
        String stored = String.join("\n", jdbc.queryForList("SELECT CONCAT(COALESCE(rader, ''), '|', COALESCE(beskrivning, ''),"
                + " '|', COALESCE(sheet_name, ''), '|', COALESCE(kolumn_ref, ''), '|', COALESCE(ref, '')) FROM cell_lineage",
                String.class));
        List<String> caseIds = jdbc.queryForList("SELECT DISTINCT arende_id FROM regionkoordinator_case", String.class);
        assertThat(caseIds).hasSizeGreaterThan(600).contains("ST-0007");
        for (String id : caseIds) {
            assertThat(everyExplanation).as("explain output holds case id %s", id).doesNotContain(id);
            assertThat(sheetText).as("the Spårbarhet sheet holds case id %s", id).doesNotContain(id);
            assertThat(stored).as("the stored lineage holds case id %s", id).doesNotContain(id);
        }
        // nor a count of a case file's cases: the stored lineage has no column for one, and no row range says one
        assertThat(jdbc.queryForMap("SELECT * FROM cell_lineage FETCH FIRST 1 ROWS ONLY").keySet())
                .noneMatch(column -> column.equalsIgnoreCase("antal"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cell_lineage WHERE file_name LIKE 'regionkoordinatorer/%'"
                + " AND (rader LIKE '%ärenden%' OR beskrivning LIKE '%ärenden%')", Integer.class)).isZero();
    }

    @Test
    void aNightlyReplaceRepointsTheLineageWhileTheSnapshotKeepsTheOldFile() throws Exception {
        Folders.copyTree(Path.of("input"), input);
        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        int snapshot = snapshots.latest(2024).orElseThrow().number();
        String oldSha = sha("stodprogram/nsp.csv");
        long oldId = jdbc.queryForObject("SELECT id FROM source_file WHERE file_name = 'stodprogram/nsp.csv' AND status"
                + " = 'LOADED'", Long.class);
        Path nsp = input.resolve("stodprogram/nsp.csv");
        String text = Files.readString(nsp, StandardCharsets.UTF_8);
        assertThat(text).contains("NSP;2024;Vuxna;39");
        Files.writeString(nsp, text.replace("NSP;2024;Vuxna;39", "NSP;2024;Vuxna;41"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(nsp, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 10_000));

        assertThat(runner.nightly(input, output.resolve("senaste")).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        String newSha = sha("stodprogram/nsp.csv");
        assertThat(newSha).isNotEqualTo(oldSha);
        // now: the new file's figure and rows
        Lineage.CellLineage now = cell("Tabell 3", "Vuxna", "2024", null);
        assertThat(now.varde()).isEqualTo("41");
        assertThat(now.of(Lineage.SOURCE)).singleElement().satisfies(e -> {
            assertThat(e.sha256()).isEqualTo(newSha);
            assertThat(e.fileId()).isNotEqualTo(oldId);
        });
        assertThat(explained("Tabell 3", "Vuxna", "2024")).contains("= 41", newSha).doesNotContain(oldSha)
                .startsWith("Rapportår 2024, nattlig körning");
        // the snapshot of the report edition: still 39, from the file it was built from
        Lineage.CellLineage then = cell("Tabell 3", "Vuxna", "2024", snapshot);
        assertThat(then.varde()).isEqualTo("39");
        assertThat(then.of(Lineage.SOURCE)).singleElement().satisfies(e -> {
            assertThat(e.sha256()).isEqualTo(oldSha);
            assertThat(e.fileId()).isEqualTo(oldId);
        });
        ExplainCommand.Result old = explain.explain(2024, "Tabell 3", "Vuxna", "2024", snapshot);
        assertThat(old.text()).contains("ögonblicksbild " + snapshot, "= 39", oldSha).doesNotContain(newSha);
        // the corrections were taken back and applied again over the new facts: the cell still names them
        assertThat(explained("Tabell 1", "Sexuella ändamål", "2024")).contains("= 166",
                "Korrigeringar: 19 flyttade cellen från 147 till 166");
        // the nightly workbook has the sheet too
        assertThat(sheet(output.resolve("senaste").resolve("bilaga1-2024.xlsx"), "Spårbarhet"))
                .anySatisfy(r -> assertThat(r).startsWith("Tabell 3", "Vuxna", "2024", "41", "Källa", "stodprogram/nsp.csv",
                        newSha));
    }

    private static List<List<String>> sheet(Path workbook, String name) throws Exception {
        DataFormatter plain = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = book.getSheet(name);
            assertThat(sheet).as("sheet %s", name).isNotNull();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(row.getCell(i) == null ? "" : plain.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
