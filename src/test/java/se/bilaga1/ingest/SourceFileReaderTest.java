package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SourceFileReaderTest {

    @Test
    void aFewExtraColumnsAreAllNamed() {
        assertThat(SourceFileReader.named(List.of("kommentar", "Handläggare"))).isEqualTo("kommentar, Handläggare");
    }

    @Test
    void theExtraColumnsOfASheetToXfdAreNamedUpToFiftyEachCutTo60Characters() {
        List<String> names = IntStream.range(0, 16_376).mapToObj(i -> i == 0 ? "x".repeat(5000) : "extra " + i).toList();

        String message = SourceFileReader.named(names);

        assertThat(message).startsWith("x".repeat(59) + "…, extra 1, extra 2, ").endsWith(", extra 49 and 16326 more");
        assertThat(message.length()).isLessThan(SourceFileReader.IGNORED_NAMED * 62 + 30);
    }
}
