package se.bilaga1.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
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
public class RunProgress implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final long BAR_AFTER_MILLIS = 1500;
    private static final int BAR_WIDTH = 30;

    private final CrashTestPause pause;
    private final PrintStream terminal;
    private StepExecution step;
    private long chunks;
    private long rows;
    private long lastDrawn;
    private boolean drawn;

    public RunProgress(CrashTestPause pause) {
        this.pause = pause;
        this.terminal = System.console() != null ? System.err : null;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        chunks = 0;
        rows = 0;
        drawn = false;
        pause.at(step.getStepName(), 0);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        chunks++;
        rows += chunk.size();
        drawBar();
        if (step != null) {
            pause.at(step.getStepName(), chunks);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (drawn) {
            terminal.println();
        }
        LocalDateTime start = stepExecution.getStartTime();
        long millis = start == null ? 0 : Math.max(1, Duration.between(start, LocalDateTime.now()).toMillis());
        long read = stepExecution.getReadCount();
        var context = stepExecution.getExecutionContext();
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

    private void drawBar() {
        if (terminal == null || step == null || step.getStartTime() == null) {
            return;
        }
        long now = System.currentTimeMillis();
        long elapsed = Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis();
        if (elapsed < BAR_AFTER_MILLIS || now - lastDrawn < 200) {
            return;
        }
        lastDrawn = now;
        var context = step.getExecutionContext();
        long total = context.containsKey(SourceFileReader.FILES_TOTAL) ? context.getLong(SourceFileReader.FILES_TOTAL) : 0;
        long done = context.containsKey(SourceFileReader.FILES_STARTED) ? context.getLong(SourceFileReader.FILES_STARTED) : 0;
        int filled = total == 0 ? 0 : (int) (BAR_WIDTH * Math.min(done, total) / total);
        String progress = DisclosureBoundary.countsPeople(step.getStepName()) ? String.format("file %d/%d ", done, total)
                : String.format("file %d/%d, %,d rows, %,d rows/s ", done, total, rows, rows * 1000 / Math.max(1, elapsed));
        terminal.print(String.format("\r%-24s [%s%s] %s", step.getStepName(), "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), progress));
        terminal.flush();
        drawn = true;
    }
}
