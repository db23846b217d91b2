package se.bilaga1.jobs;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of both jobs. A job instance is its identifying parameters: {@code rapportar} (the rebuild's
 * report year) and {@code korning} (unique per run, so the same year or night can run again). The folders, the
 * nightly run's report year and {@code force} do not identify a run.
 */
public final class RunParameters {

    public static final String REPORT_YEAR = "rapportar";
    public static final String RUN = "korning";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String FORCE = "force";

    private RunParameters() {
    }

    public static int reportYear(JobParameters params) {
        return params.getLong(REPORT_YEAR).intValue();
    }

    public static Path input(JobParameters params) {
        return Path.of(params.getString(INPUT));
    }

    public static Path output(JobParameters params) {
        return Path.of(params.getString(OUTPUT));
    }

    public static boolean force(JobParameters params) {
        return "true".equals(params.getString(FORCE));
    }
}
