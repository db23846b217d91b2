package se.bilaga1.korrigeringar;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.HeaderScan;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;

/** Finds the header of a corrections file: id;kalla;nyckel;falt;nytt_varde;motivering;beslutad_av;datum. */
class KorrigeringLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "korrigeringar";
    static final String EXPECTED = String.join(";", KorrigeringLayout.REQUIRED);

    private final ColumnAliases aliases;
    private final Set<String> ids = new HashSet<>();

    KorrigeringLayoutDetector(ColumnAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    public void startRun(Set<String> loadedKeys) {
        ids.clear();
        ids.addAll(loadedKeys);
    }

    @Override
    public Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException {
        return HeaderScan.columns(file, rows, SOURCE, KorrigeringLayout.REQUIRED, List.of(), aliases, EXPECTED, "a corrections file",
                (match, header) -> new KorrigeringLayout(match, ids));
    }
}
