package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.hostile.HostileSummary;

/** The outputs are replaced all together or not at all: a failed write leaves the previous run's files intact. */
@Tag(HostileSummary.TAG)
class ReplaceTogetherIT {

    @TempDir
    Path output;

    private Path previous(String name, String content) throws IOException {
        return Files.writeString(output.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Publisher.FileWriting text(String content) {
        return file -> Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void allWrittenAllReplacedAndNoTemporaryFileLeft() throws IOException {
        Path csv = previous("bilaga1-2024-tabeller.csv", "old tables");
        Path workbook = output.resolve("bilaga1-2024.xlsx");
        Map<Path, Publisher.FileWriting> outputs = new LinkedHashMap<>();
        outputs.put(csv, text("new tables"));
        outputs.put(workbook, text("new workbook"));

        Publisher.replaceTogether(outputs);

        assertThat(Files.readString(csv)).isEqualTo("new tables");
        assertThat(Files.readString(workbook)).isEqualTo("new workbook");
        assertThat(names()).containsExactly("bilaga1-2024-tabeller.csv", "bilaga1-2024.xlsx");
    }

    @Test
    void aWriteThatFailsLeavesEveryPreviousOutputAsItWas() throws IOException {
        Path csv = previous("bilaga1-2024-tabeller.csv", "old tables");
        Path workbook = previous("bilaga1-2024.xlsx", "old workbook");
        Map<Path, Publisher.FileWriting> outputs = new LinkedHashMap<>();
        outputs.put(csv, text("new tables"));
        outputs.put(workbook, file -> {
            Files.writeString(file, "half a work", StandardCharsets.UTF_8);
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> Publisher.replaceTogether(outputs)).isInstanceOf(IOException.class)
                .hasMessage("No space left on device");

        assertThat(Files.readString(csv)).isEqualTo("old tables");
        assertThat(Files.readString(workbook)).isEqualTo("old workbook");
        assertThat(names()).containsExactly("bilaga1-2024-tabeller.csv", "bilaga1-2024.xlsx");
    }

    @Test
    void aLeftoverTemporaryFileFromAKilledRunIsWrittenOver() throws IOException {
        Path csv = previous("bilaga1-2024-tabeller.csv", "old tables");
        previous(".bilaga1-2024-tabeller.csv.tmp", "from a run killed while writing");

        Publisher.replaceTogether(Map.of(csv, text("new tables")));

        assertThat(Files.readString(csv)).isEqualTo("new tables");
        assertThat(names()).containsExactly("bilaga1-2024-tabeller.csv");
    }
}
