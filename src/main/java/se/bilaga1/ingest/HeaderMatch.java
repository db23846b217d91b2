package se.bilaga1.ingest;

import se.bilaga1.support.HeaderNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A header row matched against a source's canonical columns (folded, with configured aliases): where each
 * known column is, which required ones are missing, which columns are extra (ignored, and reported) and which known
 * columns the header names more than once (a file cannot be read so: which of them holds the values is unknown).
 */
public record HeaderMatch(SheetRow header, Map<String, Integer> columns, List<String> missing, List<String> ignored,
        List<String> duplicated) {

    public static HeaderMatch of(SheetRow header, String source, List<String> required, List<String> optional,
            ColumnAliases aliases) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        Map<String, Integer> found = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        for (int i = 0; i < header.width(); i++) {
            String folded = HeaderNames.fold(header.cell(i));
            if (folded.isEmpty()) {
                continue;
            }
            String canonical = known.stream().filter(c -> aliases.spellings(source, c).contains(folded)).findFirst()
                    .orElse(null);
            if (canonical != null && !found.containsKey(canonical)) {
                found.put(canonical, i);
            } else if (canonical != null) {
                duplicated.add(canonical + " (" + SheetRow.columnLetters(found.get(canonical)) + " and "
                        + SheetRow.columnLetters(i) + ")");
            } else {
                ignored.add(header.cell(i).strip());
            }
        }
        List<String> missing = required.stream().filter(c -> !found.containsKey(c)).toList();
        return new HeaderMatch(header, found, missing, ignored, duplicated);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The row's text in {@code column}, or "" when the file has no such column. */
    public String text(SheetRow row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** The column as quarantine and provenance name it, e.g. {@code C (lagrum)}. */
    public String describe(String column) {
        Integer index = columns.get(column);
        return index == null ? column : SheetRow.describeColumn(header, index);
    }

    /** A quarantine entry for {@code column} of this header. */
    public QuarantineEntry error(String column, String raw, String reason) {
        return new QuarantineEntry(describe(column), raw, reason);
    }
}
