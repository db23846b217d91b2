package se.bilaga1.jobs;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The end-to-end rebuild on the embedded H2 warehouse, in a file under a fresh data folder. */
@SpringBootTest
class H2RebuildEndToEndTest extends RebuildEndToEndContract {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("bilaga1.data", () -> data.toAbsolutePath().toString());
    }
}
