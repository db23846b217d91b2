package se.bilaga1.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bilaga1.warehouse.Lineage.CellLineage;
import se.bilaga1.warehouse.Lineage.Entry;

/** A cell's lineage as text, as {@code ./jobs/explain} prints it. */
final class LineageText {

    private LineageText() {
    }

    /** Row numbers as ranges: {@code 2–20, 24}. */
    static String ranges(List<String> rows) {
        List<Integer> numbers = new ArrayList<>();
        for (String r : rows) {
            try {
                numbers.add(Integer.valueOf(r));
            } catch (NumberFormatException e) {
                return String.join(", ", rows);
            }
        }
        java.util.Collections.sort(numbers);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int from = numbers.get(i);
            while (i + 1 < numbers.size() && numbers.get(i + 1) <= numbers.get(i) + 1) {
                i++;
            }
            out.add(from == numbers.get(i) ? String.valueOf(from) : from + "–" + numbers.get(i));
        }
        return String.join(", ", out);
    }

    /** The lineage of a cell as {@code ./jobs/explain} prints it: never a row of a case file, never a case key. */
    static String describe(CellLineage c) {
        StringBuilder out = new StringBuilder();
        out.append(c.tabell()).append(" · ").append(c.rad()).append(" · ").append(c.kolumn()).append(" = ")
                .append(c.varde()).append('\n');
        List<Entry> sources = c.of(Lineage.SOURCE);
        out.append("Källor (").append(sources.size()).append(sources.size() == 1 ? " fil" : " filer").append("):\n");
        for (Entry e : sources) {
            out.append("  ").append(e.fileName()).append("  SHA-256 ").append(e.sha256())
                    .append(e.sheet() == null ? "" : ", blad " + e.sheet()).append(", rad ").append(e.rows())
                    .append(", kolumn ").append(e.column()).append('\n');
        }
        if (sources.isEmpty()) {
            out.append("  (ingen: cellen har inget värde ur någon fil)\n");
        }
        if (sources.stream().anyMatch(e -> Lineage.isCaseFile(e.fileName()))) {
            out.append("  Ärendefilerna namnges utan antal ärenden per fil (en regional uppgift); inga ärende-id visas.\n");
        }
        List<Entry> corrections = c.of(Lineage.CORRECTION);
        if (corrections.isEmpty()) {
            out.append("Korrigeringar: ingen flyttade cellen\n");
        } else {
            Entry first = corrections.get(0);
            out.append("Korrigeringar: ").append(corrections.size()).append(" flyttade cellen från ").append(first.vanster())
                    .append(" till ").append(first.hoger()).append(":\n");
            // corrections alike (same status, change and reason, same file) on one line: their ids, and the file's rows
            Map<String, List<Entry>> alike = new LinkedHashMap<>();
            for (Entry e : corrections) {
                alike.computeIfAbsent(e.status() + "\u0000" + e.beskrivning() + "\u0000" + e.fileName(),
                        k -> new ArrayList<>()).add(e);
            }
            for (List<Entry> group : alike.values()) {
                Entry e = group.get(0);
                out.append("  ").append(String.join(", ", group.stream().map(Entry::ref).toList())).append(" (")
                        .append(group.size() == 1 ? "" : group.size() + " korrigeringar, ").append(e.status()).append(") ")
                        .append(e.beskrivning()).append(e.fileName() == null ? "" : " [" + e.fileName() + " rad "
                                + ranges(group.stream().map(Entry::rows).toList()) + "]").append('\n');
            }
        }
        List<Entry> rules = c.of(Lineage.RULE);
        out.append("Regler (").append(rules.size()).append("):\n");
        for (Entry e : rules) {
            out.append("  ").append(e.status()).append(' ').append(e.ref()).append(": ").append(e.beskrivning()).append(" (")
                    .append(e.vanster()).append(" mot ").append(e.hoger()).append(")\n");
        }
        return out.toString();
    }
}
