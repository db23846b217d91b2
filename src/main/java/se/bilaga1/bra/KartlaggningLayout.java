package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.support.HeaderNames;
import se.bilaga1.reference.Kommuner;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SurveyAnswers;
import se.bilaga1.ingest.SurveyLayout;

/**
 * Brå's crime-prevention survey (Indikator 2): one row per responding municipality or city district
 * ({@code 1480-03}). A code that is no municipality, a municipality or district twice in a year, or an answer
 * outside Ja/Nej goes to quarantine.
 */
class KartlaggningLayout extends SurveyLayout {

    static final List<String> REQUIRED = List.of("kod", "genomfort_kartlaggning", "prostitution_manniskohandel_identifierat");
    static final List<String> OPTIONAL = List.of("ar", "namn", "typ");
    static final String KOMMUN = "KOMMUN";
    static final String STADSDELSOMRADE = "STADSDELSOMRADE";
    private static final Pattern KOD = Pattern.compile("(\\d{3,4})(?:\\s*-\\s*(\\d{1,3}))?");

    KartlaggningLayout(HeaderMatch header, Kommuner kommuner, SurveyAnswers answers, String fileName) {
        super("bra.brottsforebyggande_enkat", header, kommuner, answers, fileName);
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        if (BraNotes.isFootnote(row.firstText())) {
            return RowOutcome.note(source, "fotnot");
        }
        List<QuarantineEntry> errors = new ArrayList<>();
        Integer year = year(row, errors);
        String kodText = header.text(row, "kod").strip();
        Matcher kod = KOD.matcher(kodText);
        String kommunkod = null;
        String district = null;
        if (kod.matches()) {
            Optional<Kommuner.Kommun> kommun = kommuner.lookup(kod.group(1));
            kommunkod = kommun.map(Kommuner.Kommun::kommunkod).orElse(null);
            district = kod.group(2);
        }
        if (kommunkod == null) {
            errors.add(header.error("kod", kodText, Kommuner.unknownReason() + ", with a district suffix such as 1480-03"
                    + " for a stadsdelsområde"));
        }
        String typ = district == null ? KOMMUN : STADSDELSOMRADE;
        String typText = HeaderNames.fold(header.text(row, "typ"));
        if (!typText.isEmpty() && !typText.equals("kommun") && !typText.startsWith("stadsdel")) {
            errors.add(header.error("typ", header.text(row, "typ"), "expected Kommun or Stadsdelsområde"));
        }
        Boolean genomfort = yesNo(row, "genomfort_kartlaggning", true, errors);
        Boolean identifierat = yesNo(row, "prostitution_manniskohandel_identifierat", false, errors);
        // one spelling per district (1480-3, 1480-03 and 1480-003 are the same), as stored and as the reason names it
        String fullKod = kommunkod == null || district == null ? kommunkod
                : kommunkod + "-" + String.format("%02d", Integer.parseInt(district));
        if (errors.isEmpty() && !answers.firstTime(year, fullKod)) {
            errors.add(header.error("kod", kodText, fullKod + " has already answered the " + year + " survey in this"
                    + " delivery: the first answer stays"));
        }
        if (!errors.isEmpty()) {
            return new RowOutcome.Quarantined(source, errors);
        }
        return new RowOutcome.Loaded(source, List.of(new BraFacts.Kartlaggning(year, fullKod, kommunkod, typ, genomfort,
                identifierat)));
    }
}
