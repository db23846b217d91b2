package se.bilaga1.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.publish.textkontroll.Finding;
import se.bilaga1.publish.textkontroll.Status;
import se.bilaga1.publish.textkontroll.Textkontroll;
import se.bilaga1.publish.textkontroll.TextkontrollCsv;
import se.bilaga1.support.Bilaga1Properties;
import se.bilaga1.warehouse.PublishedCells;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.Snapshots;

/**
 * {@code textkontroll N MANUS [--snapshot=K]}: every figure and change word of a report's manuscript checked against
 * report year N's published cells — those the disclosure boundary hands out now (the latest run: Tabell 1–8, the
 * figures and the breakdowns), or snapshot K's published cells. Writes {@code bilaga1-N-textkontroll.csv} to the
 * output folder and prints the counts per status and every statement that is not STÄMMER or EJ KONTROLLERAD. Reads
 * the warehouse only.
 */
@Component
public class TextkontrollCommand extends Command {

    static final String USAGE = "usage: textkontroll N MANUS [--snapshot=K]   e.g. textkontroll 2024 arsrapport-2024.docx";

    private final DisclosureBoundary boundary;
    private final Snapshots snapshots;
    private final Path outputDir;

    public TextkontrollCommand(DisclosureBoundary boundary, Snapshots snapshots, Bilaga1Properties properties) {
        super("textkontroll");
        this.boundary = boundary;
        this.snapshots = snapshots;
        this.outputDir = properties.output();
    }

    @Override
    protected int execute(List<String> operands, ApplicationArguments args) throws IOException {
        YearAndSnapshot asked = yearAndSnapshot(operands, 2, args);
        if (asked == null) {
            return usage(USAGE);
        }
        int year = asked.year();
        Integer snapshot = asked.snapshot();
        Path manuscript = Path.of(operands.get(1));
        if (!Files.isRegularFile(manuscript)) {
            System.err.println("textkontroll: no manuscript " + manuscript + ": expected a .docx, .md or .txt file");
            return RebuildCommand.ExitCodes.FAILED;
        }
        Optional<List<PublishedCells.PublishedCell>> cells = cells(year, snapshot);
        if (cells.isEmpty()) {
            System.err.println("textkontroll: no published cells of report year " + year + (snapshot == null ? ""
                    : " snapshot " + snapshot) + ": run ./jobs/rebuild " + year + " first");
            return RebuildCommand.ExitCodes.FAILED;
        }
        List<Finding> findings;
        try {
            findings = new Textkontroll().check(manuscript, cells.get(), year);
        } catch (IOException e) {
            System.err.println("textkontroll: " + e.getMessage());
            return RebuildCommand.ExitCodes.FAILED;
        }
        Files.createDirectories(outputDir);
        Path csv = outputDir.resolve(TextkontrollCsv.fileName(year));
        TextkontrollCsv.write(csv, findings);
        System.out.print(report(findings, csv, snapshot == null ? "senaste körningen" : "ögonblicksbild " + snapshot));
        return RebuildCommand.ExitCodes.OK;
    }

    /** Year N's cells as the boundary hands them out now, or as snapshot K recorded them (Tabell 1–8 and figures). */
    private Optional<List<PublishedCells.PublishedCell>> cells(int year, Integer snapshotNo) {
        if (snapshotNo != null) {
            return snapshots.all(year).stream().filter(s -> s.number() == snapshotNo).findFirst()
                    .map(s -> snapshots.cells(s.id()));
        }
        List<PublishedTable> tables = new ArrayList<>(boundary.publishedTables(year));
        tables.addAll(boundary.breakdowns(year));
        List<PublishedCells.PublishedCell> cells = PublishedCells.of(tables);
        return cells.stream().anyMatch(c -> !c.varde().equals("..") && !c.varde().equals("0")) ? Optional.of(cells)
                : Optional.empty();
    }

    static String report(List<Finding> findings, Path csv, String against) {
        StringBuilder out = new StringBuilder("Textkontroll mot " + against + ": " + findings.size() + " påståenden; "
                + Textkontroll.summary(findings) + "\n");
        for (Finding f : findings) {
            if (f.status() == Status.MOTSAGS || f.status() == Status.DOLD_CELL) {
                out.append("  ").append(f.status().label()).append(", stycke ").append(f.stycke()).append(": ")
                        .append(f.pastaende()).append(" — texten: ").append(f.iTexten()).append("; tabellerna: ")
                        .append(f.iTabellerna()).append(" [").append(f.celler()).append("]\n");
            }
        }
        return out.append("Skrivet: ").append(csv).append("\n").toString();
    }
}
