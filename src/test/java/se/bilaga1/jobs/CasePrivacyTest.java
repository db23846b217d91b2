package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

import se.bilaga1.testsupport.Folders;

/**
 * The coordinators' cases are records about crime victims: they never leave the warehouse as rows. After a
 * rebuild on the sample (whose {@code syd-2023.xlsx} holds a quarantined duplicate case) with its 19 applied
 * corrections and a few corrections that fail on existing cases, no case id and hence no case row is in any
 * output file or any line the run logs or prints; the quarantine names where a case cell is, never what it says.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class CasePrivacyTest {

    @Autowired
    RebuildCommand rebuild;

    @Autowired
    RunReport runReport;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @TempDir
    Path output;

    @Test
    void noCaseIdLeavesTheWarehouse(CapturedOutput log) throws Exception {
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

        JobExecution run = rebuild.rebuild(2024, input, output);
        // what the command line prints at the end of a run, as the rebuild command does
        System.out.println(runReport.describe(new JobRunner.Run(run, List.of()), 2024, output));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> ids = jdbc.queryForList("SELECT DISTINCT arende_id FROM regionkoordinator_case", String.class);
        // 490 + 375 + 414 + 430 cases; an id recurs in other years
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM regionkoordinator_case", Integer.class)).isEqualTo(1709);
        assertThat(ids).hasSizeGreaterThan(600).contains("ST-0001", "VA-0002", "ST-0007", "VA-0081");
        // the quarantined duplicate: its id is a case of the sample too
        String duplicate = jdbc.queryForObject("SELECT q.raw_value FROM quarantine_row q JOIN source_file f"
                + " ON f.id = q.source_file_id WHERE f.file_name = 'regionkoordinatorer/syd-2023.xlsx'", String.class);
        assertThat(ids).contains(duplicate);
        assertThat(jdbc.queryForList("SELECT korrigering_id || ' ' || status FROM korrigering WHERE korrigering_id"
                + " LIKE 'K-1%' ORDER BY korrigering_id", String.class))
                .containsExactly("K-101 FEL", "K-102 FEL", "K-103 FEL", "K-104 FEL");

        String workbook = workbookText(output.resolve("bilaga1-2024.xlsx"));
        String tables = Files.readString(output.resolve("bilaga1-2024-tabeller.csv"), StandardCharsets.UTF_8);
        String reconciliation = Files.readString(output.resolve("bilaga1-2024-avstamning.csv"), StandardCharsets.UTF_8);
        String declaration = Files.readString(output.resolve("bilaga1-2024-kvalitet.md"), StandardCharsets.UTF_8);
        // a correction of a case is listed by its id, never with the case's region and year
        assertThat(declaration).contains("K-019").doesNotContain("Väst/2024");
        String printed = log.getAll();
        assertThat(printed).contains("Bilaga 1 rebuild 2024: COMPLETED", "korrigeringar.arende_finns");
        assertThat(workbook).contains("Korrigering K-101", "K-019").doesNotContain("Väst/2024");
        for (String id : ids) {
            assertThat(workbook).as("the workbook holds case id %s", id).doesNotContain(id);
            assertThat(tables).as("the tables CSV holds case id %s", id).doesNotContain(id);
            assertThat(reconciliation).as("the reconciliation CSV holds case id %s", id).doesNotContain(id);
            assertThat(printed).as("the log holds case id %s", id).doesNotContain(id);
            assertThat(declaration).as("the quality declaration holds case id %s", id).doesNotContain(id);
        }
        // nor anything else that only a case row holds (its referring actor and country side by side, say)
        String everything = String.join("\n", workbook, tables, reconciliation, printed, declaration);
        for (String row : jdbc.queryForList("SELECT hanvisande_aktor || ';' || ursprungsland FROM regionkoordinator_case"
                + " WHERE hanvisande_aktor IS NOT NULL AND ursprungsland IS NOT NULL", String.class)) {
            assertThat(everything).doesNotContain(row);
        }

        // the quarantine sheet: Syd 2023's one quarantined case is a regional count of 1, hidden as its accounting is;
        // its reason is counted over all the coordinators' files in fixed words, and its row is not listed
        try (XSSFWorkbook book = new XSSFWorkbook(output.resolve("bilaga1-2024.xlsx").toFile())) {
            List<List<String>> quarantine = rows(book.getSheet("Karantän"));
            assertThat(quarantine).anySatisfy(r -> assertThat(r).containsExactly("regionkoordinatorer/syd-2023.xlsx",
                    "rader i karantän (orsakerna räknas för alla källans filer tillsammans)", ".."));
            assertThat(quarantine).anySatisfy(r -> assertThat(r).containsExactly("regionkoordinatorer/ (alla filer)",
                    "samma id förekommer redan i filen: den första raden står kvar", "1"));
            assertThat(quarantine).noneSatisfy(r -> assertThat(r.size() == 6 && r.get(0).startsWith("regionkoordinatorer/"))
                    .isTrue());
            assertThat(quarantine.stream().flatMap(List::stream)).noneMatch(t -> t.contains("Syd 2023")
                    || t.contains("given twice") || t.contains(duplicate));
            // a correction row is no case row: it is listed as it is
            assertThat(quarantine).anySatisfy(r -> assertThat(r).containsExactly(
                    "korrigeringar/korrigeringar-2024-tillagg.csv", "", "6", "F (motivering)", "",
                    "blank: a correction needs its motivering"));
        }
    }

    // --- helpers ---

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
