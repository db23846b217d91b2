package se.bilaga1.jobs;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs each step's outcome for the operator: rows read and written, rows per second, time taken. Never a row. */
class StepLogger implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLogger.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        long millis = start == null ? 0 : Math.max(1, Duration.between(start, LocalDateTime.now()).toMillis());
        long read = step.getReadCount();
        log.info("Step {} {}: {} rows read, {} written, {} ms{}", step.getStepName(), step.getStatus(), read,
                step.getWriteCount(), millis, read == 0 ? "" : ", " + (read * 1000 / millis) + " rows/s");
        return step.getExitStatus();
    }
}
