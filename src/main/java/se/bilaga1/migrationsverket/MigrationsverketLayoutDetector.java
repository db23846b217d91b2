package se.bilaga1.migrationsverket;

import java.util.List;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.ingest.HeaderScan;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;

/** Finds the header of Migrationsverket's decision-level extract (title rows may come before it). */
public class MigrationsverketLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "migrationsverket";
    static final List<String> REQUIRED = List.of("beslutsdatum", "person_lopnr", "lagrum", "kon");
    static final List<String> OPTIONAL = List.of("forlangning", "sokande_part", "via_regionkoordinator", "polisregion");
    static final String EXPECTED = "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;"
            + "polisregion (the first four required)";
    private final ColumnAliases aliases;

    public MigrationsverketLayoutDetector(ColumnAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    public List<String> preferredSheetWords() {
        return List.of("beslut", "tillstand", "uppehallstillstand");
    }

    @Override
    public Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException {
        return HeaderScan.scan(file, rows, (row, titles) -> {
            HeaderMatch match = HeaderMatch.of(row, SOURCE, REQUIRED, OPTIONAL, aliases);
            if (match.isComplete()) {
                return new BeslutLayout(match);
            }
            if (match.columns().size() >= 2) {
                throw new FileRejectedException(file.fileName() + ": the header on row " + row.rowNo()
                        + " lacks the required column(s) " + String.join(", ", match.missing()) + ": expected " + EXPECTED + ".");
            }
            return null;
        }, "Migrationsverket's decision-level extract with the columns " + EXPECTED);
    }
}
