package se.bilaga1.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Registers every delivery under the input folder with its SHA-256, size and kind. */
@Service
public class InputRegistration {

    private static final Logger log = LoggerFactory.getLogger(InputRegistration.class);

    private final SourceFileRegistry registry;

    public InputRegistration(SourceFileRegistry registry) {
        this.registry = registry;
    }

    /** @return the number of files registered */
    public int registerAll(Path inputDir, List<String> sources, Long jobExecutionId) {
        int count = 0;
        for (String source : sources) {
            try {
                for (Path file : InputDiscovery.discover(inputDir, source)) {
                    String name = source + "/" + file.getFileName();
                    long id = registry.register(source, name, file, Checksums.sha256(file), Files.size(file),
                            FileKind.detect(file), jobExecutionId);
                    String extension = extension(file);
                    if (!extension.equals("xlsx") && !extension.equals("csv")) {
                        registry.reject(id, name + ": expected a .xlsx or .csv file, got '." + extension + "'");
                    }
                    count++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the input folder " + inputDir.resolve(source), e);
            }
        }
        log.info("Registered {} input files under {}", count, inputDir);
        return count;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase();
    }
}
