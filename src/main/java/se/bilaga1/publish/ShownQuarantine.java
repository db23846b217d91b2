package se.bilaga1.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quarantine as it may leave the warehouse. A row of people shows where it is and why in one of a few fixed words
 * ({@link QuarantineReason}), never its value. A coordinator file is one region and year, so how many of its rows are
 * quarantined is a regional count: it shows as the file's row accounting does (hidden where that is), its reasons are
 * counted over all the source's files, and its rows are not listed one by one (a list would count them).
 */
public record ShownQuarantine(List<PerReason> perReason, List<Row> rows) {

    /** What the per-file line of a coordinator file says in place of its reasons. */
    static final String REASONS_PER_SOURCE = "rader i karantän (orsakerna räknas för alla källans filer tillsammans)";

    /** Rows quarantined for a reason in a file, or ({@code fileName} null) in every file of the source. */
    public record PerReason(String source, String fileName, String reason, ShownCount rows) {

        /** The file, or {@code regionkoordinatorer/ (alla filer)}. */
        public String where() {
            return fileName != null ? fileName : source + "/ (alla filer)";
        }

        /** Whether it tells of a file among {@code files}. */
        boolean of(java.util.Collection<String> files) {
            return fileName != null ? files.contains(fileName) : files.stream().anyMatch(f -> f.startsWith(source + "/"));
        }
    }

    /** A quarantined cell: where it is and why; its value masked when its row is a person. */
    public record Row(String fileName, String sheet, int row, String column, String value, String reason) {
    }

    static ShownQuarantine of(List<QuarantineSummary.Counted> counted, List<QuarantineSummary.Located> located,
            List<ShownFile> accounting) {
        List<PerReason> perReason = new ArrayList<>();
        Map<String, Long> perSource = new LinkedHashMap<>();
        for (QuarantineSummary.Counted c : counted) {
            Optional<PersonLevelSource> people = PersonLevelSource.ofSource(c.source());
            if (people.isEmpty()) {
                perReason.add(new PerReason(c.source(), c.fileName(), c.reason(), ShownCount.of(c.rows())));
            } else if (!people.get().regionalFiles()) {
                perReason.add(new PerReason(c.source(), c.fileName(), reason(c.reason()), ShownCount.of(c.rows())));
            } else {
                perSource.merge(c.source() + "\u0000" + reason(c.reason()), c.rows(), Long::sum);
            }
        }
        for (ShownFile f : accounting) {
            if (f.regional() && (f.quarantined().hidden() || f.quarantined().value() > 0)) {
                perReason.add(new PerReason(f.source(), f.fileName(), REASONS_PER_SOURCE, f.quarantined()));
            }
        }
        perSource.forEach((key, n) -> perReason.add(new PerReason(key.substring(0, key.indexOf('\u0000')), null,
                key.substring(key.indexOf('\u0000') + 1), ShownCount.of(n))));
        return new ShownQuarantine(perReason, rows(located));
    }

    static List<Row> rows(List<QuarantineSummary.Located> located) {
        return located.stream().map(l -> PersonLevelSource.ofSource(l.source())
                .map(s -> new Row(l.fileName(), l.sheetName(), l.rowNo(), l.column(), s.hiddenValue(), reason(l.reason())))
                .orElseGet(() -> new Row(l.fileName(), l.sheetName(), l.rowNo(), l.column(), l.value(), l.reason()))).toList();
    }

    private static String reason(String kind) {
        return QuarantineReason.valueOf(kind).text();
    }
}
