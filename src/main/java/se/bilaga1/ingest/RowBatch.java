package se.bilaga1.ingest;

import java.util.List;

/**
 * A load step's item: up to a chunk's rows, in file and row order. The step reads and writes one batch per chunk
 * instead of one row per item, so Spring Batch's per-item work (an observation, an event and listener calls for every
 * read and every process) is done once per chunk; the rows themselves are counted by the reader and the writer
 * ({@link SourceFileReader#ROWS_READ}, {@link RowOutcomeWriter#ROWS_LOADED} …), not by the step's item counts.
 */
public record RowBatch(List<RowOutcome> rows) {
}
