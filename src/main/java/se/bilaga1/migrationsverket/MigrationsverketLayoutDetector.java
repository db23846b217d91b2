package se.bilaga1.migrationsverket;

import java.util.List;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.HeaderScan;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;

/** Finds the header of Migrationsverket's decision-level extract (title rows may come before it). */
class MigrationsverketLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "migrationsverket";
    static final List<String> REQUIRED = List.of("beslutsdatum", "person_lopnr", "lagrum", "kon");
    static final List<String> OPTIONAL = List.of("forlangning", "sokande_part", "via_regionkoordinator", "polisregion");
    static final String EXPECTED = "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;"
            + "polisregion (the first four required)";
    private final ColumnAliases aliases;

    MigrationsverketLayoutDetector(ColumnAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    public List<String> preferredSheetWords() {
        return List.of("beslut", "tillstand", "uppehallstillstand");
    }

    @Override
    public Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException {
        return HeaderScan.columns(file, rows, SOURCE, REQUIRED, OPTIONAL, aliases, EXPECTED, "Migrationsverket's decision-level extract",
                (match, header) -> new BeslutLayout(match));
    }
}
