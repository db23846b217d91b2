package se.bilaga1.publish;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import se.bilaga1.ingest.SourceFileRegistry.FileReport;

/**
 * The row accounting of the files one run registered, as the console's pages may show it. A file still in the
 * warehouse shows what its current accounting shows; an earlier version of a coordinator file (since replaced or
 * retired) shows none of its counts, since its difference to the version after it could count a region's cases. The
 * run's totals are shown when they are made of shown figures, or of whole protected tables (whose totals are
 * national); otherwise they are hidden too.
 */
final class RunAccounting {

    private RunAccounting() {
    }

    static List<ShownFile> files(List<FileReport> ofRun, List<ShownFile> current) {
        return ofRun.stream().map(f -> AccountingProtection.group(f).map(group -> current(f, current)
                .orElseGet(() -> hiddenVersion(f, group))).orElseGet(() -> ShownFile.shown(f))).toList();
    }

    /** The rows the run loaded and quarantined, over all its files. */
    static ShownCount loaded(List<FileReport> ofRun, List<ShownFile> current) {
        return total(ofRun, current, FileReport::loaded, ShownFile::loaded);
    }

    static ShownCount quarantined(List<FileReport> ofRun, List<ShownFile> current) {
        return total(ofRun, current, FileReport::quarantined, ShownFile::quarantined);
    }

    private static ShownCount total(List<FileReport> ofRun, List<ShownFile> current, ToLongFunction<FileReport> exact,
            java.util.function.Function<ShownFile, ShownCount> shown) {
        for (FileReport f : ofRun) {
            Optional<String> group = AccountingProtection.group(f);
            if (group.isEmpty()) {
                continue;
            }
            Optional<ShownFile> now = current(f, current);
            if (now.isEmpty()) {
                return ShownCount.HIDDEN;
            }
            if (shown.apply(now.get()).hidden() && !wholeGroup(group.get(), ofRun, current)) {
                return ShownCount.HIDDEN;
            }
        }
        return ShownCount.of(ofRun.stream().mapToLong(exact).sum());
    }

    /** Whether the run registered every current file of the protected table: then their sum is the table's total. */
    private static boolean wholeGroup(String group, List<FileReport> ofRun, List<ShownFile> current) {
        return current.stream().filter(c -> group.equals(c.group()))
                .allMatch(c -> ofRun.stream().anyMatch(c::isVersionOf));
    }

    private static Optional<ShownFile> current(FileReport f, List<ShownFile> current) {
        return current.stream().filter(c -> c.isVersionOf(f)).findFirst();
    }

    private static ShownFile hiddenVersion(FileReport f, String group) {
        return new ShownFile(f.source(), f.fileName(), f.sha256(), f.sizeBytes(), f.kind(), f.layout(), f.sheetName(),
                f.encoding(), f.status(), AccountingProtection.scrub(f.message(), f.fileName()), ShownCount.HIDDEN,
                ShownCount.HIDDEN, ShownCount.HIDDEN, f.notes(), f.balances(), group);
    }
}
