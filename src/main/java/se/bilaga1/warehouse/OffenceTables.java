package se.bilaga1.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


/** Indikator 5 and 6: Tabell 7 (reported offences) and Tabell 8 (prosecution decisions) from Brå's mart. */
@Component
public class OffenceTables {

    private static final String MISSING = "uppgift saknas";

    private final OffenceCounts offences;
    private final JdbcTemplate jdbc;

    public OffenceTables(OffenceCounts offences, JdbcTemplate jdbc) {
        this.offences = offences;
        this.jdbc = jdbc;
    }

    /** Tabell 7: reported offences, five statutes, the five years up to N. */
    public PublishedTable tabell7(int reportYear) {
        List<Integer> years = ReportScope.tabell7Years(reportYear);
        Map<String, String> labels = offences.labels();
        List<OffenceCounts.Count> counts = offences.counts(OffenceCounts.ANMALDA_BROTT, ReportScope.TABELL_7_LAGRUM, years);
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (String lagrum : ReportScope.TABELL_7_LAGRUM) {
            String label = labels.getOrDefault(lagrum, lagrum);
            rows.add(new PublishedTable.Row(label, List.of(label), cells(counts, lagrum, years)));
        }
        return new PublishedTable(Tabell.TABELL_7.id(),
                "Tabell 7. Antal anmälda brott " + years.get(0) + "-" + years.get(years.size() - 1) + ".",
                "Indikator 5", List.of("Lagrum"), headings(years), rows, notes(counts, "Brå, kriminalstatistik: anmälda brott"));
    }

    /** Tabell 8: prosecution decisions for trafficking and exploitation, the six years before N. */
    public PublishedTable tabell8(int reportYear) {
        List<Integer> years = ReportScope.tabell8Years(reportYear);
        List<OffenceCounts.Count> counts = offences.counts(OffenceCounts.LAGFORINGSBESLUT, ReportScope.TABELL_8_LAGRUM, years);
        List<PublishedTable.Row> rows = List.of(
                new PublishedTable.Row("Människohandel (1a §)", List.of("BrB 4 kap.", "Människohandel (1a §)"),
                        cells(counts, "BrB 4:1a", years)),
                new PublishedTable.Row("Människoexploatering (1b §)", List.of("BrB 4 kap.", "Människoexploatering (1b §)"),
                        cells(counts, "BrB 4:1b", years)));
        return new PublishedTable(Tabell.TABELL_8.id(),
                "Tabell 8. Antal lagföringsbeslut gällande människohandel och människoexploatering, år " + years.get(0) + "-"
                        + years.get(years.size() - 1),
                "Indikator 6", List.of("", ""), headings(years), rows,
                notes(counts, "Brå, lagföringsstatistik. Med lagföringsbeslut avses fällande domslut i tingsrätten,"
                        + " godkänt strafföreläggande eller åtalsunderlåtelse"));
    }

    private static List<String> headings(List<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }

    private static List<PublishedTable.Cell> cells(List<OffenceCounts.Count> counts, String lagrum, List<Integer> years) {
        List<PublishedTable.Cell> cells = new ArrayList<>();
        for (int year : years) {
            OffenceCounts.Count c = counts.stream().filter(x -> x.lagrum().equals(lagrum) && x.ar() == year).findFirst()
                    .orElseThrow();
            cells.add(c.amount() == null ? new PublishedTable.Cell(null, "..", MISSING, c.provenance())
                    : new PublishedTable.Cell(c.amount(), null, null, c.provenance()));
        }
        return cells;
    }

    /** The table's source line and the footnotes of the files its figures came from. */
    private List<String> notes(List<OffenceCounts.Count> counts, String source) {
        Set<String> files = new LinkedHashSet<>();
        counts.forEach(c -> c.provenance().forEach(p -> files.add(p.fileName())));
        List<String> notes = new ArrayList<>();
        List<String> fileNotes = List.of();
        if (!files.isEmpty()) {
            fileNotes = jdbc.queryForList("SELECT DISTINCT n.note_text FROM source_note n JOIN source_file f"
                    + " ON f.id = n.source_file_id WHERE n.note_kind = 'fotnot' AND f.file_name IN ("
                    + String.join(",", files.stream().map(f -> "?").toList()) + ") ORDER BY n.note_text",
                    String.class, files.toArray());
        }
        // the delivery's own source line, where it has one, rather than ours
        if (fileNotes.stream().noneMatch(n -> n.startsWith("Källa"))) {
            notes.add("Källa: " + source + ".");
        }
        notes.addAll(fileNotes);
        if (!files.isEmpty()) {
            notes.add("Leveranser: " + String.join(", ", files) + ".");
        }
        if (counts.stream().anyMatch(c -> c.amount() == null)) {
            notes.add(".. = uppgift saknas.");
        }
        return notes;
    }
}
