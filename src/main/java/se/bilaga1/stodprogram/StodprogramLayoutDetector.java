package se.bilaga1.stodprogram;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.ingest.HeaderScan;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;

/** Places a support-programme file: people per category, or the funds distributed. */
class StodprogramLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "stodprogram";
    static final String EXPECTED = "program;ar;kategori;antal (people per category) or program;ar;medel_kr (funds)";

    private final ColumnAliases aliases;
    private final Set<String> seen = new HashSet<>();

    StodprogramLayoutDetector(ColumnAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    public void startRun(Set<String> loadedKeys) {
        seen.clear();
        seen.addAll(loadedKeys);
    }

    @Override
    public Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException {
        return HeaderScan.scan(file, rows, (row, titles) -> {
            HeaderMatch people = HeaderMatch.of(row, SOURCE, List.of("program", "ar", "kategori", "antal"), List.of(), aliases);
            if (people.isComplete()) {
                return new StodprogramLayout(people, StodprogramLayout.Kind.ANTAL, seen);
            }
            HeaderMatch funds = HeaderMatch.of(row, SOURCE, List.of("program", "ar", "medel_kr"), List.of(), aliases);
            if (funds.isComplete()) {
                return new StodprogramLayout(funds, StodprogramLayout.Kind.MEDEL, seen);
            }
            if (people.has("program")) {
                throw new FileRejectedException(file.fileName() + ": the header on row " + row.rowNo() + " is neither"
                        + " layout: expected " + EXPECTED + ".");
            }
            return null;
        }, EXPECTED);
    }
}
