package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The support programmes: Tabell 3 (NSP) and Tabell 4 (ÅMP) as the programmes report them, their own Totalt
 * included (the rules compare it with the parts), and the funds distributed.
 */
@Component
public class ProgrammeTables {

    static final String SHEET = "Stödprogram";

    private final JdbcTemplate jdbc;

    public ProgrammeTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PublishedTable tabell3(int reportYear) {
        List<Integer> years = years(reportYear);
        Map<String, Cellvalue> nsp = counts("NSP");
        List<PublishedTable.Row> rows = List.of(
                row("Vuxna", List.of("Vuxna"), nsp, "Vuxna", years),
                row("Vuxna / Kvinnor", List.of("   Kvinnor"), nsp, "Kvinnor", years),
                row("Vuxna / Transkvinna", List.of("   Transkvinna"), nsp, "Transkvinnor", years),
                row("Vuxna / Män", List.of("   Män"), nsp, "Män", years),
                row("Barn", List.of("Barn*"), nsp, "Barn", years),
                row("Totalt", List.of("Totalt"), nsp, "Totalt", years));
        return new PublishedTable(Tabell.TABELL_3.id(), "Tabell 3. Antal personer som beviljats stödinsatser genom det Nationella"
                + " stödprogrammet (NSP)", SHEET, List.of("Antal som beviljats stöd"), headings(years), rows, List.of(
                        "*Statistik gällande barn redovisades inte könsuppdelat av NSP.",
                        "Siffrorna är programmets egna, Totalt inräknat; avstämningen jämför Totalt med delarna.",
                        "Källa: Plattformen Civila Sverige mot människohandel (NSP)."));
    }

    public PublishedTable tabell4(int reportYear) {
        List<Integer> years = years(reportYear);
        Map<String, Cellvalue> amp = counts("ÅMP");
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (String kategori : List.of("Kvinnor", "Män", "Flickor", "Pojkar", "Totalt")) {
            rows.add(row(kategori, List.of(kategori), amp, kategori, years));
        }
        return new PublishedTable(Tabell.TABELL_4.id(), "Tabell 4. Antal nya personer som beviljats tillträde till"
                + " Återvändandeprogrammet Människohandel och Prostitution (ÅMP)", SHEET, List.of("Antal som beviljats stöd"),
                headings(years), rows, List.of(
                        "Siffrorna är programmets egna, Totalt inräknat; avstämningen jämför Totalt med delarna.",
                        "Källa: International Organization for Migration (IOM), ÅMP."));
    }

    /** Funds distributed to each programme (kronor), a workbook table beside Tabell 3 and 4. */
    public PublishedTable funds(int reportYear) {
        List<Integer> years = years(reportYear);
        Map<String, Cellvalue> funds = new HashMap<>();
        jdbc.query("SELECT m.program, m.ar, m.medel_kr, f.file_name, f.sha256, m.sheet_name, m.row_no FROM stodprogram_medel m"
                + " JOIN source_file f ON f.id = m.source_file_id WHERE f.status = 'LOADED'", rs -> {
                    funds.put(rs.getString(1) + "|" + rs.getInt(2), new Cellvalue(rs.getLong(3), new Provenance(rs.getString(4),
                            rs.getString(5), rs.getString(6), String.valueOf(rs.getInt(7)), "medel_kr")));
                });
        List<PublishedTable.Row> rows = List.of(
                row("NSP", List.of("Nationella stödprogrammet (NSP)"), prefixed(funds, "NSP"), "", years),
                row("ÅMP", List.of("Återvändandeprogrammet (ÅMP)"), prefixed(funds, "ÅMP"), "", years));
        return new PublishedTable("Medel till stödprogram", "Medel som Jämställdhetsmyndigheten fördelat till stödprogrammen,"
                + " kronor", SHEET, List.of("Program"), headings(years), rows, List.of(), List.of(), List.of());
    }

    private record Cellvalue(long value, Provenance provenance) {
    }

    private Map<String, Cellvalue> counts(String program) {
        Map<String, Cellvalue> counts = new HashMap<>();
        jdbc.query("SELECT a.kategori, a.ar, a.antal, f.file_name, f.sha256, a.sheet_name, a.row_no FROM stodprogram_antal a"
                + " JOIN source_file f ON f.id = a.source_file_id WHERE f.status = 'LOADED' AND a.program = ?", rs -> {
                    counts.put(rs.getString(1) + "|" + rs.getInt(2), new Cellvalue(rs.getLong(3), new Provenance(rs.getString(4),
                            rs.getString(5), rs.getString(6), String.valueOf(rs.getInt(7)), "antal")));
                }, program);
        return counts;
    }

    private static Map<String, Cellvalue> prefixed(Map<String, Cellvalue> funds, String program) {
        Map<String, Cellvalue> byYear = new HashMap<>();
        funds.forEach((k, v) -> {
            if (k.startsWith(program + "|")) {
                byYear.put("|" + k.substring(program.length() + 1), v);
            }
        });
        return byYear;
    }

    private static PublishedTable.Row row(String rad, List<String> printed, Map<String, Cellvalue> values, String kategori,
            List<Integer> years) {
        List<PublishedTable.Cell> cells = new ArrayList<>();
        for (int year : years) {
            Cellvalue v = values.get(kategori + "|" + year);
            cells.add(v == null ? PublishedTable.Cell.missing("ingen uppgift i programmets redovisning")
                    : new PublishedTable.Cell(BigDecimal.valueOf(v.value()), null, null, List.of(v.provenance())));
        }
        return new PublishedTable.Row(rad, printed, cells);
    }

    private static List<Integer> years(int reportYear) {
        return IntStream.rangeClosed(reportYear - 3, reportYear).boxed().toList();
    }

    private static List<String> headings(List<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }
}
