package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A file's message never shows the server's folders: the input folder's path becomes the file's name under it. */
@SpringBootTest
class SourceFileRegistryIT {

    static final Path DATA = Path.of(System.getProperty("user.dir"), "target", "test-data", "registry-" + UUID.randomUUID());

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("bilaga1.data", DATA::toString);
    }

    @Autowired
    SourceFileRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void messagesNameFilesRelativeToTheInputFolder() {
        Path input = Path.of("/srv/bilaga1/input");
        Path file = input.resolve("bra/anmalda-brott-2024.xlsx");
        long id = registry.register("bra", "bra/anmalda-brott-2024.xlsx", file, "0".repeat(64), 10, Instant.now(),
                FileKind.XLSX, null, null);
        registry.reject(id, "bra/anmalda-brott-2024.xlsx: cannot be read: " + file + " (No such file or directory)");
        registry.addRemark(id, "see " + input.resolve("bra/other.csv"));
        String message = jdbc.queryForObject("SELECT message FROM source_file WHERE id = ?", String.class, id);
        assertThat(message).isEqualTo("bra/anmalda-brott-2024.xlsx: cannot be read: bra/anmalda-brott-2024.xlsx (No such"
                + " file or directory); see bra/other.csv").doesNotContain("/srv");
    }

    /**
     * A partition of a stopped run that comes back under another name has no position to resume from: the file it had
     * part-loaded starts over, leaving nothing of the first attempt. A loaded file is not touched.
     */
    @Test
    void aPartLoadedFileStartsOverAndALoadedOneStays() {
        long partLoaded = registered("bra/anmalda-brott-detalj-2019.csv");
        long loaded = registered("bra/anmalda-brott-detalj-2020.csv");
        for (long id : new long[] {partLoaded, loaded}) {
            registry.markLoading(id, "bra.detalj", null, "UTF-8", null);
            registry.addCounts(id, 3, 1, 1, 1);
            registry.addQuarantine(java.util.List.<Object[]>of(new Object[] {id, null, 3, "A (ar)", "x", "expected a year"}));
            registry.addNotes(java.util.List.<Object[]>of(new Object[] {id, null, 1, "rubrik", "ar;manad"}));
        }
        jdbc.update("UPDATE source_file SET status = 'LOADED' WHERE id = ?", loaded);
        java.util.List<Long> deleted = new java.util.ArrayList<>();
        FactSink sink = new FactSink() {
            @Override
            public String source() {
                return "bra";
            }

            @Override
            public void write(java.util.List<RowOutcome.Loaded> rows) {
            }

            @Override
            public void deleteFacts(long sourceFileId) {
                deleted.add(sourceFileId);
            }
        };

        registry.startOver(partLoaded, sink);
        registry.startOver(loaded, sink);

        assertThat(deleted).containsExactly(partLoaded);
        assertThat(jdbc.queryForList("SELECT status || ' ' || rows_read || ' ' || rows_loaded || ' ' || rows_quarantined || ' '"
                + " || rows_notes FROM source_file WHERE id IN (?, ?) ORDER BY id", String.class, partLoaded, loaded))
                .containsExactly("REGISTERED 0 0 0 0", "LOADED 3 1 1 1");
        for (String table : new String[] {"quarantine_row", "source_note"}) {
            assertThat(jdbc.queryForList("SELECT source_file_id FROM " + table + " WHERE source_file_id IN (?, ?)", Long.class,
                    partLoaded, loaded)).as(table).containsExactly(loaded);
        }
    }

    /** A chunk's counts go to a file being loaded; a file rejected meanwhile takes none and says so. */
    @Test
    void aRejectedFileTakesNoCounts() {
        long loading = registered("bra/anmalda-brott-detalj-2021.csv");
        long rejected = registered("bra/anmalda-brott-detalj-2022.csv");
        registry.markLoading(loading, "bra.detalj", null, "UTF-8", null);
        registry.markLoading(rejected, "bra.detalj", null, "UTF-8", null);
        registry.reject(rejected, "bra/anmalda-brott-detalj-2022.csv: the file ends in the middle of a row");

        assertThat(registry.addCounts(loading, 5, 3, 1, 1)).isTrue();
        assertThat(registry.addCounts(loading, 2, 2, 0, 0)).isTrue();
        assertThat(registry.addCounts(rejected, 5, 3, 1, 1)).isFalse();

        String counts = "SELECT rows_read || '/' || rows_loaded || '/' || rows_quarantined || '/' || rows_notes"
                + " FROM source_file WHERE id = ?";
        assertThat(jdbc.queryForObject(counts, String.class, loading)).isEqualTo("7/5/1/1");
        assertThat(jdbc.queryForObject(counts, String.class, rejected)).isEqualTo("0/0/0/0");
    }

    private long registered(String name) {
        return registry.register("bra", name, Path.of("/srv/bilaga1/input").resolve(name), UUID.randomUUID().toString()
                .replace("-", "").repeat(2), 10, Instant.now(), FileKind.CSV, null, null);
    }
}
