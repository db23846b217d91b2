package se.bilaga1.jobs;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.warehouse.Lineage;

/**
 * {@code explain N TABELL RAD KOLUMN [--snapshot=K]}: where one published cell of report year N comes from, read
 * from the lineage the last publishing run recorded (or snapshot K's): its value, its source files with SHA-256,
 * sheets, rows and columns (coordinator case files named, never with a count of their cases nor a case key), the
 * corrections that moved it and the rule results that checked it. Reads only, and only what the disclosure boundary
 * recorded and hands out.
 */
@Component
public class ExplainCommand extends Command {

    static final String USAGE = "usage: explain N TABELL RAD KOLUMN [--snapshot=K]"
            + "   e.g. explain 2024 \"Tabell 7\" \"4 kap. 1 a § BrB Människohandel\" 2024";

    private final DisclosureBoundary boundary;

    public ExplainCommand(DisclosureBoundary boundary) {
        super("explain");
        this.boundary = boundary;
    }

    @Override
    protected int execute(List<String> operands, ApplicationArguments args) {
        YearAndSnapshot asked = yearAndSnapshot(operands, 4, args);
        if (asked == null) {
            return usage(USAGE);
        }
        Result result = explain(asked.year(), operands.get(1), operands.get(2), operands.get(3), asked.snapshot());
        (result.found() ? System.out : System.err).print(result.text());
        return result.found() ? RebuildCommand.ExitCodes.OK : RebuildCommand.ExitCodes.FAILED;
    }

    /** What {@code explain} prints, and whether it found the cell. */
    public record Result(boolean found, String text) {
    }

    public Result explain(int year, String tabell, String rad, String kolumn, Integer snapshotNo) {
        Optional<Lineage.Recorded> recorded = boundary.recordedLineage(year, snapshotNo);
        if (recorded.isEmpty()) {
            return new Result(false, "No lineage recorded for report year " + year
                    + (snapshotNo == null ? "" : " snapshot " + snapshotNo) + ": run ./jobs/rebuild " + year + " first.\n");
        }
        Lineage.Recorded r = recorded.get();
        Optional<Lineage.CellLineage> cell = boundary.recordedCell(r.id(), tabell, rad, kolumn);
        if (cell.isEmpty()) {
            List<String> rows = boundary.recordedRows(r.id(), tabell);
            return new Result(false, "No published cell " + tabell + " × " + rad + " × " + kolumn + " in report year " + year
                    + (rows.isEmpty() ? " (no such table)" : "; the rows of " + tabell + ": " + String.join(" | ", rows))
                    + "\n");
        }
        String head = "Rapportår " + r.reportYear() + ", " + (r.snapshotNo() == null ? "nattlig körning"
                : "ögonblicksbild " + r.snapshotNo()) + " (körning " + r.jobExecutionId() + ", "
                + r.createdAt().toString().replace('T', ' ') + ")\n";
        return new Result(true, head + Lineage.describe(cell.get()));
    }
}
