package se.bilaga1.ingest;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's outcomes in the chunk's transaction: facts through the source's sink, quarantine entries,
 * notes, and each file's row accounting. All commit together or not at all.
 */
public class RowOutcomeWriter implements ItemWriter<RowBatch>, ItemStream {

    /** The step's totals, kept in its execution context (so a restarted step goes on counting): for the run's log. */
    public static final String ROWS_LOADED = "rows.loaded";
    public static final String ROWS_QUARANTINED = "rows.quarantined";
    public static final String ROWS_NOTES = "rows.notes";

    private final SourceFileRegistry registry;
    private final FactSink sink;
    private long rowsLoaded;
    private long rowsQuarantined;
    private long rowsNotes;

    public RowOutcomeWriter(SourceFileRegistry registry, FactSink sink) {
        this.registry = registry;
        this.sink = sink;
    }

    @Override
    public void write(Chunk<? extends RowBatch> batches) {
        if (batches.size() == 1) {
            write(batches.getItems().get(0).rows());
        } else {
            List<RowOutcome> rows = new ArrayList<>();
            batches.forEach(b -> rows.addAll(b.rows()));
            write(rows);
        }
    }

    private void write(List<RowOutcome> chunk) {
        // the counts first: a file rejected while this chunk was read is not counted and leaves nothing behind, not
        // even the rows read before its fault
        Map<Long, int[]> counts = counts(chunk);
        Set<Long> rejected = new HashSet<>();
        counts.forEach((fileId, n) -> {
            if (!registry.addCounts(fileId, n[0], n[1], n[2], n[3])) {
                rejected.add(fileId);
            }
        });
        List<RowOutcome.Loaded> loaded = new ArrayList<>();
        List<Object[]> quarantine = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        long lastFile = Long.MIN_VALUE;
        boolean skip = false;
        for (RowOutcome outcome : chunk) {
            SourceRow row = outcome.source();
            if (row.fileId() != lastFile) {
                lastFile = row.fileId();
                skip = rejected.contains(lastFile);
            }
            if (skip) {
                continue;
            }
            if (outcome instanceof RowOutcome.Loaded l) {
                loaded.add(l);
                for (RowOutcome.Remark r : l.remarks()) {
                    notes.add(new Object[] {row.fileId(), row.sheetName(), row.rowNo(), r.kind(),
                            SourceFileRegistry.truncate(r.text(), 4000)});
                }
            } else if (outcome instanceof RowOutcome.Quarantined q) {
                for (QuarantineEntry e : q.entries()) {
                    quarantine.add(new Object[] {row.fileId(), row.sheetName(), row.rowNo(),
                            SourceFileRegistry.truncate(e.column(), 200), SourceFileRegistry.truncate(e.rawValue(), 1000),
                            SourceFileRegistry.truncate(e.reason(), 1000)});
                }
            } else if (outcome instanceof RowOutcome.Note n) {
                notes.add(new Object[] {row.fileId(), row.sheetName(), row.rowNo(), n.kind(),
                        SourceFileRegistry.truncate(n.text(), 4000)});
            }
        }
        if (!loaded.isEmpty()) {
            sink.write(loaded);
        }
        if (!quarantine.isEmpty()) {
            registry.addQuarantine(quarantine);
        }
        if (!notes.isEmpty()) {
            registry.addNotes(notes);
        }
        counts.forEach((fileId, n) -> {
            if (!rejected.contains(fileId)) {
                rowsLoaded += n[1];
                rowsQuarantined += n[2];
                rowsNotes += n[3];
            }
        });
    }

    /**
     * Per file of the chunk, in order: rows read, loaded, quarantined, notes. A chunk's rows come from one or two
     * files, so a plain loop that looks the file up only when it changes, boxing no row's id.
     */
    private static Map<Long, int[]> counts(List<RowOutcome> chunk) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        long lastFile = Long.MIN_VALUE;
        int[] c = null;
        for (RowOutcome outcome : chunk) {
            long id = outcome.source().fileId();
            if (id != lastFile) {
                lastFile = id;
                c = counts.computeIfAbsent(id, k -> new int[4]);
            }
            c[0]++;
            if (outcome instanceof RowOutcome.Loaded) {
                c[1]++;
            } else if (outcome instanceof RowOutcome.Quarantined) {
                c[2]++;
            } else if (outcome instanceof RowOutcome.Note) {
                c[3]++;
            }
        }
        return counts;
    }

    @Override
    public void open(ExecutionContext context) {
        rowsLoaded = context.getLong(ROWS_LOADED, 0L);
        rowsQuarantined = context.getLong(ROWS_QUARANTINED, 0L);
        rowsNotes = context.getLong(ROWS_NOTES, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ROWS_LOADED, rowsLoaded);
        context.putLong(ROWS_QUARANTINED, rowsQuarantined);
        context.putLong(ROWS_NOTES, rowsNotes);
    }
}
