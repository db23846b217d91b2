package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.reconcile.ReconciliationRule;

/**
 * What every delivery test has: the rebuild as the command line runs it, the warehouse, the rules, a fresh input
 * and output folder, and readers of the two flat files.
 */
@SpringBootTest
abstract class DeliveryTestBase {

    @Autowired
    TestRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ReconciliationRule> rules;

    @TempDir
    Path input;

    @TempDir
    Path output;

    /** The tables CSV as "tabell;rad;kolumn" → "varde;markering". */
    protected Map<String, String> tables() throws Exception {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output.resolve("bilaga1-2024-tabeller.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(";", -1);
            cells.put(f[0] + ";" + f[1] + ";" + f[2], f[3] + ";" + f[4]);
        }
        return cells;
    }

    protected List<String> reconciliation() throws Exception {
        return Files.readAllLines(output.resolve("bilaga1-2024-avstamning.csv"), StandardCharsets.UTF_8);
    }

    protected int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    protected ReconciliationRule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    protected void assertAccountingHolds() {
        assertThat(count("SELECT COUNT(*) FROM source_file WHERE rows_read <> rows_loaded + rows_quarantined + rows_notes"))
                .isZero();
        assertThat(count("SELECT COUNT(DISTINCT source_file_id || '-' || row_no) FROM quarantine_row"))
                .isEqualTo(count("SELECT COALESCE(SUM(rows_quarantined), 0) FROM source_file"));
    }

    protected String status(String file) {
        return jdbc.queryForObject("SELECT status FROM source_file WHERE file_name = ?", String.class, file);
    }

    protected String message(String file) {
        return jdbc.queryForObject("SELECT message FROM source_file WHERE file_name = ?", String.class, file);
    }
}
