package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import se.bilaga1.regionkoordinatorer.Exploateringsform;
import se.bilaga1.regionkoordinatorer.Vocabulary;

/**
 * Indikator 3 from the coordinators' cases: Tabell 1 (form × year) and Tabell 2 (sex × adult/child × year) as
 * published, the national breakdowns of the coordinators' own report for year N, and the exact counts by police
 * region that the disclosure boundary protects before they are published. A person of unknown age is counted among the adults, as published.
 */
@Component
public class ArendeTables {

    static final String SHEET = "Indikator 3";
    static final String BREAKDOWN_SHEET = "Indikator 3 fördjupning";
    static final String REGION_SHEET = "Indikator 3 per region";
    static final List<String> REGIONS = List.of("Nord", "Mitt", "Bergslagen", "Stockholm", "Öst", "Väst", "Syd");
    private static final String AGE_FOLD = "Personer med okänd ålder räknas bland de vuxna, som i den publicerade"
            + " tabellen; lagret håller okänd ålder som egen kategori.";

    private final ArendeCounts counts;

    public ArendeTables(ArendeCounts counts) {
        this.counts = counts;
    }

    /** Tabell 1–2 cover the four years up to N. */
    static List<Integer> years(int reportYear) {
        return IntStream.rangeClosed(reportYear - 3, reportYear).boxed().toList();
    }

    /** What a whole build takes from the cases: Tabell 1 and 2, the national breakdowns and the regional counts. */
    public record Built(PublishedTable tabell1, PublishedTable tabell2, List<PublishedTable> nationalBreakdowns,
            java.util.Optional<RegionalCounts> regionalCounts) {
    }

    /** All of {@link Built} from one read of the cases' provenance: the four years of Tabell 1–2 hold the others'. */
    public Built built(int reportYear) {
        Map<Integer, List<Provenance>> provenance = counts.provenance(years(reportYear).get(0), reportYear);
        return new Built(tabell1(reportYear, provenance), tabell2(reportYear, provenance),
                nationalBreakdowns(reportYear, provenance), regional(reportYear, provenance.get(reportYear)));
    }

    public PublishedTable tabell1(int reportYear) {
        return tabell1(reportYear, counts.provenance(years(reportYear).get(0), reportYear));
    }

    public PublishedTable tabell2(int reportYear) {
        return tabell2(reportYear, counts.provenance(years(reportYear).get(0), reportYear));
    }

    /** The coordinators' report for year N, at national level (published in full). */
    public List<PublishedTable> nationalBreakdowns(int year) {
        return nationalBreakdowns(year, counts.provenance(year - 1, year));
    }

    /**
     * The counts of the regional tables of year N (police region × exploateringsform, police region × sex), exact:
     * they leave only through the disclosure boundary, which protects both tables together.
     */
    public java.util.Optional<RegionalCounts> regionalCounts(int year) {
        return regional(year, counts.provenance(year, year).get(year));
    }

    /** {@code provenance}: per year, where the cases come from; a year without cases is not in it. */
    private PublishedTable tabell1(int reportYear, Map<Integer, List<Provenance>> provenance) {
        List<Integer> years = years(reportYear);
        Map<String, Long> byForm = counts.count("c.exploateringsform", null, years.get(0), reportYear);
        YearsRow yearsRow = (rad, printed, value) -> row(provenance, rad, printed, years, value);
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (Exploateringsform form : Exploateringsform.values()) {
            rows.add(yearsRow.of(form.label(), List.of(form.label()), y -> byForm.getOrDefault(y + "|" + form.name(), 0L)));
        }
        rows.add(yearsRow.of("Totalt antal personer", List.of("Totalt antal personer"),
                y -> byForm.entrySet().stream().filter(e -> e.getKey().startsWith(y + "|")).mapToLong(Map.Entry::getValue).sum()));
        return new PublishedTable(Tabell.TABELL_1.id(), "Tabell 1. Antal personer utsatta för människohandel och människoexploatering"
                + " som identifierats av regionkoordinatorer, " + years.get(0) + "-" + reportYear + ". Fördelat på"
                + " exploateringsform.", SHEET, List.of("Exploateringsform"), headings(years), rows, List.of(
                        "Ett ärende registreras om regionkoordinatorerna bedömer att det finns anledning att anta att"
                                + " personen utsatts för människohandel eller människoexploatering.",
                        "Källa: Regionkoordinatorernas ärendestatistik, efter analytikernas dokumenterade korrigeringar."));
    }

    private PublishedTable tabell2(int reportYear, Map<Integer, List<Provenance>> provenance) {
        List<Integer> years = years(reportYear);
        Map<String, Long> g = counts.count("CASE WHEN c.aldersgrupp = 'BARN' THEN 'BARN_' ELSE 'VUXEN_' END || c.kon",
                null, years.get(0), reportYear);
        YearsRow yearsRow = (rad, printed, value) -> row(provenance, rad, printed, years, value);
        List<PublishedTable.Row> rows = new ArrayList<>();
        rows.add(yearsRow.of("Vuxna / Kvinnor", List.of("Vuxna", "Kvinnor"), y -> get(g, y, "VUXEN_KVINNA")));
        rows.add(yearsRow.of("Vuxna / Män", List.of("", "Män"), y -> get(g, y, "VUXEN_MAN")));
        rows.add(yearsRow.of("Vuxna / Annan könsidentitet", List.of("", "Annan könsidentitet"), y -> get(g, y, "VUXEN_ANNAN")));
        rows.add(yearsRow.of("Vuxna / Okänt", List.of("", "Okänt"), y -> get(g, y, "VUXEN_OKANT")));
        rows.add(yearsRow.of("Vuxna / Totalt vuxna", List.of("", "Totalt vuxna"), y -> get(g, y, "VUXEN_KVINNA")
                + get(g, y, "VUXEN_MAN") + get(g, y, "VUXEN_ANNAN") + get(g, y, "VUXEN_OKANT")));
        rows.add(yearsRow.of("Barn / Flickor", List.of("Barn", "Flickor"), y -> get(g, y, "BARN_KVINNA")));
        rows.add(yearsRow.of("Barn / Pojkar", List.of("", "Pojkar"), y -> get(g, y, "BARN_MAN")));
        rows.add(yearsRow.of("Barn / Okänt", List.of("", "Okänt"), y -> get(g, y, "BARN_ANNAN") + get(g, y, "BARN_OKANT")));
        rows.add(yearsRow.of("Barn / Totalt barn", List.of("", "Totalt barn"), y -> get(g, y, "BARN_KVINNA")
                + get(g, y, "BARN_MAN") + get(g, y, "BARN_ANNAN") + get(g, y, "BARN_OKANT")));
        rows.add(yearsRow.of("Totalt samtliga", List.of("Totalt samtliga", ""), y -> g.entrySet().stream()
                .filter(e -> e.getKey().startsWith(y + "|")).mapToLong(Map.Entry::getValue).sum()));
        return new PublishedTable(Tabell.TABELL_2.id(), "Tabell 2. Antal personer utsatta för människohandel och människoexploatering"
                + " som identifierats av regionkoordinatorer, " + years.get(0) + "-" + reportYear + ". Fördelat på kön.",
                SHEET, List.of("Antal som identifierats", ""), headings(years), rows, List.of(AGE_FOLD,
                        "Källa: Regionkoordinatorernas ärendestatistik."));
    }

    /** {@code provenance}: of year N and N − 1 at least. */
    private List<PublishedTable> nationalBreakdowns(int year, Map<Integer, List<Provenance>> provenance) {
        if (!provenance.containsKey(year)) {
            return List.of();
        }
        List<Provenance> ofYear = provenance.get(year);
        List<PublishedTable> tables = new ArrayList<>();
        String y = String.valueOf(year);
        // form × sex × age group
        Map<String, Long> fsa = counts.count("c.exploateringsform || '|' || c.kon || '|' || c.aldersgrupp", null, year, year);
        String[][] columns = {{"Kvinnor", "KVINNA", "VUXEN"}, {"Flickor", "KVINNA", "BARN"}, {"Kvinnor, okänd ålder", "KVINNA", "OKAND"},
                {"Män", "MAN", "VUXEN"}, {"Pojkar", "MAN", "BARN"}, {"Män, okänd ålder", "MAN", "OKAND"},
                {"Annan könsidentitet", "ANNAN", null}, {"Okänt kön", "OKANT", null}};
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (Exploateringsform form : Exploateringsform.values()) {
            List<Long> values = new ArrayList<>();
            long total = 0;
            for (String[] col : columns) {
                long n = fsa.entrySet().stream().filter(e -> {
                    String[] k = e.getKey().split("\\|");
                    return k[1].equals(form.name()) && k[2].equals(col[1]) && (col[2] == null || k[3].equals(col[2]));
                }).mapToLong(Map.Entry::getValue).sum();
                values.add(n);
                total += n;
            }
            values.add(total);
            rows.add(fixedRow(ofYear, form.label(), values));
        }
        List<String> headings = new ArrayList<>(Arrays.stream(columns).map(c -> c[0]).toList());
        headings.add("Totalt");
        tables.add(new PublishedTable("Exploateringsform, kön och ålder " + y, "Personer " + y + " per exploateringsform,"
                + " kön och ålder", BREAKDOWN_SHEET, List.of("Exploateringsform"), headings, rows, List.of(
                        "Okänd ålder redovisas här för sig."), List.of(), List.of()));
        tables.add(ranked("Bransch " + y, "Arbetskraftsexploatering " + y + " per bransch", "Bransch",
                counts.count("COALESCE(c.bransch, 'EJ ANGIVEN')", "c.exploateringsform = 'ARBETSKRAFT'", year, year),
                ofYear,
                code -> Vocabulary.BRANSCH.label(code.equals("EJ ANGIVEN") ? "Ej angiven" : code)));
        tables.add(ranked("Hänvisande aktör " + y, "Hänvisande aktör " + y, "Hänvisande aktör",
                counts.count("COALESCE(c.hanvisande_aktor, 'Ej angiven')", null, year, year), ofYear, s -> s));
        tables.add(countries(year, ofYear));
        Map<String, Long> akc = counts.count("c.exploateringsform", "c.upptackt_via_akc = TRUE", year, year);
        List<PublishedTable.Row> akcRows = new ArrayList<>();
        for (Exploateringsform form : Exploateringsform.values()) {
            long n = akc.getOrDefault(year + "|" + form.name(), 0L);
            if (n > 0) {
                akcRows.add(fixedRow(ofYear, form.label(), List.of(n)));
            }
        }
        akcRows.add(fixedRow(ofYear, "Totalt", List.of(akc.values().stream().mapToLong(Long::longValue).sum())));
        tables.add(new PublishedTable("AKC " + y, "Ärenden " + y + " som upptäckts genom samverkan mot"
                + " arbetslivskriminalitet (AKC), per exploateringsform", BREAKDOWN_SHEET, List.of("Exploateringsform"),
                List.of("Antal"), akcRows, List.of(), List.of(), List.of()));
        tables.add(ranked("Misstanke " + y, "Misstanke " + y, "Misstanke",
                counts.count("COALESCE(c.misstanke, 'EJ ANGIVEN')", null, year, year), ofYear,
                code -> Vocabulary.MISSTANKE.label(code.equals("EJ ANGIVEN") ? "Ej angiven" : code)));
        Map<Integer, Long> iSverige = counts.sum("narstaende_barn_i_sverige", year - 1, year);
        Map<Integer, Long> iAnnatLand = counts.sum("narstaende_barn_i_annat_land", year - 1, year);
        List<Integer> twoYears = List.of(year - 1, year);
        tables.add(new PublishedTable("Närstående barn " + y, "Närstående barn till utsatta", BREAKDOWN_SHEET,
                List.of("Närstående barn"), headings(twoYears), List.of(
                        row(provenance, "I Sverige", List.of("I Sverige"), twoYears,
                                yr -> iSverige.getOrDefault(yr, 0L)),
                        row(provenance, "I annat land", List.of("I annat land"), twoYears,
                                yr -> iAnnatLand.getOrDefault(yr, 0L))),
                List.of(), List.of(), List.of()));
        return tables;
    }

    private PublishedTable countries(int year, List<Provenance> ofYear) {
        Map<String, Long> byCountryAge = counts.count("COALESCE(c.ursprungsland, 'Okänt') || '|' || c.aldersgrupp", null,
                year, year);
        Map<String, long[]> perCountry = new LinkedHashMap<>();
        byCountryAge.forEach((k, n) -> {
            String[] p = k.split("\\|");
            long[] v = perCountry.computeIfAbsent(p[1], x -> new long[4]);
            v[p[2].equals("VUXEN") ? 0 : p[2].equals("BARN") ? 1 : 2] += n;
            v[3] += n;
        });
        List<PublishedTable.Row> rows = perCountry.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[3]).thenComparing(Map.Entry::getKey))
                .limit(10)
                .map(e -> fixedRow(ofYear, e.getKey(), Arrays.stream(e.getValue()).boxed().toList())).toList();
        return new PublishedTable("Ursprungsland " + year, "De tio vanligaste ursprungsländerna " + year, BREAKDOWN_SHEET,
                List.of("Ursprungsland"), List.of("Vuxna", "Barn", "Okänd ålder", "Totalt"), rows, List.of(), List.of(),
                List.of());
    }

    private static PublishedTable ranked(String id, String title, String stub, Map<String, Long> byValue,
            List<Provenance> ofYear, java.util.function.Function<String, String> label) {
        List<PublishedTable.Row> rows = byValue.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> fixedRow(ofYear, label.apply(e.getKey().substring(e.getKey().indexOf('|') + 1)), List.of(e.getValue())))
                .toList();
        List<PublishedTable.Row> withTotal = new ArrayList<>(rows);
        withTotal.add(fixedRow(ofYear, "Totalt", List.of(byValue.values().stream().mapToLong(Long::longValue).sum())));
        return new PublishedTable(id, title, BREAKDOWN_SHEET, List.of(stub), List.of("Antal"), withTotal, List.of(), List.of(),
                List.of());
    }

    /**
     * {@code ofYear}: the year's provenance, null when the warehouse holds no case of the year. Named apart from the
     * public {@link #regionalCounts}: the architecture test lets only the disclosure boundary and the tables call that.
     */
    private java.util.Optional<RegionalCounts> regional(int year, List<Provenance> ofYear) {
        if (ofYear == null) {
            return java.util.Optional.empty();
        }
        List<String> forms = Arrays.stream(Exploateringsform.values()).map(Exploateringsform::name).toList();
        List<String> formLabels = Arrays.stream(Exploateringsform.values()).map(Exploateringsform::label).toList();
        List<String> sexes = List.of("KVINNA", "MAN", "ANNAN", "OKANT");
        List<String> sexLabels = List.of("Kvinnor och flickor", "Män och pojkar", "Annan könsidentitet", "Okänt");
        long[][] byForm = inner(counts.count("c.polisregion || '|' || c.exploateringsform", null, year, year), year, forms);
        long[][] bySex = inner(counts.count("c.polisregion || '|' || c.kon", null, year, year), year, sexes);
        return java.util.Optional.of(new RegionalCounts(year, REGIONS, REGION_SHEET, formLabels, byForm, sexLabels, bySex,
                ofYear));
    }

    private static long[][] inner(Map<String, Long> counted, int year, List<String> codes) {
        long[][] inner = new long[REGIONS.size()][codes.size()];
        for (int r = 0; r < REGIONS.size(); r++) {
            for (int c = 0; c < codes.size(); c++) {
                inner[r][c] = counted.getOrDefault(year + "|" + REGIONS.get(r) + "|" + codes.get(c), 0L);
            }
        }
        return inner;
    }

    /** A row over a table's years, its value per year given. */
    private interface YearsRow {
        PublishedTable.Row of(String rad, List<String> printed, java.util.function.IntToLongFunction value);
    }

    private static PublishedTable.Row row(Map<Integer, List<Provenance>> provenance, String rad, List<String> printed,
            List<Integer> years, java.util.function.IntToLongFunction value) {
        List<PublishedTable.Cell> cells = new ArrayList<>();
        for (int year : years) {
            // a year without cases is missing, not zero
            List<Provenance> ofYear = provenance.getOrDefault(year, List.of());
            cells.add(!ofYear.isEmpty()
                    ? new PublishedTable.Cell(BigDecimal.valueOf(value.applyAsLong(year)), null, null, ofYear)
                    : PublishedTable.Cell.missing("uppgift saknas"));
        }
        return new PublishedTable.Row(rad, printed, cells);
    }

    /** {@code provenance}: the year's, the same for every row of the year (read once per table build). */
    private static PublishedTable.Row fixedRow(List<Provenance> provenance, String label, List<Long> values) {
        return new PublishedTable.Row(label, List.of(label), values.stream()
                .map(v -> new PublishedTable.Cell(BigDecimal.valueOf(v), null, null, provenance)).toList());
    }

    private static long get(Map<String, Long> g, int year, String key) {
        return g.getOrDefault(year + "|" + key, 0L);
    }

    private static List<String> headings(List<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }
}
