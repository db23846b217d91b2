package se.bilaga1.publish;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bilaga1.reference.Polisregion;
import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.SurveyTables;

/**
 * The quality declaration (kvalitetsdeklaration) of report year N, computed from what the run itself produced: the
 * registry's files with their checksums and row accounting (as the disclosure boundary shows it), the published tables and their cells' provenance, the
 * rule results, the corrections and the quarantine. Nothing in it is typed by hand: the only fixed text is the
 * renderers' headings.
 * <p>
 * It has one section per workbook sheet of the published tables (Indikator 1–7, Stödprogram), in their order; a
 * section's files are those its cells' provenance names, so the declaration says what actually fed each table. What
 * no published cell names (a corrections file, a detail extract only checked against its table, a rejected file) and
 * the rules and corrections that belong to no section go to a last section, {@link #OTHER}.
 */
public record QualityDeclaration(int reportYear, String built, String cellsSha256, Totals totals, List<Section> sections) {

    /** The last section's name: files, rules and corrections that no published table's section takes. */
    public static final String OTHER = "Övrigt";

    /** The run as a whole: what the run report prints, summed. */
    public record Totals(int files, int loadedFiles, int rejectedFiles, long read, long loaded, long quarantined, long notes,
            int rules, long ok, long varning, long fel, long correctionsApplied, long correctionsFel, int cellsMoved,
            long cellsSuppressed) {
    }

    /**
     * One indicator (a sheet of the workbook): its published tables, its sources with delivery date and checksum, the
     * years its cells cover, response rates and denominators (surveys), regions delivering (coordinators), quarantine,
     * corrections, hidden cells and every rule result on its tables.
     */
    public record Section(String name, List<String> tables, List<Delivery> files, List<Integer> years,
            List<Response> responses, List<Regions> regions, List<ShownQuarantine.PerReason> quarantine,
            List<ShownCorrection> corrections, int cellsMoved, List<HiddenCells> hidden, List<RuleResult> rules) {

        public long suppressed() {
            return hidden.stream().filter(HiddenCells::suppressed).mapToLong(HiddenCells::cells).sum();
        }
    }

    /** A source file and when it was delivered (its modification time when the run registered it; null if unknown). */
    public record Delivery(ShownFile file, LocalDateTime deliveredAt) {
    }

    /** A survey year's denominator and response, as the figure publishes them; {@code svarsfrekvens} a decimal. */
    public record Response(String tabell, int ar, long namnare, long svarande, long population, BigDecimal svarsfrekvens) {
    }

    /** The police regions whose cases of a year are in the warehouse, of the seven. */
    public record Regions(int ar, List<String> delivered, List<String> missing) {

        public int of() {
            return delivered.size() + missing.size();
        }
    }

    /**
     * Cells of a table shown as {@code ..}, per reason: suppressed by disclosure control ({@code rule}: the table's note
     * that states the rule), or missing (no data, a zero denominator).
     */
    public record HiddenCells(String tabell, String reason, long cells, String rule) {

        public boolean suppressed() {
            return reason != null && reason.startsWith(DISCLOSURE);
        }
    }

    /** How a suppressed cell's reason starts (see {@code ArendeTables}): the rest names primary or secondary. */
    static final String DISCLOSURE = "röjandekontroll";

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    /**
     * The declaration from the workbook's contents (what the same run writes on the other sheets), the checksum of
     * the published cells, each file's delivery time ({@link SourceFileRegistry#deliveryKey}), the regions per year
     * of the coordinators' cases and the municipalities a response rate is taken of.
     */
    public static QualityDeclaration of(WorkbookWriter.Contents c, String cellsSha256, Map<String, LocalDateTime> deliveredAt,
            Map<Integer, List<String>> caseRegionsPerYear, long municipalities) {
        // the sections, in the order of the published tables; breakdowns join the section of their sheet or table
        Map<String, List<PublishedTable>> bySection = new LinkedHashMap<>();
        Map<String, List<String>> publishedBySection = new LinkedHashMap<>();
        for (PublishedTable t : c.tables()) {
            bySection.computeIfAbsent(t.sheet(), s -> new ArrayList<>()).add(t);
            publishedBySection.computeIfAbsent(t.sheet(), s -> new ArrayList<>()).add(t.tabell());
        }
        for (PublishedTable b : c.breakdowns()) {
            String home = bySection.keySet().stream().filter(s -> b.sheet().equals(s) || b.sheet().startsWith(s + " ")
                    || publishedBySection.get(s).stream().anyMatch(t -> b.tabell().startsWith(t + " "))).findFirst()
                    .orElse(null);
            if (home != null) {
                bySection.get(home).add(b);
            }
        }
        Set<String> takenFiles = new LinkedHashSet<>();
        Set<RuleResult> takenRules = new LinkedHashSet<>();
        Set<String> takenCorrections = new LinkedHashSet<>();
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<PublishedTable>> e : bySection.entrySet()) {
            List<PublishedTable> tables = e.getValue();
            Set<String> tableNames = new LinkedHashSet<>(tables.stream().map(PublishedTable::tabell).toList());
            Set<String> fileNames = new LinkedHashSet<>();
            tables.forEach(t -> t.rows().forEach(r -> r.cells().forEach(cell -> cell.provenance()
                    .forEach(p -> fileNames.add(p.fileName())))));
            List<ShownFile> files = c.accounting().files().stream().filter(f -> fileNames.contains(f.fileName())).toList();
            takenFiles.addAll(fileNames);
            Set<String> sources = new LinkedHashSet<>(files.stream().map(ShownFile::source).toList());
            List<RuleResult> rules = c.rules().stream().filter(r -> tableNames.contains(r.tabell())).toList();
            takenRules.addAll(rules);
            List<ShownCorrection> corrections = c.corrections().stream().filter(k -> sources.contains(k.kalla()))
                    .toList();
            corrections.forEach(k -> takenCorrections.add(k.id()));
            sections.add(new Section(e.getKey(), publishedBySection.get(e.getKey()), deliveries(files, deliveredAt),
                    years(tables.subList(0, publishedBySection.get(e.getKey()).size())), responses(tables, municipalities),
                    sources.contains(QuarantineSummary.CASE_SOURCE) ? regions(caseRegionsPerYear) : List.of(),
                    quarantine(c.quarantine(), fileNames), corrections,
                    (int) c.movedCells().stream().filter(m -> tableNames.contains(m.tabell())).count(), hidden(tables),
                    rules));
        }
        List<ShownFile> otherFiles = c.accounting().files().stream().filter(f -> !takenFiles.contains(f.fileName())).toList();
        Set<String> otherNames = new LinkedHashSet<>(otherFiles.stream().map(ShownFile::fileName).toList());
        sections.add(new Section(OTHER, List.of(), deliveries(otherFiles, deliveredAt), List.of(), List.of(), List.of(),
                quarantine(c.quarantine(), otherNames),
                c.corrections().stream().filter(k -> !takenCorrections.contains(k.id())).toList(), 0, List.of(),
                c.rules().stream().filter(r -> !takenRules.contains(r)).toList()));
        return new QualityDeclaration(c.reportYear(), c.built(), cellsSha256, totals(c, sections), sections);
    }

    private static Totals totals(WorkbookWriter.Contents c, List<Section> sections) {
        List<ShownFile> files = c.accounting().files();
        return new Totals(files.size(),
                (int) files.stream().filter(f -> SourceFileRegistry.LOADED.equals(f.status())).count(),
                (int) files.stream().filter(f -> SourceFileRegistry.REJECTED.equals(f.status())).count(),
                c.accounting().read(), c.accounting().loaded(), c.accounting().quarantined(), c.accounting().notes(),
                c.rules().size(), count(c.rules(), RuleResult.Status.OK), count(c.rules(), RuleResult.Status.VARNING),
                count(c.rules(), RuleResult.Status.FEL),
                c.corrections().stream().filter(k -> "APPLIED".equals(k.status())).count(),
                c.corrections().stream().filter(k -> "FEL".equals(k.status())).count(), c.movedCells().size(),
                sections.stream().mapToLong(Section::suppressed).sum());
    }

    private static long count(List<RuleResult> rules, RuleResult.Status status) {
        return rules.stream().filter(r -> r.status() == status).count();
    }

    private static List<Delivery> deliveries(List<ShownFile> files, Map<String, LocalDateTime> deliveredAt) {
        return files.stream().map(f -> new Delivery(f, deliveredAt.get(SourceFileRegistry.deliveryKey(f.fileName(), f.sha256()))))
                .toList();
    }

    /** The years the published tables give a figure for: a year in a row's or a column's label of a cell with a value. */
    private static List<Integer> years(List<PublishedTable> published) {
        Set<Integer> years = new TreeSet<>();
        for (PublishedTable t : published) {
            for (PublishedTable.Row row : t.rows()) {
                for (int i = 0; i < t.columns().size(); i++) {
                    if (row.cells().get(i).value() != null) {
                        Matcher m = YEAR.matcher(row.rad() + " " + t.columns().get(i));
                        while (m.find()) {
                            years.add(Integer.valueOf(m.group()));
                        }
                    }
                }
            }
        }
        return List.copyOf(years);
    }

    /** Each survey year's denominator and responding municipalities, read off the figures that publish them. */
    private static List<Response> responses(List<PublishedTable> tables, long municipalities) {
        List<Response> responses = new ArrayList<>();
        for (PublishedTable t : tables) {
            int namnare = t.columns().indexOf(SurveyTables.NAMNARE);
            int svarande = t.columns().indexOf(SurveyTables.SVARANDE);
            int frekvens = t.columns().indexOf(SurveyTables.SVARSFREKVENS);
            if (namnare < 0 || svarande < 0 || frekvens < 0 || !t.stubHeadings().equals(List.of("År"))) {
                continue; // not a figure by survey year (the breakdowns by region share the columns, not the years)
            }
            for (PublishedTable.Row row : t.rows()) {
                responses.add(new Response(t.tabell(), Integer.parseInt(row.rad()), longValue(row.cells().get(namnare)),
                        longValue(row.cells().get(svarande)), municipalities, row.cells().get(frekvens).value()));
            }
        }
        return responses;
    }

    private static long longValue(PublishedTable.Cell cell) {
        return cell.value() == null ? 0 : cell.value().longValueExact();
    }

    private static List<Regions> regions(Map<Integer, List<String>> perYear) {
        List<String> all = Arrays.stream(Polisregion.values()).map(Polisregion::namn).toList();
        List<Regions> regions = new ArrayList<>();
        perYear.forEach((year, delivered) -> regions.add(new Regions(year,
                all.stream().filter(delivered::contains).toList(), all.stream().filter(r -> !delivered.contains(r)).toList())));
        return regions;
    }

    private static List<ShownQuarantine.PerReason> quarantine(ShownQuarantine all, Set<String> files) {
        return all.perReason().stream().filter(q -> q.of(files)).toList();
    }

    /** Cells shown as {@code ..}, per table and reason, with the rule a table's note states for suppressed ones. */
    private static List<HiddenCells> hidden(List<PublishedTable> tables) {
        List<HiddenCells> hidden = new ArrayList<>();
        for (PublishedTable t : tables) {
            Map<String, Long> perReason = new LinkedHashMap<>();
            t.rows().forEach(r -> r.cells().stream().filter(cell -> cell.value() == null)
                    .forEach(cell -> perReason.merge(cell.reason() == null ? "" : cell.reason(), 1L, Long::sum)));
            String rule = t.notes().stream().filter(n -> n.startsWith("..")).findFirst().orElse(null);
            perReason.forEach((reason, n) -> hidden.add(new HiddenCells(t.tabell(), reason, n,
                    reason.startsWith(DISCLOSURE) ? rule : null)));
        }
        return hidden;
    }
}
