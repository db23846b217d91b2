package se.bilaga1.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Registers the deliveries under the input folder with their SHA-256, size and kind: all of them for a full
 * rebuild, or only what changed since the warehouse last saw the folder for a nightly run.
 */
@Service
public class InputRegistration {

    private static final Logger log = LoggerFactory.getLogger(InputRegistration.class);

    private final SourceFileRegistry registry;
    private final JdbcTemplate jdbc;
    private final Map<String, FactSink> sinks;

    public InputRegistration(SourceFileRegistry registry, JdbcTemplate jdbc, List<FactSink> sinks) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.sinks = sinks.stream().collect(Collectors.toMap(FactSink::source, Function.identity()));
    }

    /**
     * A delivery found under the input folder, with its checksum. {@code outside}: where it links to when it is a
     * link out of the input folder (never read: its checksum is of the link's target name), else null.
     */
    public record Delivery(String source, String fileName, Path path, String sha256, Path outside) {
    }

    /** What a nightly run found, compared with the warehouse. */
    public record Changes(List<String> added, List<String> changed, List<String> removed, int unchanged) {

        public boolean none() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }

        public String describe() {
            return none() ? "nothing changed (" + unchanged + " files unchanged)"
                    : added.size() + " new, " + changed.size() + " changed, " + removed.size() + " removed, " + unchanged
                            + " unchanged";
        }
    }

    /** Every delivery under the input folder, source by source, with its SHA-256. */
    public static List<Delivery> discover(Path inputDir, List<String> sources) {
        List<Delivery> found = new ArrayList<>();
        if (!Files.isDirectory(inputDir)) {
            return found; // nothing delivered (no source folder can exist either)
        }
        Path root = realPath(inputDir);
        for (String source : sources) {
            try {
                for (Path file : InputDiscovery.discover(inputDir, source)) {
                    String name = source + "/" + file.getFileName();
                    Path real = file.toRealPath();
                    if (!real.startsWith(root)) {
                        // a link out of input/ (to /etc, another agency's share): nothing of it may enter the run
                        found.add(new Delivery(source, name, file, Checksums.sha256(List.of("link:" + real)), real));
                    } else {
                        found.add(new Delivery(source, name, file, Checksums.sha256(file), null));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the input folder " + inputDir.resolve(source), e);
            }
        }
        return found;
    }

    private static Path realPath(Path inputDir) {
        try {
            return inputDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input folder " + inputDir, e);
        }
    }

    /** A full rebuild: registers every delivery. @return the number of files registered */
    public int registerAll(Path inputDir, List<String> sources, Long jobExecutionId) {
        List<Delivery> deliveries = discover(inputDir, sources);
        deliveries.forEach(d -> register(d, jobExecutionId, null));
        log.info("Registered {} input files under {}", deliveries.size(), inputDir);
        return deliveries.size();
    }

    /** What a nightly run will change: deliveries to register (with the version they replace) and files to retire. */
    public record Plan(List<Delivery> added, Map<Delivery, Long> changed, Map<String, List<SourceFileRegistry.CurrentFile>> removed,
            int unchanged) {

        public Changes changes() {
            return new Changes(added.stream().map(Delivery::fileName).toList(),
                    changed.keySet().stream().map(Delivery::fileName).toList(), List.copyOf(removed.keySet()), unchanged);
        }
    }

    /** Compares the input folder with the warehouse: new files, files whose SHA-256 changed, files gone. */
    public Plan compare(Path inputDir, List<String> sources) {
        Map<String, SourceFileRegistry.CurrentFile> newest = new LinkedHashMap<>();
        Map<String, List<SourceFileRegistry.CurrentFile>> gone = new LinkedHashMap<>();
        for (SourceFileRegistry.CurrentFile f : registry.current()) {
            if (sources.contains(f.source())) {
                newest.put(f.fileName(), f); // ordered by id: the last one is the newest version
                gone.computeIfAbsent(f.fileName(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Delivery> added = new ArrayList<>();
        Map<Delivery, Long> changed = new LinkedHashMap<>();
        int unchanged = 0;
        for (Delivery d : discover(inputDir, sources)) {
            SourceFileRegistry.CurrentFile known = newest.get(d.fileName());
            gone.remove(d.fileName());
            if (known == null) {
                added.add(d);
            } else if (!known.sha256().equals(d.sha256())) {
                changed.put(d, known.id());
            } else {
                unchanged++;
            }
        }
        return new Plan(added, changed, gone, unchanged);
    }

    /**
     * A nightly run: registers the new deliveries and the changed ones (as a new version that replaces the earlier
     * when it has loaded), and retires, with their facts, the files gone from the folder. Each change is recorded
     * for the run. What an abandoned run registered and did not load goes first.
     */
    public Changes apply(Plan plan, long jobExecutionId) {
        int abandoned = registry.deleteUnfinished(sinks);
        if (abandoned > 0) {
            log.info("Removed {} files an earlier run registered and did not load", abandoned);
        }
        plan.added().forEach(d -> {
            register(d, jobExecutionId, null);
            recordChange(jobExecutionId, d.fileName(), "NEW", d.sha256());
        });
        plan.changed().forEach((d, earlier) -> {
            register(d, jobExecutionId, earlier);
            recordChange(jobExecutionId, d.fileName(), "CHANGED", d.sha256());
        });
        plan.removed().forEach((name, versions) -> {
            versions.forEach(v -> registry.retire(v.id(), SourceFileRegistry.RETIRED, sinks.get(v.source())));
            recordChange(jobExecutionId, name, "REMOVED", versions.get(versions.size() - 1).sha256());
        });
        Changes changes = plan.changes();
        log.info("Input: {}", changes.describe());
        return changes;
    }

    private void register(Delivery d, Long jobExecutionId, Long replacesId) {
        if (d.outside() != null) {
            long id = registry.register(d.source(), d.fileName(), d.path(), d.sha256(), 0, null, jobExecutionId, replacesId);
            registry.reject(id, d.fileName() + ": a link to " + d.outside() + ", outside the input folder: not read."
                    + " Expected the delivered file itself in the input folder.");
            return;
        }
        try {
            long id = registry.register(d.source(), d.fileName(), d.path(), d.sha256(), Files.size(d.path()),
                    FileKind.detect(d.path()), jobExecutionId, replacesId);
            String extension = extension(d.path());
            if (!extension.equals("xlsx") && !extension.equals("csv")) {
                registry.reject(id, d.fileName() + ": expected a .xlsx or .csv file, got '." + extension + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + d.path(), e);
        }
    }

    private void recordChange(long jobExecutionId, String fileName, String kind, String sha256) {
        jdbc.update("INSERT INTO run_change (job_execution_id, file_name, change_kind, sha256) VALUES (?,?,?,?)",
                jobExecutionId, fileName, kind, sha256);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase();
    }
}
