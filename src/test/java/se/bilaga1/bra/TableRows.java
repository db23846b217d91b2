package se.bilaga1.bra;

import java.nio.file.Path;
import java.util.Arrays;

import se.bilaga1.ingest.FileKind;
import se.bilaga1.ingest.FileLayout;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;

/** Body rows of a published table handed to a layout as the load step would, for the layouts' unit tests. */
final class TableRows {

    static final RegisteredFile FILE = new RegisteredFile(1, "bra", "bra/tabell.xlsx", Path.of("tabell.xlsx"),
            "0".repeat(64), FileKind.XLSX, 1);

    private TableRows() {
    }

    static SheetRow row(int rowNo, Object... cells) {
        return new SheetRow(rowNo, Arrays.stream(cells).map(c -> c == null ? "" : String.valueOf(c)).toList());
    }

    static RowOutcome interpret(FileLayout layout, int rowNo, Object... cells) {
        return layout.interpret(source(layout, row(rowNo, cells)));
    }

    static SourceRow source(FileLayout layout, SheetRow row) {
        return new SourceRow(new SourceRow.LoadingFile(FILE, "Blad1", layout), SourceRow.Phase.BODY, row);
    }
}
