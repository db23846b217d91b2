package se.bilaga1.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.publish.textkontroll.Finding;
import se.bilaga1.publish.textkontroll.TextkontrollSheet;
import se.bilaga1.warehouse.Korrigeringar;
import se.bilaga1.warehouse.Lineage;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.Snapshots;

/**
 * The consolidated workbook {@code bilaga1-N.xlsx}: overview, one sheet per indicator in the published layout,
 * reconciliation, corrections and a quarantine summary. Swedish number format, frozen headers, and no text
 * cell that a spreadsheet could take for a formula. One class per sheet writes it, on the shared
 * {@link WorkbookStyles}.
 */
public final class WorkbookWriter {

    /** Thousands grouped the Swedish way (1 055) whatever the reader's locale: the format carries sv-SE. */
    static final String INTEGER_FORMAT = "[$-41D]#,##0";
    /** Shares are stored as decimals (0.333) and shown as percentages with one decimal, Swedish style (33,3 %). */
    static final String SHARE_FORMAT = "[$-41D]0.0 %";

    /** Everything the workbook shows, gathered by the publish step. */
    public record Contents(int reportYear, String built, List<Snapshots.MovedCell> sinceSnapshot,
            ShownFile.Accounting accounting, List<PublishedTable> tables,
            List<PublishedTable> breakdowns, List<RuleResult> rules, List<ShownCorrection> corrections,
            List<Korrigeringar.MovedCell> movedCells, ShownQuarantine quarantine) {
    }

    private WorkbookWriter() {
    }

    public static void write(Path file, Contents contents) throws IOException {
        write(file, contents, null);
    }

    /** As {@link #write(Path, Contents)}, with the quality declaration as the last sheet (none when null). */
    public static void write(Path file, Contents contents, QualityDeclaration declaration) throws IOException {
        write(file, contents, declaration, null);
    }

    /**
     * As {@link #write(Path, Contents, QualityDeclaration)}, with the sheet Spårbarhet (every published cell's
     * lineage, none when null) before the quality declaration.
     */
    public static void write(Path file, Contents contents, QualityDeclaration declaration,
            List<Lineage.CellLineage> lineage) throws IOException {
        write(file, contents, declaration, lineage, null);
    }

    /** As above, with the sheet Textkontroll (the manuscript's findings; none when null) after Karantän. */
    public static void write(Path file, Contents contents, QualityDeclaration declaration,
            List<Lineage.CellLineage> lineage, List<Finding> textkontroll) throws IOException {
        WorkbookStyles writer = new WorkbookStyles();
        OverviewSheet.write(writer, contents);
        for (PublishedTable table : contents.tables()) {
            TableSheet.write(writer, table);
        }
        for (PublishedTable table : contents.breakdowns()) {
            TableSheet.write(writer, table);
        }
        ReconciliationSheet.write(writer, contents.rules());
        CorrectionsSheet.write(writer, contents.corrections(), contents.movedCells());
        QuarantineSheet.write(writer, contents);
        if (textkontroll != null) {
            TextkontrollSheet.write(writer.workbook, textkontroll);
        }
        if (lineage != null) {
            LineageSheet.write(writer, lineage);
        }
        if (declaration != null) {
            DeclarationSheet.write(writer, declaration);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.workbook.write(out);
        } finally {
            writer.workbook.close();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
