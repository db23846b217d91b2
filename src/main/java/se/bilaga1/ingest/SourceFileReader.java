package se.bilaga1.ingest;


import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads, file after file, every registered delivery of one source and interprets each row with the layout
 * detected for its file: first the title and header rows the layout detector consumed (notes), then the body
 * rows (loaded facts, quarantine or notes). A file no layout fits is rejected alone, with its message, and the
 * reader goes on with the next. Its position (file and row) is saved in the step's execution context, so a
 * restarted step resumes where the failed one stopped.
 *
 * <p>Reading and interpreting the body is the CPU-heavy half of a load; with {@code readAhead} it runs on a thread
 * of its own ({@link ReadAhead}), up to a chunk ahead, while the step's thread writes the
 * chunks before it. Each file's body is interpreted in order on one thread either way, so layouts that remember
 * keys across rows see them in order.
 */
public class SourceFileReader implements ItemStreamReader<RowBatch> {

    private static final Logger log = LoggerFactory.getLogger(SourceFileReader.class);
    /** How many of the step's files there are, and how many it has opened: for the progress bar. */
    public static final String FILES_TOTAL = "files.total";
    public static final String FILES_STARTED = "files.started";
    /** The ids of the files a partition of the load step reads (comma-separated); absent: all the source's files to load. */
    public static final String PARTITION_FILES = "partition.files";
    /** The rows this step has read (a restarted step goes on counting): the item counts are of batches. */
    public static final String ROWS_READ = "rows.read";
    private static final String CURRENT_FILE = "current.file.id";
    private static final String ROWS_EMITTED = "current.rows.emitted";
    /** The start of a loaded file's message naming the columns it ignores: a warning shown with the file. */
    public static final String EXTRA_COLUMNS = "VARNING: extra columns, not loaded: ";
    static final String NOTHING_BELOW_THE_HEADER = "VARNING: no rows below the header: the file delivers nothing";
    /** How many extra columns the file's message names: a sheet can have 16,384, a message holds 4,000 characters. */
    static final int IGNORED_NAMED = 50;

    private final String source;
    private final SourceFileRegistry registry;
    private final LayoutDetector detector;
    private final FactSink sink;
    private final boolean readAhead;
    private final IntSupplier chunkRows;
    /** The rows of a batch, and how far the read-ahead may go: a chunk's, known when the step opens. */
    private int batchRows;
    private final Supplier<Set<String>> keysBefore;

    private Iterator<RegisteredFile> files;
    private RowSource rows;
    /** The body's outcomes: a {@link BodyRows} on this thread or ahead of it on another. */
    private Iterator<RowOutcome> body;
    private SourceRow.LoadingFile current;
    private SheetRow header;
    /** The current file's row shape when it is a CSV file, else null. */
    private CsvRowShape shape;
    private final Deque<RowOutcome> pending = new ArrayDeque<>();
    private long rowsEmitted;
    /** Body rows read from the current file in this run (a restarted file counts from where it resumed). */
    private long bodyRows;
    private long resumeFileId = -1;
    private long resumeRows;
    private long filesTotal;
    private long filesStarted;
    private long rowsRead;

    /**
     * {@code readAhead}: read and interpret each file's body on a thread of its own ({@link ReadAhead}), at most about
     * a chunk ahead (the next chunk is interpreted while the step writes this one).
     * {@code chunkRows}: the rows of a {@link RowBatch}, the step's item (a chunk), asked when the step opens.
     * {@code keysBefore}: the keys the warehouse held when the load step began ({@link FactSink#loadedKeys()}), read
     * once for all its partitions: the keys the other partitions add meanwhile cannot be this partition's.
     */
    public SourceFileReader(String source, SourceFileRegistry registry, LayoutDetector detector, FactSink sink,
            boolean readAhead, IntSupplier chunkRows, Supplier<Set<String>> keysBefore) {
        this.source = source;
        this.registry = registry;
        this.detector = detector;
        this.sink = sink;
        this.readAhead = readAhead;
        this.chunkRows = chunkRows;
        this.keysBefore = keysBefore;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        batchRows = Math.max(1, chunkRows.getAsInt());
        List<RegisteredFile> toLoad = registry.filesToLoad(source);
        if (context.containsKey(PARTITION_FILES)) {
            List<Long> mine = Arrays.stream(context.getString(PARTITION_FILES).split(",")).map(Long::valueOf).toList();
            toLoad = toLoad.stream().filter(f -> mine.contains(f.id())).toList();
        }
        files = toLoad.iterator();
        filesTotal = toLoad.size();
        filesStarted = 0;
        rowsRead = context.getLong(ROWS_READ, 0L);
        if (context.containsKey(CURRENT_FILE)) {
            resumeFileId = context.getLong(CURRENT_FILE);
            resumeRows = context.getLong(ROWS_EMITTED);
        }
        // A file a stopped run left part-loaded, with no position here to resume from (its files were grouped afresh
        // on the restart), starts over from its first row. Its rows so far leave the warehouse before
        // the first row is read, and so do their keys: the keys the step began with held them, and would have sent
        // every row read again to quarantine as given twice.
        boolean startedOver = false;
        for (RegisteredFile file : toLoad) {
            if (file.id() != resumeFileId) {
                startedOver |= registry.startOver(file.id(), sink);
            }
        }
        detector.startRun(startedOver ? Set.copyOf(sink.loadedKeys()) : keysBefore.get());
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putLong(FILES_TOTAL, filesTotal);
        context.putLong(FILES_STARTED, filesStarted);
        context.putLong(ROWS_READ, rowsRead);
        if (current != null) {
            context.putLong(CURRENT_FILE, current.file().id());
            context.putLong(ROWS_EMITTED, rowsEmitted);
        }
    }

    /** The next rows, up to {@code batchRows}, across the end of a file as the rows come; null when all are read. */
    @Override
    public RowBatch read() {
        List<RowOutcome> batch = new ArrayList<>(batchRows);
        RowOutcome row;
        while (batch.size() < batchRows && (row = nextRow()) != null) {
            batch.add(row);
        }
        rowsRead += batch.size();
        return batch.isEmpty() ? null : new RowBatch(batch);
    }

    private RowOutcome nextRow() {
        while (true) {
            if (!pending.isEmpty()) {
                rowsEmitted++;
                return pending.poll();
            }
            if (rows != null) {
                RowOutcome next = nextBodyRow();
                if (next != null) {
                    rowsEmitted++;
                    return next;
                }
                continue;
            }
            if (!files.hasNext()) {
                return null;
            }
            openFile(files.next());
        }
    }

    private RowOutcome nextBodyRow() {
        RegisteredFile file = current.file();
        try {
            if (body == null) {
                Iterator<RowOutcome> interpreted = new BodyRows(current, rows, header, shape);
                body = readAhead ? new ReadAhead<>(interpreted, "read-ahead " + file.fileName(),
                        ReadAhead.batchesFor(batchRows)) : interpreted;
            }
            if (body.hasNext()) {
                bodyRows++;
                return body.next();
            }
            closeRows();
            if (bodyRows == 0 && rowsEmitted > 0) {
                registry.addRemark(file.id(), NOTHING_BELOW_THE_HEADER);
            }
            registry.markLoaded(file, sink);
            log.info("Loaded {}", file.fileName());
        } catch (RuntimeException e) {
            // A file that breaks mid-way leaves nothing behind: its facts so far are removed with it.
            closeRows();
            sink.deleteFacts(file.id());
            registry.reject(file.id(), file.fileName() + ": unreadable after " + rowsEmitted + " rows: " + e.getMessage());
            log.warn("Rejected {} mid-way: {}", file.fileName(), e.getMessage());
        }
        current = null;
        return null;
    }

    private void openFile(RegisteredFile file) {
        rowsEmitted = 0;
        bodyRows = 0;
        filesStarted++;
        // a file whose name says another kind than its bytes is read as its bytes say, and its message says so
        String mismatch = file.kind() == null ? null : FileKind.mismatch(file.fileName(), file.kind());
        try {
            long size = java.nio.file.Files.size(file.path());
            if (size != file.sizeBytes()) {
                // a copy over the registered file since the run looked at it: its checksum no longer says what is read
                throw new FileRejectedException(file.fileName() + ": changed after the run registered it (" + file.sizeBytes()
                        + " bytes then, " + size + " now): not read in this run. Expected the file as it was registered;"
                        + " the next run reads the new version.");
            }
            rows = RowSource.open(file.path(), file.kind(), detector.preferredSheetWords());
            LayoutDetector.Detection detection = detector.detect(file, rows.sheetName(), rows);
            current = new SourceRow.LoadingFile(file, rows.sheetName(), detection.layout());
            header = detection.header();
            shape = file.kind() == FileKind.CSV ? CsvRowShape.of(header, detection.layout() instanceof ColumnLayout)
                    : null;
            List<String> ignored = detection.layout().ignoredColumns();
            String ignoredNote = ignored.isEmpty() ? null : EXTRA_COLUMNS + named(ignored);
            registry.markLoading(file.id(), detection.layout().name(), rows.sheetName(), rows.encoding(),
                    remarks(mismatch, ignoredNote, rows.remark()));
            for (SheetRow r : detection.titleRows()) {
                SourceRow title = new SourceRow(current, SourceRow.Phase.TITLE, r);
                pending.add(r.defect() != null ? BodyRows.defective(title, null) : RowOutcome.note(title, detection.layout().titleKind(r)));
            }
            pending.add(RowOutcome.note(new SourceRow(current, SourceRow.Phase.HEADER, detection.header()), "rubrik"));
            if (file.id() == resumeFileId) {
                skipRowsAlreadyLoaded();
            }
        } catch (FileRejectedException e) {
            reject(file, withMismatch(file, mismatch, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            reject(file, withMismatch(file, mismatch, "cannot be read as "
                    + (file.kind() == null ? "xlsx or csv" : file.kind().name().toLowerCase()) + ": " + e.getMessage()));
        }
    }

    /** The remarks that are there, joined for the file's message, or null. */
    private static String remarks(String... remarks) {
        List<String> said = java.util.Arrays.stream(remarks).filter(r -> r != null).toList();
        return said.isEmpty() ? null : String.join("; ", said);
    }

    private static String withMismatch(RegisteredFile file, String mismatch, String message) {
        if (mismatch == null) {
            return message;
        }
        String own = message.startsWith(file.fileName() + ": ") ? message.substring(file.fileName().length() + 2) : message;
        return mismatch + "; " + own;
    }

    /** The first {@value #IGNORED_NAMED} names, each cut to 60 characters, and how many more there are. */
    static String named(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), IGNORED_NAMED); i++) {
            text.append(i == 0 ? "" : ", ").append(SourceFileRegistry.truncate(names.get(i), 60));
        }
        return names.size() > IGNORED_NAMED ? text + " and " + (names.size() - IGNORED_NAMED) + " more" : text.toString();
    }

    /** On restart: the rows of this file up to the last commit are in the warehouse already. */
    private void skipRowsAlreadyLoaded() {
        long skipped = 0;
        while (skipped < resumeRows && !pending.isEmpty()) {
            pending.poll();
            skipped++;
        }
        while (skipped < resumeRows && rows.hasNext()) {
            rows.next();
            skipped++;
        }
        rowsEmitted = skipped;
        bodyRows = skipped; // resumed: it had rows, whatever is left of it
        resumeFileId = -1;
    }

    private void reject(RegisteredFile file, String message) {
        closeRows();
        current = null;
        pending.clear();
        String full = message.startsWith(file.fileName()) ? message : file.fileName() + ": " + message;
        registry.reject(file.id(), full);
        log.warn("Rejected {}", full);
    }

    private void closeRows() {
        if (body instanceof ReadAhead<RowOutcome> ahead) {
            ahead.close(); // first: its thread reads the rows
        }
        body = null;
        if (rows != null) {
            try {
                rows.close();
            } catch (IOException e) {
                log.debug("closing {}", current == null ? "file" : current.file().fileName(), e);
            }
            rows = null;
        }
    }

    @Override
    public void close() throws ItemStreamException {
        closeRows();
    }
}
