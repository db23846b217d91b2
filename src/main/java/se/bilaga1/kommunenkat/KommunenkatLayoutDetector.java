package se.bilaga1.kommunenkat;

import java.util.Set;
import java.util.List;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.HeaderScan;
import se.bilaga1.reference.Kommuner;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;
import se.bilaga1.ingest.SurveyAnswers;

/** Finds the header of the municipal survey on men's violence against women; the year from ar or the file name. */
class KommunenkatLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "kommunenkat";
    static final String EXPECTED = "ar;kommunkod;kommun;besvarad;styrdokument_prostitution_mh;"
            + "styrdokument_sexuell_exploatering_barn;kunskapsstod_prostitution_mh;kunskapsstod_sexuell_exploatering_barn"
            + " (ar may be given by the file name instead; kommun and besvarad optional)";

    private final ColumnAliases aliases;
    private final Kommuner kommuner;
    private final SurveyAnswers answers = new SurveyAnswers();

    KommunenkatLayoutDetector(ColumnAliases aliases, Kommuner kommuner) {
        this.aliases = aliases;
        this.kommuner = kommuner;
    }

    @Override
    public void startRun(Set<String> loadedKeys) {
        answers.startRun(loadedKeys);
    }

    @Override
    public List<String> preferredSheetWords() {
        return List.of("svar", "kommunenkat", "enkat");
    }

    @Override
    public Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException {
        return HeaderScan.columns(file, rows, SOURCE, SvarLayout.REQUIRED, SvarLayout.OPTIONAL, aliases, EXPECTED,
                "the municipal survey",
                (match, header) -> {
                    String name = file.path().getFileName().toString();
                    if (!match.has("ar") && FileNameYear.of(name).isEmpty()) {
                        throw new FileRejectedException(file.fileName() + ": no survey year: expected an ar column or one"
                                + " year in the file name (e.g. kommunenkat-2023.xlsx).");
                    }
                    return new SvarLayout(match, kommuner, answers, name);
                });
    }
}
