package se.bilaga1.publish;

import java.util.List;

import se.bilaga1.ingest.SourceFileRegistry.FileReport;

/**
 * A source file's line as it may leave the warehouse: the registry's report with its row accounting passed through the
 * disclosure check. A coordinator file is one police region and year, so its counts are regional: read, loaded and
 * quarantined may be hidden; its notes (title, header and footnote rows) count no case and are always shown.
 * {@code group} names the table a protected file's counts were checked in ({@code regionkoordinatorer 2024}), null for
 * a file whose counts are national.
 */
public record ShownFile(String source, String fileName, String sha256, long sizeBytes, String kind, String layout,
        String sheetName, String encoding, String status, String message, ShownCount read, ShownCount loaded,
        ShownCount quarantined, long notes, boolean balances, String group) {

    /**
     * Every file's line, and the rows over every file: those sums are national (each protected table's totals are
     * national figures), so they are shown in full.
     */
    public record Accounting(List<ShownFile> files, long read, long loaded, long quarantined, long notes) {

        static Accounting of(List<FileReport> exact, int threshold) {
            return new Accounting(AccountingProtection.protect(exact, threshold), exact.stream().mapToLong(FileReport::read)
                    .sum(), exact.stream().mapToLong(FileReport::loaded).sum(),
                    exact.stream().mapToLong(FileReport::quarantined).sum(), exact.stream().mapToLong(FileReport::notes).sum());
        }
    }

    /** A file whose counts are national (or count no people): every figure shown. */
    static ShownFile shown(FileReport f) {
        return new ShownFile(f.source(), f.fileName(), f.sha256(), f.sizeBytes(), f.kind(), f.layout(), f.sheetName(),
                f.encoding(), f.status(), f.message(), ShownCount.of(f.read()), ShownCount.of(f.loaded()),
                ShownCount.of(f.quarantined()), f.notes(), f.balances(), null);
    }

    /** Whether the file's counts went through the disclosure check (a coordinator file). */
    public boolean regional() {
        return group != null;
    }

    /** Whether the file is the version of {@code f}: the same name, content and status. */
    boolean isVersionOf(FileReport f) {
        return fileName.equals(f.fileName()) && sha256.equals(f.sha256()) && status.equals(f.status());
    }
}
