package se.bilaga1.ingest;

import java.util.List;

/**
 * What became of one row read: loaded as facts, quarantined, or recognised as a note (title, header, footnote).
 * Quarantine is data written in the chunk's own transaction, never an exception, so it cannot be lost to a
 * rollback and the row accounting always closes: read = loaded + quarantined + notes.
 */
public sealed interface RowOutcome {

    SourceRow source();

    /**
     * {@code remarks}: what the row said beside its facts and the facts cannot hold (a footnote mark on a figure),
     * kept as the file's notes on this row; the row still counts once, as loaded.
     */
    record Loaded(SourceRow source, List<?> facts, List<Remark> remarks) implements RowOutcome {
        public Loaded(SourceRow source, List<?> facts) {
            this(source, facts, List.of());
        }
    }

    /** A note on a loaded row: {@code kind} as {@link Note#kind()}, at most 20 characters. */
    record Remark(String kind, String text) {
    }

    record Quarantined(SourceRow source, List<QuarantineEntry> entries) implements RowOutcome {
    }

    record Note(SourceRow source, String kind, String text) implements RowOutcome {
    }

    static RowOutcome quarantine(SourceRow source, String column, String raw, String reason) {
        return new Quarantined(source, List.of(new QuarantineEntry(column, raw, reason)));
    }

    static RowOutcome note(SourceRow source, String kind) {
        return new Note(source, kind, String.join(" ", source.row().cells().stream().filter(c -> !c.isBlank()).toList()));
    }
}
