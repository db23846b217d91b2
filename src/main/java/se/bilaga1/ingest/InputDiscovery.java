package se.bilaga1.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the deliveries in {@code input/<source>/}: every regular file but READMEs and hidden files, by name. */
public final class InputDiscovery {

    private InputDiscovery() {
    }

    public static List<Path> discover(Path inputDir, String source) throws IOException {
        Path folder = inputDir.resolve(source);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().toLowerCase().startsWith("readme"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }
}
