package se.bilaga1.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.bilaga1.publish.textkontroll.Finding;
import se.bilaga1.publish.textkontroll.Textkontroll;
import se.bilaga1.publish.textkontroll.TextkontrollCsv;
import se.bilaga1.publish.textkontroll.TextkontrollProperties;
import se.bilaga1.reference.Kommuner;
import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.Bilaga1Tables;
import se.bilaga1.warehouse.Korrigeringar;
import se.bilaga1.warehouse.Lineage;
import se.bilaga1.warehouse.PublishedCells;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.Snapshots;
import se.bilaga1.warehouse.YearTables;

/**
 * Writes the files of the output contract for report year N: the published tables, and of everything about people only
 * what the {@link DisclosureBoundary} hands out.
 */
@Service
public class Publisher {

    private final Bilaga1Tables tables;
    private final DisclosureBoundary boundary;
    private final SourceFileRegistry registry;
    private final Kommuner kommuner;
    private final Lineage lineage;
    private final TextkontrollProperties textkontroll;

    public Publisher(Bilaga1Tables tables, DisclosureBoundary boundary, SourceFileRegistry registry,
            Kommuner kommuner, Lineage lineage, TextkontrollProperties textkontroll) {
        this.textkontroll = textkontroll;
        this.lineage = lineage;
        this.kommuner = kommuner;
        this.tables = tables;
        this.boundary = boundary;
        this.registry = registry;
    }

    /**
     * The paths written (workbook, tables CSV, reconciliation CSV, quality declaration) and the checksum of the
     * published cells.
     */
    public record Written(Path workbook, Path tablesCsv, Path reconciliationCsv, Path qualityDeclaration,
            String cellsSha256) {
    }

    /**
     * The files of report year N, by name: what a snapshot's archive holds and the console serves (the workbook, the
     * two CSVs and the quality declaration; the PX files stay in {@code px/} beside the current outputs).
     */
    public static List<String> fileNames(int reportYear) {
        return List.of("bilaga1-" + reportYear + ".xlsx", "bilaga1-" + reportYear + "-tabeller.csv",
                "bilaga1-" + reportYear + "-avstamning.csv", "bilaga1-" + reportYear + "-kvalitet.md");
    }

    /** Where snapshot k of report year N keeps a copy of its files, under the output folder. */
    public static Path archiveDir(Path outputDir, int reportYear, int snapshotNo) {
        return outputDir.resolve("arkiv").resolve(String.valueOf(reportYear)).resolve("ogonblicksbild-" + snapshotNo);
    }

    /** Copies the files just written to snapshot k's archive, so each snapshot's files can still be fetched later. */
    public static void archive(Written written, Path archiveDir) throws IOException {
        Files.createDirectories(archiveDir);
        for (Path file : List.of(written.workbook(), written.tablesCsv(), written.reconciliationCsv(),
                written.qualityDeclaration())) {
            Files.copy(file, archiveDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Where the workbook of report year N goes in {@code outputDir}. */
    public static Path workbookPath(Path outputDir, int reportYear) {
        return outputDir.resolve("bilaga1-" + reportYear + ".xlsx");
    }

    /**
     * Writes the workbook, the two CSVs and the PX files (under {@code px/}) of report year N, from the tables the run
     * built once ({@code year}), to {@code outputDir}. {@code built} is what the overview says of the build (the
     * rebuild's snapshot, or the nightly run); {@code sinceSnapshot} the published cells that moved since the previous
     * snapshot, listed on the overview. Records every published cell's lineage in the warehouse for {@code lineageKey}
     * (the run, and the rebuild's snapshot), in the caller's transaction; none when it is null. The workbook's
     * Spårbarhet sheet shows the same lineage.
     */
    public Written publish(YearTables year, Path outputDir, String built, List<Snapshots.MovedCell> sinceSnapshot,
            Lineage.Key lineageKey) throws IOException {
        int reportYear = year.reportYear();
        Files.createDirectories(outputDir);
        List<PublishedTable> published = boundary.publishedTables(year);
        List<RuleResult> rules = boundary.rules(reportYear);
        Written written = new Written(workbookPath(outputDir, reportYear),
                outputDir.resolve("bilaga1-" + reportYear + "-tabeller.csv"),
                outputDir.resolve("bilaga1-" + reportYear + "-avstamning.csv"), qualityDeclarationPath(outputDir, reportYear),
                PublishedCells.checksum(PublishedCells.of(published)));
        Map<Path, FileWriting> outputs = new LinkedHashMap<>();
        outputs.put(written.tablesCsv(), file -> FlatCsvWriter.writeTables(file, published));
        outputs.put(written.reconciliationCsv(), file -> FlatCsvWriter.writeReconciliation(file, rules));
        List<Korrigeringar.MovedCell> moved = boundary.movedCells(only -> tables.only(only, reportYear));
        WorkbookWriter.Contents contents = new WorkbookWriter.Contents(reportYear, built, sinceSnapshot, boundary.accounting(),
                published, boundary.breakdowns(year), rules, boundary.corrections(moved), moved, boundary.quarantine());
        // the declaration is made of what the other sheets show, so its figures are the run's own
        QualityDeclaration declaration = QualityDeclaration.of(contents, written.cellsSha256(), registry.deliveredAt(),
                boundary.caseRegionsPerYear(), kommuner.all().size());
        outputs.put(written.qualityDeclaration(), file -> Files.writeString(file,
                QualityDeclarationText.markdown(declaration), java.nio.charset.StandardCharsets.UTF_8));
        List<Lineage.CellLineage> cellLineage = boundary.lineage(reportYear, published, rules, moved);
        if (lineageKey != null) {
            lineage.record(reportYear, lineageKey, cellLineage);
        }
        List<Finding> findings = manuscriptFindings(reportYear, published, contents.breakdowns());
        if (findings != null) {
            outputs.put(outputDir.resolve(TextkontrollCsv.fileName(reportYear)), file -> TextkontrollCsv.write(file, findings));
        }
        outputs.put(written.workbook(), file -> WorkbookWriter.write(file, contents, declaration, cellLineage, findings));
        Set<Path> px = pxFiles(outputDir, published, outputs);
        replaceTogether(outputs);
        removeStalePx(outputDir.resolve(PxWriter.DIRECTORY), px);
        return written;
    }

    /**
     * The configured manuscript's findings against the cells this run publishes (bilaga1.textkontroll.manus), or null
     * when none is configured. A manuscript that cannot be read is said on stderr and leaves the outputs without the
     * sheet: the report's text never stops a run.
     */
    private List<Finding> manuscriptFindings(int reportYear, List<PublishedTable> published, List<PublishedTable> breakdowns) {
        if (textkontroll == null || textkontroll.manus() == null) {
            return null;
        }
        List<PublishedTable> all = new java.util.ArrayList<>(published);
        all.addAll(breakdowns);
        try {
            return new Textkontroll().check(textkontroll.manus(), PublishedCells.of(all), reportYear);
        } catch (IOException e) {
            System.err.println("Textkontroll skipped: " + e.getMessage());
            return null;
        }
    }

    /** Where the quality declaration of report year N goes in {@code outputDir}. */
    public static Path qualityDeclarationPath(Path outputDir, int reportYear) {
        return outputDir.resolve("bilaga1-" + reportYear + "-kvalitet.md");
    }

    /**
     * Adds one PC-Axis file per published table ({@code px/tabell-7.px}, …) to the outputs, so they are replaced
     * together with the workbook and the CSVs. A table without cells (no survey in the warehouse) has no PX file:
     * a PX variable needs at least one value.
     */
    private static Set<Path> pxFiles(Path outputDir, List<PublishedTable> published, Map<Path, FileWriting> outputs)
            throws IOException {
        Path dir = Files.createDirectories(outputDir.resolve(PxWriter.DIRECTORY));
        Set<Path> files = new LinkedHashSet<>();
        for (PublishedTable table : published) {
            if (table.rows().isEmpty() || table.columns().isEmpty()) {
                continue;
            }
            Path file = dir.resolve(PxWriter.fileName(table));
            if (!files.add(file)) {
                throw new IllegalStateException("Two published tables would both be written to " + file);
            }
            outputs.put(file, target -> PxWriter.write(target, table));
        }
        return files;
    }

    /** A PX file of a table this run has no cells for goes, once the new set is in place, so none is left stale. */
    private static void removeStalePx(Path dir, Set<Path> current) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.px")) {
            for (Path file : files) {
                if (!current.contains(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Writes one output file. */
    @FunctionalInterface
    interface FileWriting {
        void write(Path file) throws IOException;
    }

    /**
     * Writes every file beside its target first ({@code .name.tmp}) and moves them into place only when all are
     * written: a run that fails while writing (a full disk, a broken cell) leaves the previous outputs as they
     * were, all of the same run, and no half-written file where a reader looks.
     */
    static void replaceTogether(Map<Path, FileWriting> outputs) throws IOException {
        Map<Path, Path> temporary = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, FileWriting> output : outputs.entrySet()) {
                Path target = output.getKey();
                Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.deleteIfExists(temp);
                temporary.put(target, temp);
                output.getValue().write(temp);
            }
            for (Map.Entry<Path, Path> written : temporary.entrySet()) {
                moveIntoPlace(written.getValue(), written.getKey());
            }
        } finally {
            for (Path temp : temporary.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
