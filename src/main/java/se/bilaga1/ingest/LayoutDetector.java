package se.bilaga1.ingest;

import java.util.Set;
import java.util.List;

/** Reads a file's first rows until it finds a header it knows, or rejects the file saying what it expected. */
public interface LayoutDetector {

    /**
     * Called when a load step starts reading: state kept across a run's files (duplicate keys) starts from the keys
     * the warehouse holds already ({@link FactSink#loadedKeys()}), empty in a full rebuild.
     */
    default void startRun(Set<String> loadedKeys) {
    }

    /** The words whose presence in an xlsx sheet's name picks that sheet over the first one. */
    default List<String> preferredSheetWords() {
        return List.of();
    }

    /**
     * Consumes rows from {@code rows} up to and including the header.
     *
     * @throws FileRejectedException naming what was expected, when no known header is found
     */
    Detection detect(RegisteredFile file, String sheetName, RowSource rows) throws FileRejectedException;

    /** The layout found, with the title rows before the header and the header row itself. */
    record Detection(FileLayout layout, List<SheetRow> titleRows, SheetRow header) {
    }
}
