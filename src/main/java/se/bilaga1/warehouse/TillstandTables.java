package se.bilaga1.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Indikator 4: Tabell 5 (permits for witnesses and reflection periods by sex, with the distinct persons) and
 * Tabell 6 (reflection periods by applicant), for the three years up to N.
 */
@Component
public class TillstandTables {

    public static final String BEVISPERSONER = "Uppehållstillstånd för bevispersoner";
    public static final String BETANKETID = "Uppehållstillstånd för betänketid";
    public static final String PERSONER = "Personer";
    public static final String KVINNOR = "Kvinnor";
    public static final String MAN = "Män";
    public static final String TOTALT = "Totalt";
    public static final String AKLAGARMYNDIGHETEN = "Åklagarmyndigheten";
    public static final String POLISMYNDIGHETEN = "Polismyndigheten";
    public static final String SOCIALNAMND = "Socialnämnd eller motsvarande";
    public static final String VARAV_REGIONKOORDINATOR = SOCIALNAMND + " / varav från regionkoordinator";

    private final TillstandCounts counts;

    public TillstandTables(TillstandCounts counts) {
        this.counts = counts;
    }

    /** Tabell 5 and 6 from one read of the permits (the two tables cover the same years): what a whole build needs. */
    public List<PublishedTable> tabell5och6(int reportYear) {
        List<Integer> years = ReportScope.tabell5Years(reportYear);
        PermitGroups permits = counts.groups(years, true);
        return List.of(tabell5(years, permits), tabell6(years, permits));
    }

    public PublishedTable tabell5(int reportYear) {
        List<Integer> years = ReportScope.tabell5Years(reportYear);
        return tabell5(years, counts.groups(years, true));
    }

    public PublishedTable tabell6(int reportYear) {
        List<Integer> years = ReportScope.tabell5Years(reportYear);
        return tabell6(years, counts.groups(years, false));
    }

    private static PublishedTable tabell5(List<Integer> years, PermitGroups permits) {
        List<String> columns = new ArrayList<>();
        years.forEach(y -> List.of(KVINNOR, MAN, TOTALT).forEach(k -> columns.add(y + " / " + k)));
        List<PublishedTable.Row> rows = List.of(
                row(BEVISPERSONER, years, (y, kon) -> permits.permits(y, TillstandCounts.BEVISPERSON, kon)),
                row(BETANKETID, years, (y, kon) -> permits.permits(y, TillstandCounts.BETANKETID, kon)),
                row(PERSONER, years, permits::persons));
        return new PublishedTable(Tabell.TABELL_5.id(), "Tabell 5. Antal beviljade uppehållstillstånd enligt 5 kap. 15 § UtL med"
                + " anledning av misstänkt människohandel eller människoexploatering, uppdelat på kön, " + years.get(0) + "-"
                + years.get(years.size() - 1), "Indikator 4", List.of(""), columns, rows, List.of(
                        "Uppehållstillstånd för bevispersoner enligt 5 kap. 15 § 1 stycket utlänningslagen, för betänketid"
                                + " enligt 5 kap. 15 § 2 stycket; förlängningar ingår.",
                        "Tabellen gäller antal beviljade uppehållstillstånd och inte individer; raden Personer är antalet"
                                + " individer som beviljats tillstånd under året.",
                        "Källa: Migrationsverket, beslut om uppehållstillstånd enligt 5 kap. 15 § UtL."));
    }

    private static PublishedTable tabell6(List<Integer> years, PermitGroups permits) {
        List<PublishedTable.Row> rows = List.of(
                applicantRow(permits, AKLAGARMYNDIGHETEN, List.of(AKLAGARMYNDIGHETEN), years, "AKLAGARMYNDIGHETEN", false),
                applicantRow(permits, POLISMYNDIGHETEN, List.of(POLISMYNDIGHETEN), years, "POLISMYNDIGHETEN", false),
                applicantRow(permits, SOCIALNAMND, List.of(SOCIALNAMND), years, "SOCIALNAMND", false),
                applicantRow(permits, VARAV_REGIONKOORDINATOR, List.of("   varav från regionkoordinator"), years, "SOCIALNAMND",
                        true),
                applicantRow(permits, TOTALT, List.of(TOTALT), years, null, false));
        return new PublishedTable(Tabell.TABELL_6.id(), "Tabell 6. Antal beviljade uppehållstillstånd för betänketid (enligt"
                + " 5 kap. 15 § 2 stycket utL) avseende misstänkt människohandel eller människoexploatering, uppdelat på"
                + " sökande part, " + years.get(0) + "-" + years.get(years.size() - 1), "Indikator 4", List.of("Sökande part"),
                years.stream().map(String::valueOf).toList(), rows, List.of(
                        "Observera att tabellen gäller antal beviljade uppehållstillstånd och inte individer.",
                        "Källa: Migrationsverket, beslut om uppehållstillstånd enligt 5 kap. 15 § UtL."));
    }

    private interface CellCount {
        TillstandCounts.Count count(int year, String kon);
    }

    private static PublishedTable.Row row(String rad, List<Integer> years, CellCount count) {
        List<PublishedTable.Cell> cells = new ArrayList<>();
        for (int year : years) {
            for (String kon : new String[] {TillstandCounts.KVINNA, TillstandCounts.MAN, null}) {
                cells.add(cell(count.count(year, kon)));
            }
        }
        return new PublishedTable.Row(rad, List.of(rad), cells);
    }

    private static PublishedTable.Row applicantRow(PermitGroups permits, String rad, List<String> printed,
            List<Integer> years, String part, boolean viaRegionkoordinator) {
        List<PublishedTable.Cell> cells = new ArrayList<>();
        for (int year : years) {
            cells.add(cell(permits.reflectionPeriods(year, part, viaRegionkoordinator)));
        }
        return new PublishedTable.Row(rad, printed, cells);
    }

    private static PublishedTable.Cell cell(TillstandCounts.Count count) {
        return count.amount() == null ? PublishedTable.Cell.missing("uppgift saknas")
                : new PublishedTable.Cell(count.amount(), null, null, count.provenance());
    }
}
