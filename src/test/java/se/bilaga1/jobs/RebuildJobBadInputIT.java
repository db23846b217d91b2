package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import se.bilaga1.testsupport.Workbooks;

/**
 * The rebuild job on bad deliveries built in the test: a bad file is rejected alone and named, a bad row is
 * quarantined with its row and column, a detail that disagrees with its table is a FEL, and the row
 * accounting holds for every file.
 */
@SpringBootTest
class RebuildJobBadInputIT {



    @Autowired
    JobOperator jobOperator;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Job rebuildJob;

    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @BeforeEach
    void jobUnderTest() {
        jobs = new JobOperatorTestUtils(jobOperator, jobRepository);
        jobs.setJob(rebuildJob);
    }

    @TempDir
    Path output;

    @Test
    void aFileWithAWrongHeaderIsRejectedAndNamedWhileTheGoodFileLoads() throws Exception {
        Files.copy(Path.of("input/bra/anmalda-brott-2020-2024.xlsx"), bra("anmalda-brott-2020-2024.xlsx"));
        Files.writeString(bra("anmalda-detalj-2023.csv"), "ar;manad;kommunkod;brott;antal\n2023;1;0180;BrB 4:1a;3\n",
                StandardCharsets.UTF_8);
        Files.writeString(bra("brottslista.csv"), "Kod;Beskrivning\nX1;Något annat\n", StandardCharsets.UTF_8);

        JobExecution run = rebuild(2024);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(status("bra/anmalda-brott-2020-2024.xlsx")).isEqualTo("LOADED");
        assertThat(status("bra/anmalda-detalj-2023.csv")).isEqualTo("REJECTED");
        assertThat(message("bra/anmalda-detalj-2023.csv"))
                .startsWith("bra/anmalda-detalj-2023.csv: ")
                .contains("lacks the required column(s) lagrum")
                .contains("ar;manad;kommunkod;lagrum;antal");
        assertThat(status("bra/brottslista.csv")).isEqualTo("REJECTED");
        assertThat(message("bra/brottslista.csv")).startsWith("bra/brottslista.csv: no header found")
                .contains("at least two years").contains("ar;manad;kommunkod;lagrum;antal");
        assertThat(count("SELECT COUNT(*) FROM bra_published_count")).isEqualTo(25);
        assertThat(count("SELECT COUNT(*) FROM bra_detail_count")).isZero();
        assertThat(count("SELECT COUNT(*) FROM source_file WHERE status = 'REJECTED' AND rows_read = 0")).isEqualTo(2);
        assertAccountingHolds();
    }

    @Test
    void aRowWithABadNumberIsQuarantinedWithItsRowAndColumnAndTheRestLoads() throws Exception {
        Workbooks.write(bra("anmalda-brott-2022-2024.xlsx"), "Anmälda brott", List.of(
                List.of("Anmälda brott 2022–2024"),
                List.of("Lagrum", 2022, 2023, 2024),
                List.of("4 kap. 1 a § BrB Människohandel", 196, 228, 185),
                List.of("6 kap. 11 § BrB Köp av sexuell tjänst", "1 263", "12x", "1 805"),
                List.of("6 kap. 12 § BrB Koppleri, grovt koppleri", 184, "..", "–"),
                List.of("Källa: Brå")));

        JobExecution run = rebuild(2024);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> quarantined = jdbc.queryForList(
                "SELECT sheet_name, row_no, column_name, raw_value, reason FROM quarantine_row");
        assertThat(quarantined).hasSize(1);
        Map<String, Object> q = quarantined.get(0);
        assertThat(q.get("sheet_name")).isEqualTo("Anmälda brott");
        assertThat(((Number) q.get("row_no")).intValue()).isEqualTo(4);
        assertThat(q.get("column_name")).isEqualTo("C (2023)");
        assertThat(q.get("raw_value")).isEqualTo("12x");
        assertThat((String) q.get("reason")).contains("'12x' is not a number");
        assertThat(count("SELECT COUNT(*) FROM bra_published_count WHERE lagrum = 'BrB 6:11'")).isZero();
        assertThat(jdbc.queryForObject("SELECT amount FROM bra_published_count WHERE lagrum = 'BrB 4:1a' AND ar = 2024",
                java.math.BigDecimal.class)).isEqualByComparingTo("185");
        assertThat(jdbc.queryForObject("SELECT marker FROM bra_published_count WHERE lagrum = 'BrB 6:12' AND ar = 2023",
                String.class)).isEqualTo("..");
        assertThat(jdbc.queryForObject("SELECT amount FROM bra_published_count WHERE lagrum = 'BrB 6:12' AND ar = 2024",
                java.math.BigDecimal.class)).isEqualByComparingTo("0");
        Map<String, Object> file = jdbc.queryForMap("SELECT rows_read, rows_loaded, rows_quarantined, rows_notes FROM source_file");
        assertThat(file).containsEntry("ROWS_READ", 6).containsEntry("ROWS_LOADED", 2).containsEntry("ROWS_QUARANTINED", 1)
                .containsEntry("ROWS_NOTES", 3);
        assertAccountingHolds();

        List<String> tables = Files.readAllLines(output.resolve("bilaga1-2024-tabeller.csv"));
        assertThat(tables).contains("Tabell 7;6 kap. 11 § BrB Köp av sexuell tjänst;2023;;.. uppgift saknas",
                "Tabell 7;6 kap. 12 § BrB Koppleri, grovt koppleri;2023;;.. uppgift saknas",
                "Tabell 7;6 kap. 12 § BrB Koppleri, grovt koppleri;2024;0;");
    }

    @Test
    void aDetailFileThatDisagreesWithThePublishedTableGivesAFelRow() throws Exception {
        Files.copy(Path.of("input/bra/anmalda-brott-2020-2024.xlsx"), bra("anmalda-brott-2020-2024.xlsx"));
        List<String> detail = new ArrayList<>(List.of("ar;manad;kommunkod;lagrum;antal"));
        detail.add("2024;1;0180;BrB 4:1a;100");
        detail.add("2024;2;1480;4 kap. 1 a § BrB;80");
        detail.add("2024;3;1280;BrB 6:12;204");
        detail.add("2024;3;0114;BrB 6:12;x");
        Files.write(bra("detalj-2024.csv"), detail, StandardCharsets.UTF_8);

        JobExecution run = rebuild(2024);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> reconciliation = Files.readAllLines(output.resolve("bilaga1-2024-avstamning.csv"));
        assertThat(reconciliation).anySatisfy(l -> assertThat(l).startsWith("bra.detalj_mot_tabell;Tabell 7;")
                .contains("BrB 4:1a 2024").endsWith(";180;185;FEL"));
        assertThat(reconciliation).anySatisfy(l -> assertThat(l).startsWith("bra.detalj_mot_tabell;Tabell 7;")
                .contains("BrB 6:12 2024").endsWith(";204;204;OK"));
        assertThat(count("SELECT COUNT(*) FROM reconciliation_result WHERE status = 'FEL'")).isEqualTo(1);
        Map<String, Object> q = jdbc.queryForMap("SELECT row_no, column_name, raw_value FROM quarantine_row");
        assertThat(q).containsEntry("ROW_NO", 5).containsEntry("COLUMN_NAME", "E (antal)").containsEntry("RAW_VALUE", "x");
        assertAccountingHolds();
    }

    private JobExecution rebuild(long year) throws Exception {
        JobParameters params = new JobParametersBuilder(jobs.getUniqueJobParameters())
                .addLong(RunParameters.REPORT_YEAR, year)
                .addString(RunParameters.INPUT, input.toString(), false)
                .addString(RunParameters.OUTPUT, output.toString(), false)
                .toJobParameters();
        return jobs.startJob(params);
    }

    private Path bra(String name) throws Exception {
        Files.createDirectories(input.resolve("bra"));
        return input.resolve("bra").resolve(name);
    }

    private String status(String file) {
        return jdbc.queryForObject("SELECT status FROM source_file WHERE file_name = ?", String.class, file);
    }

    private String message(String file) {
        return jdbc.queryForObject("SELECT message FROM source_file WHERE file_name = ?", String.class, file);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private void assertAccountingHolds() {
        assertThat(count("SELECT COUNT(*) FROM source_file WHERE rows_read <> rows_loaded + rows_quarantined + rows_notes"))
                .isZero();
        assertThat(count("SELECT COUNT(DISTINCT source_file_id || '-' || row_no) FROM quarantine_row"))
                .isEqualTo(count("SELECT COALESCE(SUM(rows_quarantined), 0) FROM source_file"));
    }
}
