package se.bilaga1.warehouse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cells a rule result checked, read from what the result names, the simplest honest match: a result of the
 * cell's table that names a cell's provenance ({@code …, rad 5, kolumn F (2024)}) checked that cell only; otherwise
 * one that names row labels of the table checked those rows; one that names years (file names aside) checked those
 * years' cells; the rest checked every cell of the table.
 */
final class RuleCoverage {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    private static final Pattern FILE = Pattern.compile("\\S+\\.(xlsx|csv|txt)", Pattern.CASE_INSENSITIVE);

    private RuleCoverage() {
    }

    /** Whether rule result {@code r} (of table {@code t}) checked the cell at {@code rad} × {@code kolumn}. */
    static boolean checks(RuleResult r, PublishedTable t, String rad, String kolumn) {
        String text = r.beskrivning() == null ? "" : r.beskrivning();
        // names a cell's provenance: that cell only
        Set<String> namedCells = new LinkedHashSet<>();
        for (PublishedTable.Row row : t.rows()) {
            for (int i = 0; i < t.columns().size(); i++) {
                for (Provenance p : row.cells().get(i).provenance()) {
                    if (!Lineage.isCaseProvenance(p) && p.rows() != null && text.contains(p.describe())) {
                        namedCells.add(row.rad() + "\u0000" + t.columns().get(i));
                    }
                }
            }
        }
        if (!namedCells.isEmpty()) {
            return namedCells.contains(rad + "\u0000" + kolumn);
        }
        List<String> namedRows = t.rows().stream().map(PublishedTable.Row::rad).filter(label -> names(text, label)).toList();
        if (!namedRows.isEmpty() && !namedRows.contains(rad)) {
            return false;
        }
        Set<Integer> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(FILE.matcher(text).replaceAll(" "));
        while (m.find()) {
            years.add(Integer.valueOf(m.group()));
        }
        Integer year = yearOf(kolumn, rad);
        return years.isEmpty() || year == null || years.contains(year);
    }

    private static boolean names(String text, String label) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(label) + "(?!\\p{L})").matcher(text).find();
    }

    /** The year a cell is of: the one its column names, else its row's; null if neither names one. */
    static Integer yearOf(String kolumn, String rad) {
        for (String s : new String[] {kolumn, rad}) {
            Matcher m = YEAR.matcher(s == null ? "" : s);
            if (m.find()) {
                return Integer.valueOf(m.group());
            }
        }
        return null;
    }
}
