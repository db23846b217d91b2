package se.bilaga1.web;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import se.bilaga1.jobs.JobRunner;
import se.bilaga1.support.Bilaga1Properties;

/**
 * Starts a rebuild from the console in the background, the same way the command line does (one run at a time,
 * snapshots, --force), and tells the page which run it became, or why it was refused.
 */
@Service
public class ConsoleRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRebuilds.class);
    private static final int WAIT_STEPS = 150;

    private final JobRunner runner;
    private final ConsoleQueries queries;
    private final Path input;
    private final Path output;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-rebuild");
        t.setDaemon(true);
        return t;
    });

    public ConsoleRebuilds(JobRunner runner, ConsoleQueries queries, Bilaga1Properties properties) {
        this.runner = runner;
        this.queries = queries;
        this.input = properties.input();
        this.output = properties.output();
    }

    /** The run a request became, or why none was started. */
    public record Started(Long runId, String refusal) {
    }

    /** Starts the rebuild of {@code year}; waits until it has become a run (or was refused), at most a few seconds. */
    public Started start(int year, boolean force, String user) throws InterruptedException {
        long before = queries.latestRunId();
        log.info("Rebuild {} requested from the console by {}{}", year, user, force ? " with --force" : "");
        Future<JobRunner.Run> attempt = executor.submit(() -> runner.rebuild(year, input, output, force));
        for (int i = 0; i < WAIT_STEPS; i++) {
            if (attempt.isDone()) {
                try {
                    return new Started(attempt.get().execution().getId(), null);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    log.warn("Rebuild {} from the console not started: {}", year, cause.getMessage());
                    return new Started(null, cause.getMessage());
                }
            }
            long latest = queries.latestRunId();
            if (latest > before) {
                return new Started(latest, null);
            }
            Thread.sleep(100);
        }
        return new Started(null, null);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
