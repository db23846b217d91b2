package se.bilaga1.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.RowOutcomeWriter;
import se.bilaga1.ingest.SourceFileReader;
import se.bilaga1.publish.DisclosureBoundary;

/**
 * What the operator sees of a run, step by step: a log line per step with rows read, loaded, quarantined and
 * rows per second (never a row's content; for a step loading people's rows only its files, since its counts may be one
 * region's), and, on a terminal, a progress bar over the step's files while a load
 * runs longer than a moment.
 * The crash tests' pause rides along on the same events ({@link CrashTestPause}), off unless configured.
 */
@Component
public class RunProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final long BAR_AFTER_MILLIS = 1500;
    private static final int BAR_WIDTH = 30;

    private final CrashTestPause pause;
    private final PrintStream terminal;
    /** The step running: for a load, its partitions report their chunks here, from their threads. */
    private volatile StepExecution step;
    private final AtomicLong chunks = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final Partitions partitions = new Partitions();
    private long lastDrawn;
    private boolean drawn;

    public RunProgress(CrashTestPause pause) {
        this.pause = pause;
        this.terminal = System.console() != null ? System.err : null;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        chunks.set(0);
        rows.set(0);
        filesTotal.set(0);
        filesDone.set(0);
        drawn = false;
        pause.at(step.getStepName(), 0);
    }

    /** A chunk of the running load step committed, by one of its partitions. */
    private void chunkDone(Chunk<Object> chunk) {
        long done = chunks.incrementAndGet();
        rows.addAndGet(chunk.size());
        drawBar();
        StepExecution running = step;
        if (running != null) {
            pause.at(running.getStepName(), done); // a load's chunks counted over its partitions
        }
    }

    /** How many files the running load step's partitions read. */
    void expectFiles(long files) {
        filesTotal.set(files);
    }

    /** What a partition of a load step reports: its chunks, and its files when it ends. */
    StepListener partitionListener() {
        return partitions;
    }

    private final class Partitions implements ChunkListener<Object, Object>, StepExecutionListener {
        @Override
        public void afterChunk(Chunk<Object> chunk) {
            chunkDone(chunk);
        }

        @Override
        public ExitStatus afterStep(StepExecution partition) {
            filesDone.addAndGet(filesOf(partition));
            return partition.getExitStatus();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (drawn) {
            terminal.println();
        }
        LocalDateTime start = stepExecution.getStartTime();
        long millis = start == null ? 0 : Math.max(1, Duration.between(start, LocalDateTime.now()).toMillis());
        var context = stepExecution.getExecutionContext();
        long read = BatchRuns.rowsRead(stepExecution);
        if (context.containsKey(RowOutcomeWriter.ROWS_LOADED) && DisclosureBoundary.countsPeople(stepExecution.getStepName())) {
            // a step that loads people's rows: its counts are of the files it loaded, one region's cases when one
            // coordinator file changed overnight; the run report shows them as the disclosure check allows
            log.info("Step {} {}: {} files, {} ms (rows: see the run report)", stepExecution.getStepName(),
                    stepExecution.getStatus(), filesOf(stepExecution), millis);
        } else if (context.containsKey(RowOutcomeWriter.ROWS_LOADED)) {
            log.info("Step {} {}: {} rows read, {} loaded, {} quarantined, {} notes, {} ms, {} rows/s",
                    stepExecution.getStepName(), stepExecution.getStatus(), read, context.getLong(RowOutcomeWriter.ROWS_LOADED),
                    context.getLong(RowOutcomeWriter.ROWS_QUARANTINED), context.getLong(RowOutcomeWriter.ROWS_NOTES), millis,
                    read * 1000 / millis);
        } else {
            log.info("Step {} {}: {} ms", stepExecution.getStepName(), stepExecution.getStatus(), millis);
        }
        step = null;
        return stepExecution.getExitStatus();
    }

    private static long filesOf(StepExecution step) {
        var context = step.getExecutionContext();
        return context.containsKey(SourceFileReader.FILES_STARTED) ? context.getLong(SourceFileReader.FILES_STARTED) : 0;
    }

    private synchronized void drawBar() {
        StepExecution step = this.step;
        if (terminal == null || step == null || step.getStartTime() == null) {
            return;
        }
        long now = System.currentTimeMillis();
        long elapsed = Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis();
        if (elapsed < BAR_AFTER_MILLIS || now - lastDrawn < 200) {
            return;
        }
        lastDrawn = now;
        long total = filesTotal.get();
        long done = filesDone.get();
        long rows = this.rows.get();
        int filled = total == 0 ? 0 : (int) (BAR_WIDTH * Math.min(done, total) / total);
        String progress = DisclosureBoundary.countsPeople(step.getStepName()) ? String.format("file %d/%d ", done, total)
                : String.format("file %d/%d, %,d rows, %,d rows/s ", done, total, rows, rows * 1000 / Math.max(1, elapsed));
        terminal.print(String.format("\r%-24s [%s%s] %s", step.getStepName(), "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), progress));
        terminal.flush();
        drawn = true;
    }
}
