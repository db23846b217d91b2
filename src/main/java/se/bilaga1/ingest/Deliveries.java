package se.bilaga1.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding the deliveries under the input folder: each source's files, their SHA-256, size and modification time, and
 * whether they are still being written (a file whose size or time still moves is not read; see docs/robustness.md).
 * What is found is registered by {@link InputRegistration}.
 */
final class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(InputRegistration.class);

    private Deliveries() {
    }

    /**
     * Every delivery under the input folder, source by source, with its SHA-256. A file is looked at twice, before
     * and after its checksum is taken, and when any file was modified less than {@code settle} ago the run first
     * waits until it is that old: a file whose size or modification time moves meanwhile is still being written
     * and is never read in this run.
     */
    static List<InputRegistration.Delivery> discover(Path inputDir, List<String> sources, Duration settle) {
        List<InputRegistration.Delivery> found = new ArrayList<>();
        if (!Files.isDirectory(inputDir)) {
            return found; // nothing delivered (no source folder can exist either)
        }
        Path root = realPath(inputDir);
        Map<Path, String> files = new LinkedHashMap<>();
        for (String source : sources) {
            try {
                InputDiscovery.discover(inputDir, source).forEach(f -> files.put(f, source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the input folder " + inputDir.resolve(source), e);
            }
        }
        Map<Path, Look> firstLooks = new LinkedHashMap<>();
        files.keySet().forEach(f -> firstLooks.put(f, Look.at(f)));
        waitUntilSettled(firstLooks.values(), settle);
        files.forEach((file, source) -> found.add(delivery(source, file, root, firstLooks.get(file))));
        return found;
    }

    private static InputRegistration.Delivery delivery(String source, Path file, Path root, Look first) {
        String rawName = file.getFileName().toString();
        String name = source + "/" + Visible.escape(rawName);
        if (!Visible.escape(rawName).equals(rawName)) {
            return notRead(source, name, file, "the file name holds a line break or another control character: not read."
                    + " Expected a name of letters, digits, spaces and . - _ (rename the file).");
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                // a link out of input/ (to /etc, another agency's share): nothing of it may enter the run
                return notRead(source, name, file, "a link to " + real + ", outside the input folder: not read."
                        + " Expected the delivered file itself in the input folder.");
            }
            Look before = Look.at(file);
            String sha256 = Checksums.sha256(file);
            Look after = Look.at(file);
            if (!first.equals(before) || !before.equals(after)) {
                return notRead(source, name, file, "still being written: its size or modification time changed while"
                        + " it was read (" + first.size() + " bytes, then " + after.size() + "): not read in this run."
                        + " A file is read only when it is the same before and after; run again when the copy has finished.",
                        true);
            }
            return new InputRegistration.Delivery(source, name, file, sha256, after.size(), Instant.ofEpochMilli(after.modifiedMillis()),
                    null, false);
        } catch (AccessDeniedException e) {
            return notRead(source, name, file, "cannot be read: permission denied. Expected a file the run's user may read.");
        } catch (IOException | UncheckedIOException e) {
            return notRead(source, name, file, "cannot be read: " + e.getMessage() + ". Expected a readable file.");
        }
    }

    private static InputRegistration.Delivery notRead(String source, String name, Path file, String why) {
        return notRead(source, name, file, why, false);
    }

    private static InputRegistration.Delivery notRead(String source, String name, Path file, String why, boolean stillBeingWritten) {
        return new InputRegistration.Delivery(source, name, file, Checksums.sha256(List.of("not read: " + why)), 0, null, why,
                stillBeingWritten);
    }

    /** A file's size and modification time, as one look sees them; a file that cannot be looked at has none. */
    private record Look(long size, long modifiedMillis) {

        static Look at(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Look(a.size(), a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return new Look(-1, -1);
            }
        }
    }

    /** Waits until the most recently modified file is {@code settle} old (at most {@code settle}). */
    private static void waitUntilSettled(Iterable<Look> looks, Duration settle) {
        long newest = Long.MIN_VALUE;
        for (Look l : looks) {
            newest = Math.max(newest, l.modifiedMillis());
        }
        long wait = Math.min(settle.toMillis(), newest + settle.toMillis() - System.currentTimeMillis());
        if (wait > 0) {
            log.info("An input file was modified {} ms ago: waiting {} ms to see whether it is still being written",
                    settle.toMillis() - wait, wait);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path realPath(Path inputDir) {
        try {
            return inputDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input folder " + inputDir, e);
        }
    }
}
