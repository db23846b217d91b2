package se.bilaga1.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's printed cells ({@link ReferenceData#PUBLICERAT_2024}), and the cells of a generated {@code bilaga1-N-tabeller.csv}, keyed {@code tabell;rad;kolumn}.
 */
public final class PublishedReference {

    private PublishedReference() {
    }

    public static Map<String, String> reference(String... tabeller) throws IOException {
        return cells(ReferenceData.PUBLICERAT_2024, tabeller);
    }

    /** {@code tabell;rad;kolumn} → {@code varde} of a flat table file, for the tables named. */
    public static Map<String, String> cells(Path flatCsv, String... tabeller) throws IOException {
        List<String> wanted = List.of(tabeller);
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(flatCsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            if (wanted.contains(f[0])) {
                cells.put(f[0] + ";" + f[1] + ";" + f[2], f[3]);
            }
        }
        return cells;
    }
}
