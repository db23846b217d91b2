package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.ingest.Visible;

/**
 * The acceptance in one case: the committed samples with one of each bad file dropped in beside them still
 * publish every cell they publish alone (the tables CSV byte for byte), and the workbook's Karantän sheet names each
 * bad file. The bad files are also left in {@code target/hostile-drop-in/}, to drop into a real {@code input/}
 * (docs/robustness.md).
 */
class HostileDropInIT extends HostileCase {

    static final Path LEFT_FOR_PEOPLE = Path.of("target", "hostile-drop-in");

    /** Every case class's bad files, as they can sit in a real input folder. */
    interface DropIn {
        void write(Path input) throws Exception;
    }

    /**
     * Dropped files that are strange but sound (merged headers, formatted empty rows, plain Windows-1252, mixed line
     * breaks): what they test is that they load in full and quietly, so the Karantän sheet has nothing to say of them.
     */
    static final Set<String> SOUND = Set.of("bra/trasig-anmalda-brott-sammanslagna.xlsx",
            "kommunenkat/trasig-kommunenkat-2025-sammanslagna.xlsx", "bra/trasig-anmalda-brott-tomma-rader.xlsx",
            "bra/trasig-ogiltig-utf8.csv", "bra/trasig-radbrytningar.csv");
    /** Dropped files whose fault is a finding of the reconciliation (a total, corrections): Avstämning names them. */
    static final Set<String> FINDINGS = Set.of("bra/trasig-anmalda-brott-totalt-2015-2016.xlsx",
            "korrigeringar/=trasig-korrigeringar-2024.csv", "korrigeringar/trasig-korrigeringar-2024.csv");

    static final List<DropIn> BAD_FILES = List.of(FilesystemCasesIT::dropIn, XlsxContainerCasesIT::dropIn,
            XlsxContentCasesIT::dropIn, Date1904CasesIT::dropIn, CsvCasesIT::dropIn, SemanticCasesIT::dropIn,
            ExportSafetyCasesIT::dropIn, XlsCasesIT::dropIn, UnicodeTextCasesIT::dropIn, PublishedTableCasesIT::dropIn);

    @Test
    void theSamplesWithEveryBadFileBesideThemPublishTheSameCellsAndTheQuarantineSheetNamesEachBadFile(@TempDir Path alone)
            throws Exception {
        copyTree(Path.of("input"), input);
        rebuildInto(alone);
        byte[] cellsAlone = Files.readAllBytes(alone.resolve("bilaga1-2024-tabeller.csv"));

        deleteTree(LEFT_FOR_PEOPLE);
        for (DropIn dropIn : BAD_FILES) {
            dropIn.write(LEFT_FOR_PEOPLE);
        }
        List<String> badFiles = relativeFiles(LEFT_FOR_PEOPLE);
        assertThat(badFiles).hasSizeGreaterThanOrEqualTo(BAD_FILES.size());
        copyTree(LEFT_FOR_PEOPLE, input);
        rebuild();

        assertThat(output.resolve("bilaga1-2024-tabeller.csv")).as("every published cell, bad files or not")
                .hasBinaryContent(cellsAlone);
        List<String> quarantineSheet = firstColumn(output.resolve("bilaga1-2024.xlsx"), "Karantän");
        assertThat(badFiles).containsAll(SOUND).containsAll(FINDINGS);
        assertThat(badFiles.stream().filter(bad -> !SOUND.contains(bad) && !FINDINGS.contains(bad)).map(Visible::escape)
                .filter(bad -> !quarantineSheet.contains(bad)).toList()).as("bad files the Karantän sheet does not name")
                .isEmpty();
        String reconciliation = Files.readString(output.resolve("bilaga1-2024-avstamning.csv"));
        assertThat(FINDINGS.stream().filter(f -> !reconciliation.contains(f)).toList())
                .as("files with findings the reconciliation does not name").isEmpty();
        for (String sound : SOUND) {
            Warehouse.SourceFile file = warehouse().file(sound);
            assertThat(List.of(file.status(), file.rowsQuarantined())).as(sound).containsExactly("LOADED", 0L);
        }
        assertNoRowLost();
    }

    private void rebuildInto(Path out) throws Exception {
        assertThat(testRebuild.rebuild(YEAR, input, out).getStatus().isUnsuccessful()).isFalse();
    }

    private static List<String> firstColumn(Path workbook, String sheet) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            for (Row row : book.getSheet(sheet)) {
                Cell cell = row.getCell(0);
                if (cell != null) {
                    cells.add(cell.toString());
                }
            } 
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return cells;
    }

    /** The files under {@code root} as {@code source/name}, links included. */
    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
