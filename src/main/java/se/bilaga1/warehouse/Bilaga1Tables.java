package se.bilaga1.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Every table of Bilaga 1 for report year N, in the published order. */
@Component
public class Bilaga1Tables {

    private final CaseTables cases;
    private final PermitTables permits;
    private final OffenceTables offences;
    private final SurveyTables surveys;
    private final ProgrammeTables programmes;

    public Bilaga1Tables(CaseTables cases, PermitTables permits, OffenceTables offences, SurveyTables surveys,
            ProgrammeTables programmes) {
        this.cases = cases;
        this.permits = permits;
        this.offences = offences;
        this.surveys = surveys;
        this.programmes = programmes;
    }

    /** The published tables and figures, in the order of the indicators: what the flat CSV holds. */
    public List<PublishedTable> all(int reportYear) {
        List<PublishedTable> figures = surveys.figures(reportYear);
        List<PublishedTable> tables = new ArrayList<>(figures.subList(0, 3)); // Indikator 1 and 2: Figur 3–5
        tables.addAll(List.of(cases.tabell1(reportYear), cases.tabell2(reportYear), permits.tabell5(reportYear),
                permits.tabell6(reportYear), offences.tabell7(reportYear), offences.tabell8(reportYear)));
        tables.addAll(figures.subList(3, 5)); // Indikator 7: Figur 6 and 7
        tables.addAll(List.of(programmes.tabell3(reportYear), programmes.tabell4(reportYear)));
        return tables;
    }

    /** Only the published tables named (all of them for null): what a partial rebuild of the figures needs. */
    public List<PublishedTable> only(java.util.Set<String> tabeller, int reportYear) {
        if (tabeller == null) {
            return all(reportYear);
        }
        java.util.Map<String, java.util.function.Supplier<PublishedTable>> builders = java.util.Map.of(
                "Tabell 1", () -> cases.tabell1(reportYear), "Tabell 2", () -> cases.tabell2(reportYear),
                "Tabell 3", () -> programmes.tabell3(reportYear), "Tabell 4", () -> programmes.tabell4(reportYear),
                "Tabell 5", () -> permits.tabell5(reportYear), "Tabell 6", () -> permits.tabell6(reportYear),
                "Tabell 7", () -> offences.tabell7(reportYear), "Tabell 8", () -> offences.tabell8(reportYear));
        if (!builders.keySet().containsAll(tabeller)) {
            return all(reportYear).stream().filter(t -> tabeller.contains(t.tabell())).toList();
        }
        return tabeller.stream().sorted().map(t -> builders.get(t).get()).toList();
    }

    /**
     * The national breakdowns shown in the workbook beside the published tables (where the gaps are); the regional
     * ones are made by the disclosure boundary from {@link #regionalCounts}.
     */
    public List<PublishedTable> breakdowns(int reportYear) {
        List<PublishedTable> tables = new ArrayList<>(List.of(programmes.funds(reportYear)));
        tables.addAll(surveys.breakdowns(reportYear));
        tables.addAll(cases.nationalBreakdowns(reportYear));
        return tables;
    }

    /** The exact counts of year N's regional tables: for the disclosure boundary only, which publishes them protected. */
    public java.util.Optional<RegionalCounts> regionalCounts(int reportYear) {
        return cases.regionalCounts(reportYear);
    }
}
