package se.bilaga1.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.SourceFileRegistry.FileReport;
import se.bilaga1.warehouse.Disclosure;

/**
 * The row accounting of files whose rows are people and each of which covers one region (the coordinators' files) is a
 * regional count, protected by the rule of the regional tables: a year's files are a table, rows the files, columns
 * the cases loaded and quarantined, each row's total the case rows read (rows read less the notes), the columns'
 * totals the year's national figures (published in full: Tabell 1 is the loaded one). Counts from 1 to the threshold
 * are hidden, and further cells until none can be recomputed from what is shown ({@link Disclosure#suppress}). A
 * file's rows read are shown when its total is; its notes always. Files whose year the name does not give are a table
 * of their own whose totals are no national figure, so those may be hidden too.
 */
final class AccountingProtection {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private AccountingProtection() {
    }

    /** {@code files}' lines as they may leave, in the same order. */
    static List<ShownFile> protect(List<FileReport> files, int threshold) {
        Map<String, List<FileReport>> groups = new LinkedHashMap<>();
        for (FileReport f : files) {
            group(f).ifPresent(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(f));
        }
        Map<FileReport, ShownFile> shown = new java.util.IdentityHashMap<>();
        groups.forEach((group, members) -> protectGroup(group, members, threshold, shown));
        return files.stream().map(f -> shown.getOrDefault(f, ShownFile.shown(f))).toList();
    }

    /** The table a file's counts belong to ({@code regionkoordinatorer 2024}); empty when they are not protected. */
    static Optional<String> group(FileReport f) {
        return PersonLevelSource.ofSource(f.source()).filter(PersonLevelSource::regionalFiles)
                .map(s -> s.source() + " " + year(f).map(String::valueOf).orElse("(år okänt)"));
    }

    private static Optional<Integer> year(FileReport f) {
        return FileNameYear.of(f.fileName().substring(f.fileName().lastIndexOf('/') + 1));
    }

    private static void protectGroup(String group, List<FileReport> members, int threshold, Map<FileReport, ShownFile> out) {
        long[][] inner = new long[members.size()][2];
        for (int r = 0; r < members.size(); r++) {
            inner[r][0] = members.get(r).loaded();
            inner[r][1] = members.get(r).quarantined();
        }
        boolean national = year(members.get(0)).isPresent();
        boolean[][] hidden = Disclosure.suppress(inner, threshold, national);
        for (int r = 0; r < members.size(); r++) {
            FileReport f = members.get(r);
            out.put(f, new ShownFile(f.source(), f.fileName(), f.sha256(), f.sizeBytes(), f.kind(), f.layout(),
                    f.sheetName(), f.encoding(), f.status(), scrub(f.message(), f.fileName()),
                    hidden[r][2] ? ShownCount.HIDDEN : ShownCount.of(f.read()),
                    hidden[r][0] ? ShownCount.HIDDEN : ShownCount.of(f.loaded()),
                    hidden[r][1] ? ShownCount.HIDDEN : ShownCount.of(f.quarantined()), f.notes(), f.balances(), group));
        }
    }

    /**
     * A regional file's message without a figure of its own ({@code unreadable after 3 rows}, a row number): every
     * number outside the file's name is masked, since one could count its rows.
     */
    static String scrub(String message, String fileName) {
        if (message == null) {
            return null;
        }
        String[] parts = message.split(Pattern.quote(fileName), -1);
        List<String> masked = new ArrayList<>();
        for (String part : parts) {
            masked.add(DIGITS.matcher(part).replaceAll("…"));
        }
        return String.join(fileName, masked);
    }
}
