package se.bilaga1.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The 290 municipality codes of {@code reference/kommuner.csv} ({@code kommunkod,kommun,...}), sorted. */
final class Kommunkoder {

    static final int COUNT = 290;

    private Kommunkoder() {
    }

    static List<String> read(Path csv) {
        try {
            List<String> codes = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.substring(0, l.indexOf(',')).strip())
                    .sorted()
                    .toList();
            if (codes.size() != COUNT || !codes.stream().allMatch(c -> c.matches("\\d{4}"))) {
                throw new IllegalStateException(csv + ": expected " + COUNT + " four-digit codes, got " + codes.size());
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
