package se.bilaga1.testsupport;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import se.bilaga1.jobs.JobRunner;

/**
 * The tests' rebuild: report year N on the folders given, waited for, replacing the year's snapshot when the inputs
 * differ (as {@code --force} does), since a test means to rebuild whatever an earlier test left. A component of the
 * tests only: the application's component scan finds it on the test class path.
 */
@Component
public class TestRebuild {

    private final JobRunner runner;

    TestRebuild(JobRunner runner) {
        this.runner = runner;
    }

    public JobExecution rebuild(int year, Path input, Path output) throws Exception {
        return runner.rebuild(year, input, output, true).execution();
    }
}
