package se.bilaga1.ingest;

/** A layout detected in one file: turns each body row into facts, a quarantine entry or a note. */
public interface FileLayout {

    /** A short name for the run report, e.g. {@code bra.bred.anmalda_brott}. */
    String name();

    /** Columns present in the file that the layout ignores (listed in the run report). */
    default java.util.List<String> ignoredColumns() {
        return java.util.List.of();
    }

    /** Known columns the header names more than once, e.g. {@code antal (E and F)}: the file is rejected. */
    default java.util.List<String> duplicatedColumns() {
        return java.util.List.of();
    }

    /**
     * Whether the layout reads column {@code column} (0-based) of a body row: a formula without a value in a column it
     * ignores does not keep the row out. Asked only of rows that hold such a formula.
     */
    default boolean reads(int column) {
        return true;
    }

    /** The note kind of a title row above the header: {@code titel}, unless the layout knows it for another. */
    default String titleKind(SheetRow row) {
        return "titel";
    }

    RowOutcome interpret(SourceRow row);
}
