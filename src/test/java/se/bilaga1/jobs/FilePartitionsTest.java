package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.bilaga1.ingest.FileKind;
import se.bilaga1.ingest.RegisteredFile;

/**
 * The plan a load step's partitions follow: made from the files to load when the run begins, kept as it was on a
 * restart, so that every partition comes back under the name it stopped under.
 */
class FilePartitionsTest {

    /** Groups of two files in order, so that a plan made afresh is told from a kept one by its names. */
    private static final Function<List<RegisteredFile>, List<List<RegisteredFile>>> PAIRS = files -> {
        List<List<RegisteredFile>> groups = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            groups.add(files.subList(i, Math.min(files.size(), i + 2)));
        }
        return groups;
    };

    @ParameterizedTest(name = "kept [{0}], to load {1} → [{2}]")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        // a first run: the files to load, grouped
        "none           | 1 2 3 4 5 | 1,2;3,4;5",
        "none           |           | ''",
        // a restart whose stopped run loaded 1, 2 and 3: the partitions keep their names, 3,4 is not renamed 4
        "1,2;3,4;5      | 4 5       | 1,2;3,4;5",
        "1,2;3,4;5      |           | 1,2;3,4;5",
        // the plan lacks a file to load (no restart allows it, but should one): grouped afresh
        "1,2;3,4        | 4 5       | 4,5",
        "''             | 7         | 7",
    })
    void aRestartKeepsThePlanItsRunBeganWith(String kept, String toLoad, String expected) {
        Map<String, List<Long>> plan = FilePartitions.plan(kept, files(toLoad), PAIRS);

        assertThat(FilePartitions.format(plan)).isEqualTo(expected);
        plan.forEach((name, files) -> assertThat(name).as("named for its first file").isEqualTo(String.valueOf(files.get(0))));
        assertThat(FilePartitions.parse(FilePartitions.format(plan))).as("kept and read back").isEqualTo(plan);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "12;3,4,5;6,6", "1;2;3"})
    void aPlanReadBackNamesEachGroupForItsFirstFile(String kept) {
        Map<String, List<Long>> plan = FilePartitions.parse(kept);

        Map<String, List<Long>> expected = new LinkedHashMap<>();
        for (String group : kept.split(";")) {
            List<Long> ids = Arrays.stream(group.split(",")).map(Long::valueOf).toList();
            expected.put(String.valueOf(ids.get(0)), ids);
        }
        assertThat(plan).isEqualTo(expected);
        assertThat(FilePartitions.format(plan)).isEqualTo(kept);
    }

    private static List<RegisteredFile> files(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.trim().split(" +")).mapToLong(Long::parseLong).boxed()
                .map(id -> new RegisteredFile(id, "x", "f" + id + ".csv", Path.of("f" + id + ".csv"), "", FileKind.CSV, 0))
                .toList();
    }
}
