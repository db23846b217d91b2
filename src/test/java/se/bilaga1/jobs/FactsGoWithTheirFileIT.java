package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.testsupport.Folders;

/**
 * The fact tables without a foreign key to their file (Brå's detail and its sums, V8 and V14; the permits and the
 * cases, V15) must still lose a file's facts with the file: a rebuild empties them, a replaced file's facts go with
 * the old version, a file taken out of the input folder takes its facts with it. A fact left behind would be
 * invisible to the marts (they join the loaded files) but would keep a person's record in the warehouse.
 */
class FactsGoWithTheirFileIT extends DeliveryTestBase {

    private static final String[] WITHOUT_FOREIGN_KEY = {"bra_detail_count", "bra_detail_sum", "migrationsverket_permit",
        "regionkoordinator_case"};

    @Autowired
    JobRunner runner;

    @Test
    void aRebuildAReplacedFileAndARemovedFileLeaveNoFactBehind() throws Exception {
        Folders.copyTree(Path.of("input"), input);
        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Integer> first = rowsPerTable();
        assertThat(first.get("migrationsverket_permit")).isPositive();
        assertThat(first.get("regionkoordinator_case")).isPositive();
        assertNoFactWithoutItsFile();

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rowsPerTable()).as("the same rows after a second rebuild, none twice").isEqualTo(first);
        assertNoFactWithoutItsFile();

        // a new version of the permits' file (its last decision left out) and one coordinator file gone
        Path permits = input.resolve("migrationsverket/beviljade-uppehallstillstand-5-15-2022-2024.csv");
        byte[] bytes = Files.readAllBytes(permits);
        int end = bytes.length - 1;
        while (end > 0 && (bytes[end] == '\n' || bytes[end] == '\r')) {
            end--;
        }
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        Files.write(permits, Arrays.copyOf(bytes, end));
        long oldPermitFile = fileId("migrationsverket/beviljade-uppehallstillstand-5-15-2022-2024.csv");
        long removedCaseFile = fileId("regionkoordinatorer/syd-2024.xlsx");
        int casesOfRemoved = count("SELECT COUNT(*) FROM regionkoordinator_case WHERE source_file_id = " + removedCaseFile);
        assertThat(casesOfRemoved).isPositive();
        Files.delete(input.resolve("regionkoordinatorer/syd-2024.xlsx"));

        assertThat(runner.nightly(input, output.resolve("senaste")).execution().getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM migrationsverket_permit WHERE source_file_id = " + oldPermitFile)).isZero();
        assertThat(count("SELECT COUNT(*) FROM regionkoordinator_case WHERE source_file_id = " + removedCaseFile)).isZero();
        Map<String, Integer> after = rowsPerTable();
        assertThat(after.get("migrationsverket_permit")).isEqualTo(first.get("migrationsverket_permit") - 1);
        assertThat(after.get("regionkoordinator_case")).isEqualTo(first.get("regionkoordinator_case") - casesOfRemoved);
        assertNoFactWithoutItsFile();
        assertNoFactOfAFileNotInUse();
    }

    private Map<String, Integer> rowsPerTable() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : WITHOUT_FOREIGN_KEY) {
            rows.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return rows;
    }

    private void assertNoFactWithoutItsFile() {
        for (String table : WITHOUT_FOREIGN_KEY) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM source_file f"
                    + " WHERE f.id = t.source_file_id)")).as("facts of %s whose file is gone", table).isZero();
        }
    }

    /** A replaced or retired file's row stays as history; its facts do not. */
    private void assertNoFactOfAFileNotInUse() {
        for (String table : WITHOUT_FOREIGN_KEY) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " t JOIN source_file f ON f.id = t.source_file_id"
                    + " WHERE f.status NOT IN ('LOADED')")).as("facts of %s of a file not in use", table).isZero();
        }
    }

    private long fileId(String name) {
        return jdbc.queryForObject("SELECT id FROM source_file WHERE file_name = ? AND status = 'LOADED'", Long.class,
                name);
    }
}
