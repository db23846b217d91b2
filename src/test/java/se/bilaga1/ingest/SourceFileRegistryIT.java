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
}
