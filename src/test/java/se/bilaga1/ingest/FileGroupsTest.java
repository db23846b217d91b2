package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files may load side by side: never two that could claim the same key, and each group in file order. */
class FileGroupsTest {

    private static final Map<String, KeyDomain> DOMAINS = Map.of(
            "u", KeyDomain.UNBOUNDED,
            "k", KeyDomain.KEYLESS,
            "s2024", KeyDomain.of("syd", 2024, 2024),
            "s2023", KeyDomain.of("syd", 2023, 2023),
            "s22_24", KeyDomain.of("syd", 2022, 2024),
            "sAll", KeyDomain.of("syd", null, null),
            "n2024", KeyDomain.of("nord", 2024, 2024),
            "n2023", KeyDomain.of("nord", 2023, 2023));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "->", value = {
            // files (in registration order) -> groups
            "s2024 n2024 s2023 n2023 -> s2024 | n2024 | s2023 | n2023",
            "s2024 s22_24 s2023 n2024 -> s2024 s22_24 s2023 | n2024",
            "s2024 sAll n2023 s2023 -> s2024 sAll s2023 | n2023",
            "k k k -> k | k | k",
            "s2024 u n2024 k -> s2024 u n2024 | k",
            "u -> u",
            "k u k -> k | u | k",
    })
    void groups(String files, String expected) {
        List<String> names = Arrays.asList(files.trim().split("\\s+"));
        List<RegisteredFile> registered = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            registered.add(new RegisteredFile(i + 1, "x", names.get(i), Path.of(names.get(i)), "", FileKind.CSV, 0));
        }
        String groups = FileGroups.of(registered, f -> DOMAINS.get(f.fileName())).stream()
                .map(g -> g.stream().map(RegisteredFile::fileName).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" | "));
        assertThat(groups).isEqualTo(expected.trim().replaceAll("\\s*\\|\\s*", " | "));
    }

    @Test
    void aGroupKeepsRegistrationOrderEvenWhenJoinedLate() {
        // the third file overlaps both the first and the second, which are apart: one group, in file order
        List<RegisteredFile> files = List.of(file(1, "a"), file(2, "b"), file(3, "c"));
        Map<String, KeyDomain> domains = Map.of("a", KeyDomain.of("", 2020, 2020), "b", KeyDomain.of("", 2022, 2022),
                "c", KeyDomain.of("", 2020, 2022));
        assertThat(FileGroups.of(files, f -> domains.get(f.fileName()))).containsExactly(files);
    }

    @Test
    void yearsInTheNameBoundAFile() {
        assertThat(KeyDomain.yearsInName(file(1, "bra/anmalda-brott-detalj-2019.csv"))).isEqualTo(KeyDomain.of("", 2019, 2019));
        assertThat(KeyDomain.yearsInName(file(1, "bra/enkat-2022-2024.csv"))).isEqualTo(KeyDomain.of("", 2022, 2024));
        assertThat(KeyDomain.yearsInName(file(1, "bra/enkat.csv"))).isEqualTo(KeyDomain.UNBOUNDED);
    }

    private static RegisteredFile file(long id, String name) {
        return new RegisteredFile(id, "x", name, Path.of(name), "", FileKind.CSV, 0);
    }
}
