package se.bilaga1.ingest;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's outcomes in the chunk's transaction: facts through the source's sink, quarantine entries,
 * notes, and each file's row accounting. All commit together or not at all.
 */
public class RowOutcomeWriter implements ItemWriter<RowOutcome>, ItemStream {

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
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<RowOutcome.Loaded> loaded = new ArrayList<>();
        List<Object[]> quarantine = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        // a file rejected while this chunk was read leaves nothing behind: not even the rows read before its fault
        Set<Long> rejected = registry.rejectedAmong(chunk.getItems().stream().map(o -> o.source().fileId())
                .collect(Collectors.toSet()));
        for (RowOutcome outcome : chunk) {
            SourceRow row = outcome.source();
            if (rejected.contains(row.fileId())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(row.fileId(), id -> new int[4]);
            c[0]++;
            if (outcome instanceof RowOutcome.Loaded l) {
                loaded.add(l);
                for (RowOutcome.Remark r : l.remarks()) {
                    notes.add(new Object[] {row.fileId(), row.sheetName(), row.rowNo(), r.kind(),
                            SourceFileRegistry.truncate(r.text(), 4000)});
                }
                c[1]++;
            } else if (outcome instanceof RowOutcome.Quarantined q) {
                for (QuarantineEntry e : q.entries()) {
                    quarantine.add(new Object[] {row.fileId(), row.sheetName(), row.rowNo(),
                            SourceFileRegistry.truncate(e.column(), 200), SourceFileRegistry.truncate(e.rawValue(), 1000),
                            SourceFileRegistry.truncate(e.reason(), 1000)});
                }
                c[2]++;
            } else if (outcome instanceof RowOutcome.Note n) {
                notes.add(new Object[] {row.fileId(), row.sheetName(), row.rowNo(), n.kind(),
                        SourceFileRegistry.truncate(n.text(), 4000)});
                c[3]++;
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
        counts.forEach((fileId, c) -> registry.addCounts(fileId, c[0], c[1], c[2], c[3]));
        for (int[] c : counts.values()) {
            rowsLoaded += c[1];
            rowsQuarantined += c[2];
            rowsNotes += c[3];
        }
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
