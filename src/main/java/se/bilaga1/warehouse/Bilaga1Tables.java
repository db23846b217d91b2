package se.bilaga1.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Every table of Bilaga 1 for report year N, in the published order. */
@Component
public class Bilaga1Tables {

    private final ArendeTables cases;
    private final TillstandTables permits;
    private final OffenceTables offences;
    private final SurveyTables surveys;
    private final ProgrammeTables programmes;

    public Bilaga1Tables(ArendeTables cases, TillstandTables permits, OffenceTables offences, SurveyTables surveys,
            ProgrammeTables programmes) {
        this.cases = cases;
        this.permits = permits;
        this.offences = offences;
        this.surveys = surveys;
        this.programmes = programmes;
    }

    /** Everything of report year N at once: the published tables, the national breakdowns, the regional counts. */
    public YearTables year(int reportYear) {
        ArendeTables.Built people = cases.built(reportYear);
        return new YearTables(reportYear, all(reportYear, List.of(people.tabell1(), people.tabell2())),
                breakdowns(reportYear, people.nationalBreakdowns()), people.regionalCounts());
    }

    /** The published tables and figures, in the order of the indicators ({@link Tabell}): what the flat CSV holds. */
    public List<PublishedTable> all(int reportYear) {
        return all(reportYear, List.of());
    }

    /** {@link #all(int)}, with {@code builtAlready} (of the same year) taken as they are. */
    private List<PublishedTable> all(int reportYear, List<PublishedTable> builtAlready) {
        java.util.Map<Tabell, PublishedTable> built = new java.util.EnumMap<>(Tabell.class);
        List<PublishedTable> together = new ArrayList<>(surveys.figures(reportYear));
        together.addAll(permits.tabell5och6(reportYear));
        together.addAll(builtAlready);
        for (PublishedTable table : together) {
            built.put(Tabell.of(table.tabell()).orElseThrow(() -> new IllegalStateException("not in the catalogue: "
                    + table.tabell())), table);
        }
        for (Tabell t : Tabell.values()) {
            if (!built.containsKey(t)) {
                built.put(t, table(t, reportYear));
            }
        }
        return java.util.Arrays.stream(Tabell.values()).map(built::get).toList();
    }

    /**
     * A table built on its own; a whole build makes the survey's figures together ({@link SurveyTables#figures}),
     * Tabell 5 and 6 together ({@link TillstandTables#tabell5och6}), and in {@link #year} Tabell 1 and 2 with the rest
     * of the cases' tables ({@link ArendeTables#built}).
     */
    private PublishedTable table(Tabell t, int reportYear) {
        return switch (t) {
            case TABELL_1 -> cases.tabell1(reportYear);
            case TABELL_2 -> cases.tabell2(reportYear);
            case TABELL_3 -> programmes.tabell3(reportYear);
            case TABELL_4 -> programmes.tabell4(reportYear);
            case TABELL_5 -> permits.tabell5(reportYear);
            case TABELL_6 -> permits.tabell6(reportYear);
            case TABELL_7 -> offences.tabell7(reportYear);
            case TABELL_8 -> offences.tabell8(reportYear);
            case FIGUR_3, FIGUR_4, FIGUR_5, FIGUR_6, FIGUR_7 -> throw new IllegalStateException(t.id()
                    + " is built with the survey's other figures");
        };
    }

    /** Only the published tables named (all of them for null): what a partial rebuild of the figures needs. */
    public List<PublishedTable> only(java.util.Set<String> tabeller, int reportYear) {
        if (tabeller == null) {
            return all(reportYear);
        }
        List<Tabell> wanted = tabeller.stream().sorted().map(id -> Tabell.of(id).orElse(null)).toList();
        if (wanted.stream().anyMatch(t -> t == null || t.id().startsWith("Figur"))) {
            return all(reportYear).stream().filter(t -> tabeller.contains(t.tabell())).toList();
        }
        return wanted.stream().map(t -> table(t, reportYear)).toList();
    }

    /**
     * The national breakdowns shown in the workbook beside the published tables (where the gaps are); the regional
     * ones are made by the disclosure boundary from {@link #regionalCounts}.
     */
    public List<PublishedTable> breakdowns(int reportYear) {
        return breakdowns(reportYear, cases.nationalBreakdowns(reportYear));
    }

    private List<PublishedTable> breakdowns(int reportYear, List<PublishedTable> ofCases) {
        List<PublishedTable> tables = new ArrayList<>(List.of(programmes.funds(reportYear)));
        tables.addAll(surveys.breakdowns(reportYear));
        tables.addAll(ofCases);
        return tables;
    }

    /** The exact counts of year N's regional tables: for the disclosure boundary only, which publishes them protected. */
    public java.util.Optional<RegionalCounts> regionalCounts(int reportYear) {
        return cases.regionalCounts(reportYear);
    }
}
