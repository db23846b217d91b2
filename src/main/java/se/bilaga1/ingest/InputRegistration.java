package se.bilaga1.ingest;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import se.bilaga1.support.Bilaga1Properties;

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
    /** How old the newest input file must be before a run reads the folder: a copy still running shows itself. */
    private final Duration settle;

    public InputRegistration(SourceFileRegistry registry, JdbcTemplate jdbc, List<FactSink> sinks,
            Bilaga1Properties properties) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.settle = Duration.ofMillis(Math.round(properties.settleSeconds() * 1000));
        this.sinks = sinks.stream().collect(Collectors.toMap(FactSink::source, Function.identity()));
    }

    /**
     * A delivery found under the input folder, with its checksum, size and modification time (its delivery date).
     * {@code notRead}: why it is registered but never read (a link out of the input folder, a name with control
     * characters, a file that cannot be read, a file still being written), else null; its checksum is then that of
     * the reason, not of the content, and it has no size or time. {@code stillBeingWritten}: its size or
     * modification time moved while it was looked at.
     */
    public record Delivery(String source, String fileName, Path path, String sha256, long sizeBytes, Instant modified,
            String notRead, boolean stillBeingWritten) {

        public boolean readable() {
            return notRead == null;
        }
    }

    /** What a nightly run found, compared with the warehouse; {@code waiting}: files still being written, left for later. */
    public record Changes(List<String> added, List<String> changed, List<String> removed, int unchanged, List<String> waiting) {

        public boolean none() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }

        public String describe() {
            String described = none() ? "nothing changed (" + unchanged + " files unchanged)"
                    : added.size() + " new, " + changed.size() + " changed, " + removed.size() + " removed, " + unchanged
                            + " unchanged";
            return waiting.isEmpty() ? described
                    : described + "; still being written, left for the next run: " + String.join(", ", waiting);
        }
    }

    /** Every delivery under the input folder, source by source, with its SHA-256, waiting out the settle time. */
    public List<Delivery> discover(Path inputDir, List<String> sources) {
        return Deliveries.discover(inputDir, sources, settle);
    }








    /**
     * A full rebuild: registers every delivery; a delivery with the same content as one before it is registered and
     * rejected, naming the first. @return the number of files registered
     */
    public int registerAll(Path inputDir, List<String> sources, Long jobExecutionId) {
        List<Delivery> deliveries = discover(inputDir, sources);
        Map<String, String> loadedBySha256 = new HashMap<>();
        deliveries.forEach(d -> register(d, jobExecutionId, null, loadedBySha256));
        log.info("Registered {} input files under {}", deliveries.size(), inputDir);
        return deliveries.size();
    }

    /**
     * What a nightly run will change: deliveries to register (with the version they replace), files to retire,
     * and files still being written (left alone: neither loaded nor retired).
     */
    public record Plan(List<Delivery> added, Map<Delivery, Long> changed, Map<String, List<SourceFileRegistry.CurrentFile>> removed,
            int unchanged, List<Delivery> waiting, Map<String, String> keptBySha256) {

        public Changes changes() {
            return new Changes(added.stream().map(Delivery::fileName).toList(),
                    changed.keySet().stream().map(Delivery::fileName).toList(), List.copyOf(removed.keySet()), unchanged,
                    waiting.stream().map(Delivery::fileName).toList());
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
        List<Delivery> waiting = new ArrayList<>();
        Map<String, String> keptBySha256 = new HashMap<>();
        int unchanged = 0;
        for (Delivery d : discover(inputDir, sources)) {
            SourceFileRegistry.CurrentFile known = newest.get(d.fileName());
            gone.remove(d.fileName());
            if (d.stillBeingWritten()) {
                waiting.add(d); // the earlier version, if any, stays in use until the copy has finished
            } else if (known == null) {
                added.add(d);
            } else if (!known.sha256().equals(d.sha256())) {
                changed.put(d, known.id());
            } else {
                unchanged++;
                if (SourceFileRegistry.LOADED.equals(known.status())) {
                    keptBySha256.putIfAbsent(known.sha256(), known.fileName());
                }
            }
        }
        return new Plan(added, changed, gone, unchanged, waiting, keptBySha256);
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
        // a delivery whose content is already loaded under a name that stays is loaded once
        Map<String, String> loadedBySha256 = new HashMap<>(plan.keptBySha256());
        plan.added().forEach(d -> {
            register(d, jobExecutionId, null, loadedBySha256);
            recordChange(jobExecutionId, d.fileName(), "NEW", d.sha256());
        });
        plan.changed().forEach((d, earlier) -> {
            register(d, jobExecutionId, earlier, loadedBySha256);
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

    /** The names a delivery may have: Excel's workbooks, and text as Excel saves it (CSV, Unicode text, tab-separated). */
    private static final java.util.Set<String> READ_EXTENSIONS = java.util.Set.of("xlsx", "xls", "csv", "txt", "tsv");

    /**
     * Registers one delivery: rejected unread when it cannot be read, when its content was delivered before under
     * another name ({@code loadedBySha256}: content → the name that loads it, updated here) or when it is neither
     * a workbook (.xlsx, .xls) nor text (.csv; .txt or .tsv, as Excel names its Unicode and tab-separated text) by
     * name.
     */
    private void register(Delivery d, Long jobExecutionId, Long replacesId, Map<String, String> loadedBySha256) {
        if (!d.readable()) {
            long id = registry.register(d.source(), d.fileName(), d.path(), d.sha256(), 0, null, null, jobExecutionId,
                    replacesId);
            registry.reject(id, d.fileName() + ": " + d.notRead());
            return;
        }
        try {
            FileKind kind = FileKind.detect(d.path());
            long id = registry.register(d.source(), d.fileName(), d.path(), d.sha256(), d.sizeBytes(), d.modified(), kind,
                    jobExecutionId, replacesId);
            String first = loadedBySha256.putIfAbsent(d.sha256(), d.fileName());
            String extension = extension(d.path());
            if (first != null) {
                registry.reject(id, d.fileName() + ": the same content as " + first + " (SHA-256 " + d.sha256().substring(0, 12)
                        + "…): a delivery is loaded once, so this copy is not read. Expected each delivery once, under"
                        + " one name.");
            } else if (!READ_EXTENSIONS.contains(extension)) {
                loadedBySha256.remove(d.sha256());
                // an old or a password-protected workbook is named for what it is, whatever its name
                registry.reject(id, d.fileName() + ": " + (kind.rejection() != null ? kind.rejection()
                        : "expected a .xlsx, .xls, .csv or .txt file, got '." + extension + "'"));
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
