package se.bilaga1.regionkoordinatorer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.support.HeaderNames;
import se.bilaga1.ingest.HeaderScan;
import se.bilaga1.ingest.KeyDomain;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.reference.Polisregion;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;

/**
 * Finds the header of a region's case file; the file's region and year come from its name (e.g.
 * {@code stockholm-2024.xlsx}).
 */
class RegionkoordinatorLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "regionkoordinatorer";
    static final String EXPECTED = "arende_id;polisregion;ar;kon;alder or aldersgrupp;exploateringsform;misstanke;bransch;"
            + "hanvisande_aktor;ursprungsland;upptackt_via_akc;narstaende_barn_i_sverige;narstaende_barn_i_annat_land";

    private final ColumnAliases aliases;
    private final Set<String> casesSeen = new HashSet<>();

    RegionkoordinatorLayoutDetector(ColumnAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    public void startRun(Set<String> loadedKeys) {
        casesSeen.clear();
        casesSeen.addAll(loadedKeys);
    }

    @Override
    public List<String> preferredSheetWords() {
        return List.of("arenden", "arende");
    }

    @Override
    public Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException {
        return HeaderScan.columns(file, rows, SOURCE, ArendeLayout.REQUIRED, ArendeLayout.OPTIONAL, aliases, EXPECTED, "a region's case file",
                (match, header) -> {
                    String name = file.path().getFileName().toString();
                    return new ArendeLayout(match, regionOfFileName(name), FileNameYear.span(name).orElse(null), casesSeen);
                });
    }

    /**
     * The cases a file can hold: a case's key is region|ar|arende_id, and a file named for a region (and years) holds
     * only that region's cases (of those years); a file named for no region can hold any.
     */
    static KeyDomain keyDomain(RegisteredFile file) {
        String name = file.path().getFileName().toString();
        Polisregion region = regionOfFileName(name);
        if (region == null) {
            return KeyDomain.UNBOUNDED;
        }
        return FileNameYear.span(name).map(s -> KeyDomain.of(region.name(), s.first(), s.last()))
                .orElse(KeyDomain.of(region.name(), null, null));
    }

    /** The police region a file's name gives, or null (then each row's own region is taken as it is). */
    static Polisregion regionOfFileName(String fileName) {
        List<String> words = Arrays.asList(HeaderNames.fold(fileName.replaceFirst("\\.[^.]*$", "")).split("_"));
        return Arrays.stream(Polisregion.values()).filter(r -> words.contains(HeaderNames.fold(r.namn()))).findFirst()
                .orElse(null);
    }
}
