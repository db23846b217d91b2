package se.bilaga1.migrationsverket;

import java.util.ArrayList;
import java.util.List;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;
import se.bilaga1.ingest.SheetRow;

/** Finds the header of Migrationsverket's decision-level extract (title rows may come before it). */
public class MigrationsverketLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "migrationsverket";
    static final List<String> REQUIRED = List.of("beslutsdatum", "person_lopnr", "lagrum", "kon");
    static final List<String> OPTIONAL = List.of("forlangning", "sokande_part", "via_regionkoordinator", "polisregion");
    static final String EXPECTED = "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;"
            + "polisregion (the first four required)";
    private static final int MAX_TITLE_ROWS = 30;

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
        List<SheetRow> titles = new ArrayList<>();
        while (rows.hasNext() && titles.size() < MAX_TITLE_ROWS) {
            SheetRow row = rows.next();
            HeaderMatch match = HeaderMatch.of(row, SOURCE, REQUIRED, OPTIONAL, aliases);
            if (match.isComplete()) {
                return new Detection(new PermitLayout(match), titles, row);
            }
            if (match.columns().size() >= 2) {
                throw new FileRejectedException(file.fileName() + ": the header on row " + row.rowNo()
                        + " lacks the required column(s) " + String.join(", ", match.missing()) + ": expected " + EXPECTED + ".");
            }
            titles.add(row);
        }
        throw new FileRejectedException(file.fileName() + ": no header found in the first " + MAX_TITLE_ROWS
                + " rows: expected Migrationsverket's decision-level extract with the columns " + EXPECTED + ".");
    }
}
