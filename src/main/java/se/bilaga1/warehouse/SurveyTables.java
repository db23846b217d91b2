package se.bilaga1.warehouse;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.SurveyShares.Grouping;
import se.bilaga1.warehouse.SurveyShares.Measure;
import se.bilaga1.warehouse.SurveyShares.Share;

/**
 * Indikator 1, 2 and 7 as Figur 3–7: per survey year the share with its numerator and denominator, the
 * municipalities that answered and the response rate (and for Indikator 7 own organisation versus agreement);
 * and the same shares by police region and county for the latest survey year.
 */
@Component
public class SurveyTables {

    public static final String ANDEL = "Andel";
    public static final String ANDEL_EGEN_REGI = "Andel i egen regi";
    public static final String ANDEL_SAMVERKANSAVTAL = "Andel genom samverkansavtal";
    public static final String TALJARE = "Täljare";
    public static final String EGEN_REGI = "I egen regi";
    public static final String SAMVERKANSAVTAL = "Genom samverkansavtal";
    public static final String NAMNARE = "Nämnare";
    public static final String SVARANDE = "Svarande kommuner";
    public static final String SVARSFREKVENS = "Svarsfrekvens";
    /** Survey years shown: those in the warehouse up to N and no older than this. */
    static final int YEARS_BACK = 6;

    private record Figure(String tabell, Measure measure, String sheet, String title, String denominatorNote,
            String source) {
    }

    private static final String KOMMUNENKAT = "Jämställdhetsmyndigheten och Länsstyrelserna, Kartläggning av kommuners"
            + " arbete mot mäns våld mot kvinnor.";
    private static final String BESVARAT = "Nämnare: kommuner som besvarat enkäten. Svarsfrekvens: svarande av 290 kommuner.";
    private static final List<Figure> FIGURES = List.of(
            new Figure(Tabell.FIGUR_3.id(), Measure.STYRDOKUMENT_PMH, "Indikator 1", "Figur 3. Andel kommuner som har styrdokument som"
                    + " inkluderar prostitution och människohandel för sexuella ändamål", BESVARAT, KOMMUNENKAT),
            new Figure(Tabell.FIGUR_4.id(), Measure.STYRDOKUMENT_BARN, "Indikator 1", "Figur 4. Andel kommuner som har styrdokument som"
                    + " inkluderar sexuell exploatering av barn", BESVARAT, KOMMUNENKAT),
            new Figure(Tabell.FIGUR_5.id(), Measure.KARTLAGGNING, "Indikator 2", "Figur 5. Andel kommuner och stadsdelsområden som"
                    + " identifierat prostitution och människohandel i kartläggning av lokala brottsproblem",
                    "Nämnare: kommuner och stadsdelsområden som genomfört en kartläggning. Svarande kommuner: kommuner som"
                            + " svarat själva eller genom sina stadsdelsområden; svarsfrekvens av 290 kommuner.",
                    "Brottsförebyggande rådet, Det brottsförebyggande arbetet i Sverige."),
            new Figure(Tabell.FIGUR_6.id(), Measure.KUNSKAPSSTOD_PMH, "Indikator 7", "Figur 6. Andel kommuner som erbjuder sina"
                    + " medarbetare kunskaps- och metodstöd om prostitution och människohandel för sexuella ändamål i egen"
                    + " regi eller genom samverkansavtal", BESVARAT, KOMMUNENKAT),
            new Figure(Tabell.FIGUR_7.id(), Measure.KUNSKAPSSTOD_BARN, "Indikator 7", "Figur 7. Andel kommuner som erbjuder sina"
                    + " medarbetare kunskaps- och metodstöd om sexuell exploatering av barn i egen regi eller genom"
                    + " samverkansavtal", BESVARAT, KOMMUNENKAT));

    private final SurveyShares shares;

    public SurveyTables(SurveyShares shares) {
        this.shares = shares;
    }

    /** Figur 3–7 for report year N. */
    public List<PublishedTable> figures(int reportYear) {
        return FIGURES.stream().map(f -> figure(f, reportYear)).toList();
    }

    /** Each figure's latest survey year by police region and by county (a sheet of its own, not in the flat CSV). */
    public List<PublishedTable> breakdowns(int reportYear) {
        List<PublishedTable> tables = new ArrayList<>();
        for (Figure f : FIGURES) {
            List<Integer> years = shares.years(f.measure(), reportYear - YEARS_BACK, reportYear);
            if (years.isEmpty()) {
                continue;
            }
            int latest = years.get(years.size() - 1);
            List<PublishedTable.Row> rows = new ArrayList<>();
            for (Grouping grouping : List.of(Grouping.POLISREGION, Grouping.LAN)) {
                for (Share share : shares.shares(f.measure(), grouping, latest)) {
                    String label = (grouping == Grouping.POLISREGION ? "Polisregion " : "") + share.group();
                    rows.add(new PublishedTable.Row(label, List.of(label), List.of(count(share.numerator(), share),
                            count(share.denominator(), share), ratio(share.numerator(), share.denominator(), share),
                            count(share.respondingMunicipalities(), share),
                            ratio(share.respondingMunicipalities(), share.population(), share))));
                }
            }
            tables.add(new PublishedTable(f.tabell() + " per region", f.tabell() + " " + latest + " per polisregion och län: "
                    + f.title().substring(f.title().indexOf(' ', 6) + 1), "Regioner och län", List.of("Polisregion / län"),
                    List.of(TALJARE, NAMNARE, ANDEL, SVARANDE, SVARSFREKVENS), rows,
                    List.of(f.denominatorNote(), "Svarsfrekvens: svarande kommuner av kommunerna i regionen eller länet."),
                    List.of(ANDEL, SVARSFREKVENS), List.of()));
        }
        return tables;
    }

    private PublishedTable figure(Figure f, int reportYear) {
        boolean split = f.measure().hasSplit();
        List<String> columns = split
                ? List.of(ANDEL, ANDEL_EGEN_REGI, ANDEL_SAMVERKANSAVTAL, TALJARE, EGEN_REGI, SAMVERKANSAVTAL, NAMNARE, SVARANDE,
                        SVARSFREKVENS)
                : List.of(ANDEL, TALJARE, NAMNARE, SVARANDE, SVARSFREKVENS);
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (int year : shares.years(f.measure(), reportYear - YEARS_BACK, reportYear)) {
            for (Share s : shares.shares(f.measure(), Grouping.RIKET, year)) {
                List<PublishedTable.Cell> cells = new ArrayList<>();
                cells.add(ratio(s.numerator(), s.denominator(), s));
                if (split) {
                    cells.add(ratio(s.ownOrganisation(), s.denominator(), s));
                    cells.add(ratio(s.agreement(), s.denominator(), s));
                }
                cells.add(count(s.numerator(), s));
                if (split) {
                    cells.add(count(s.ownOrganisation(), s));
                    cells.add(count(s.agreement(), s));
                }
                cells.add(count(s.denominator(), s));
                cells.add(count(s.respondingMunicipalities(), s));
                cells.add(ratio(s.respondingMunicipalities(), s.population(), s));
                rows.add(new PublishedTable.Row(String.valueOf(year), List.of(String.valueOf(year)), cells));
            }
        }
        List<String> shareColumns = split ? List.of(ANDEL, ANDEL_EGEN_REGI, ANDEL_SAMVERKANSAVTAL, SVARSFREKVENS)
                : List.of(ANDEL, SVARSFREKVENS);
        List<String> chart = split ? List.of(ANDEL_EGEN_REGI, ANDEL_SAMVERKANSAVTAL) : List.of(ANDEL);
        List<String> notes = new ArrayList<>(List.of(f.denominatorNote(), "Källa: " + f.source()));
        if (rows.isEmpty()) {
            notes.add(0, "Ingen enkät i lagret för åren " + (reportYear - YEARS_BACK) + "–" + reportYear + ".");
        }
        return new PublishedTable(f.tabell(), f.title(), f.sheet(), List.of("År"), columns, rows, notes, shareColumns, chart);
    }

    private static PublishedTable.Cell count(long n, Share s) {
        return new PublishedTable.Cell(BigDecimal.valueOf(n), null, null, s.provenance());
    }

    /** A share as a decimal with three places; missing when nobody is in the denominator. */
    private static PublishedTable.Cell ratio(long numerator, long denominator, Share s) {
        if (denominator == 0) {
            return new PublishedTable.Cell(null, "..", "nämnaren är noll", s.provenance());
        }
        return new PublishedTable.Cell(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 3,
                RoundingMode.HALF_UP), null, null, s.provenance());
    }
}
