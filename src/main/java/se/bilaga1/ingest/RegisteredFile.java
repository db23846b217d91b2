package se.bilaga1.ingest;

import java.nio.file.Path;

/**
 * A delivered file as the registry knows it. {@code fileName} is relative to the input folder, e.g. {@code bra/x.xlsx};
 * {@code sizeBytes} is its size when it was registered, which it must still have when it is read.
 */
public record RegisteredFile(long id, String sourceName, String fileName, Path path, String sha256, FileKind kind,
        long sizeBytes) {
}
