package se.bilaga1.kommunenkat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.reference.Kommuner;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SurveyAnswers;
import se.bilaga1.ingest.SurveyLayout;
import se.bilaga1.ingest.YesNo;

/**
 * One municipality per row. An unknown municipality code, a municipality twice in the same survey year, or an
 * answer outside the vocabulary sends the row to quarantine. A municipality that did not answer
 * ({@code besvarad = Nej}) is loaded too: it stays out of the denominators, and a Ja from it is a finding.
 */
class SvarLayout extends SurveyLayout {

    static final String STYRDOKUMENT_PMH = "styrdokument_prostitution_mh";
    static final String STYRDOKUMENT_BARN = "styrdokument_sexuell_exploatering_barn";
    static final String KUNSKAPSSTOD_PMH = "kunskapsstod_prostitution_mh";
    static final String KUNSKAPSSTOD_BARN = "kunskapsstod_sexuell_exploatering_barn";
    static final List<String> REQUIRED = List.of("kommunkod", STYRDOKUMENT_PMH, STYRDOKUMENT_BARN, KUNSKAPSSTOD_PMH,
            KUNSKAPSSTOD_BARN);
    static final List<String> OPTIONAL = List.of("ar", "kommun", "besvarad");

    SvarLayout(HeaderMatch header, Kommuner kommuner, SurveyAnswers answers, String fileName) {
        super("kommunenkat.svar", header, kommuner, answers, fileName);
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        String first = row.firstText();
        if (first.startsWith("Källa") || first.startsWith("Anm") || first.startsWith("*")) {
            return RowOutcome.note(source, "fotnot");
        }
        List<QuarantineEntry> errors = new ArrayList<>();
        Integer year = year(row, errors);
        String kodText = header.text(row, "kommunkod");
        Optional<Kommuner.Kommun> kommun = kommuner.lookup(kodText);
        if (kommun.isEmpty()) {
            errors.add(header.error("kommunkod", kodText, Kommuner.unknownReason()));
        }
        YesNo styrdokumentPmh = parse(row, STYRDOKUMENT_PMH, YesNo::parse, errors);
        YesNo styrdokumentBarn = parse(row, STYRDOKUMENT_BARN, YesNo::parse, errors);
        Kunskapsstod kunskapsstodPmh = parse(row, KUNSKAPSSTOD_PMH, Kunskapsstod::parse, errors);
        Kunskapsstod kunskapsstodBarn = parse(row, KUNSKAPSSTOD_BARN, Kunskapsstod::parse, errors);
        Boolean besvarad = true;
        if (header.has("besvarad")) {
            YesNo answered = parse(row, "besvarad", YesNo::parse, errors);
            boolean anyAnswer = styrdokumentPmh != null || styrdokumentBarn != null || kunskapsstodPmh != null
                    || kunskapsstodBarn != null;
            besvarad = answered == null ? anyAnswer : answered == YesNo.JA;
        }
        if (errors.isEmpty() && !answers.firstTime(year, kommun.get().kommunkod())) {
            errors.add(header.error("kommunkod", kodText, kommun.get().kommunkod() + " " + kommun.get().namn()
                    + " has already answered the " + year + " survey in this delivery: the first answer stays"));
        }
        if (!errors.isEmpty()) {
            return new RowOutcome.Quarantined(source, errors);
        }
        return new RowOutcome.Loaded(source, List.of(new KommunSvar(year, kommun.get().kommunkod(), besvarad,
                styrdokumentPmh, styrdokumentBarn, kunskapsstodPmh, kunskapsstodBarn)));
    }
}
