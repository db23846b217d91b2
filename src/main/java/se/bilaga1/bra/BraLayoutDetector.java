package se.bilaga1.bra;

import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.support.HeaderNames;
import se.bilaga1.ingest.HeaderScan;
import se.bilaga1.reference.Kommuner;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.ingest.RowSource;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SurveyAnswers;

/**
 * Places a Brå delivery in one of its layouts: the published table (title rows, then a header row holding at
 * least two years) or the detail extract ({@code ar;manad;kommunkod;lagrum;antal}).
 */
class BraLayoutDetector implements LayoutDetector {

    public static final String SOURCE = "bra";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*[*¹²³⁴⁵⁶⁷⁸⁹⁰)]*");

    private final ColumnAliases aliases;
    private final Kommuner kommuner;
    private final SurveyAnswers surveyAnswers = new SurveyAnswers();

    BraLayoutDetector(ColumnAliases aliases, Kommuner kommuner) {
        this.aliases = aliases;
        this.kommuner = kommuner;
    }

    @Override
    public void startRun(Set<String> loadedKeys) {
        surveyAnswers.startRun(loadedKeys);
    }

    @Override
    public List<String> preferredSheetWords() {
        return List.of("anmalda", "lagforing", "detalj", "enkat", "kartlaggning");
    }

    @Override
    public Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException {
        return HeaderScan.scan(file, rows, (row, titles) -> {
            // the survey first: its answer columns never occur in a detail extract, while a survey's ar and an
            // extra column (kommun, manad) would pass for a detail header lacking lagrum and antal
            KartlaggningLayout survey = survey(file, row);
            if (survey != null) {
                return survey;
            }
            DetailLayout detail = DetailLayout.fromHeader(row, aliases, kommuner, file.path().getFileName().toString());
            if (detail != null) {
                return detail;
            }
            List<Integer> yearColumns = yearColumns(row);
            if (yearColumns.size() >= 2) {
                return new WideTableLayout(measureOf(titles, sheetName, file.fileName()), row, yearColumns);
            }
            SheetRow statuteHeader = row;
            Map<Integer, String> statutes = statuteColumns(row);
            SheetRow above = titles.isEmpty() ? null : titles.get(titles.size() - 1);
            if (statutes.isEmpty() && above != null && above.rowNo() == row.rowNo() - 1 && above.defect() == null) {
                statuteHeader = YearsDownLayout.underChapters(above, row);
                statutes = statuteColumns(statuteHeader);
            }
            return statutes.isEmpty() ? null
                    : new YearsDownLayout(measureOf(titles, sheetName, file.fileName()), statuteHeader, statutes);
        }, "Brå's published table (a header row with at least two years 1990–2100, statutes to their left; or"
                + " turned, at least two statutes, years down their left), the detail layout (columns"
                + " ar;manad;kommunkod;lagrum;antal) or the crime-prevention survey (columns"
                + " ar;kod;namn;typ;genomfort_kartlaggning;prostitution_manniskohandel_identifierat)");
    }

    /** The crime-prevention survey if {@code row} is its header; its year from an ar column or the file name. */
    private KartlaggningLayout survey(RegisteredFile file, SheetRow row) throws FileRejectedException {
        HeaderMatch match = HeaderMatch.of(row, SOURCE, KartlaggningLayout.REQUIRED, KartlaggningLayout.OPTIONAL, aliases);
        if (!match.has("genomfort_kartlaggning") && !match.has("prostitution_manniskohandel_identifierat")) {
            return null;
        }
        if (!match.isComplete()) {
            throw new FileRejectedException(file.fileName() + ": the survey header on row " + row.rowNo()
                    + " lacks the required column(s) " + String.join(", ", match.missing())
                    + ": expected ar;kod;namn;typ;genomfort_kartlaggning;prostitution_manniskohandel_identifierat.");
        }
        String name = file.path().getFileName().toString();
        if (!match.has("ar") && FileNameYear.of(name).isEmpty()) {
            throw new FileRejectedException(file.fileName() + ": no survey year: expected an ar column or one year in the"
                    + " file name (e.g. brottsforebyggande-enkat-2023.csv).");
        }
        return new KartlaggningLayout(match, kommuner, surveyAnswers, name);
    }

    /** Indexes of the cells holding a year 1990–2100, as a number or text. */
    static List<Integer> yearColumns(SheetRow row) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < row.width(); i++) {
            Integer year = yearOf(row.cell(i));
            if (year != null) {
                columns.add(i);
            }
        }
        return columns;
    }

    /**
     * The columns of a header naming a statute ({@code 4 kap. 1 a § BrB}, a footnote mark allowed) or the total
     * ({@code Totalt}), each with its key; empty unless at least two name statutes. Column A is left for the years.
     */
    static Map<Integer, String> statuteColumns(SheetRow row) {
        Map<Integer, String> columns = new TreeMap<>();
        int statutes = 0;
        for (int i = 1; i < row.width(); i++) {
            String label = Fotnotstecken.split(row.cell(i)).text();
            Optional<String> lagrum = Lagrum.parse(label);
            if (lagrum.isPresent()) {
                columns.put(i, lagrum.get());
                statutes++;
            } else if (!label.isEmpty() && Lagrum.isTotal(label)) {
                columns.put(i, Lagrum.TOTALT);
            }
        }
        return statutes >= 2 ? columns : Map.of();
    }

    static Integer yearOf(String cell) {
        Matcher m = YEAR.matcher(cell.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return year >= 1990 && year <= 2100 ? year : null;
    }

    private static Measure measureOf(List<SheetRow> titles, String sheetName, String fileName)
            throws FileRejectedException {
        StringBuilder text = new StringBuilder(HeaderNames.fold(fileName)).append(' ').append(HeaderNames.fold(sheetName));
        titles.forEach(t -> t.cells().forEach(c -> text.append(' ').append(HeaderNames.fold(c))));
        String folded = text.toString();
        boolean reported = folded.contains("anmalda");
        boolean prosecuted = folded.contains("lagforing");
        if (reported == prosecuted) {
            throw new FileRejectedException(fileName + ": cannot tell whether the table holds reported offences or"
                    + " prosecution decisions: expected 'Anmälda brott' or 'Lagföringsbeslut' (not both) in a title row,"
                    + " the sheet name or the file name.");
        }
        return reported ? Measure.ANMALDA_BROTT : Measure.LAGFORINGSBESLUT;
    }
}
