package se.bilaga1.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.SourceFileRegistry.FileReport;

/**
 * The row accounting of files whose rows are people and each of which covers one region (the coordinators' files) is a
 * regional count: a file's cases loaded are its region's total for its year, the row totals of the regional tables,
 * and what it read and quarantined differ from that by a few rows. Published outputs show none of a coordinator file's
 * counts (read, loaded, quarantined), only its notes (title, header and footnote rows, no case) and whether its
 * accounting balances; the sums over a year's files are national and shown. Hiding them all, rather than protecting
 * them as a third table linked to the regional ones, keeps the audit of the regional tables complete: nothing else
 * sub-national about cases is published beside them. The exact accounting stays in the warehouse and on the
 * ANALYST's internal pages.
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
        for (FileReport f : members) {
            boolean hide = threshold > 0;
            out.put(f, new ShownFile(f.source(), f.fileName(), f.sha256(), f.sizeBytes(), f.kind(), f.layout(),
                    f.sheetName(), f.encoding(), f.status(), scrub(f.message(), f.fileName()),
                    hide ? ShownCount.HIDDEN : ShownCount.of(f.read()), hide ? ShownCount.HIDDEN : ShownCount.of(f.loaded()),
                    hide ? ShownCount.HIDDEN : ShownCount.of(f.quarantined()), f.notes(), f.balances(), group));
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
