package se.bilaga1.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import se.bilaga1.warehouse.Bilaga1Tables;
import se.bilaga1.warehouse.YearTables;

/**
 * The report year's tables, built once per run after its loads: the checks, the snapshot and the outputs of one run
 * read the same tables, instead of counting the warehouse's people and permits again for each (measured: most of the
 * time after the loads). Nothing writes facts between the reconciliation and the publishing, so what the first of
 * them builds holds for the rest. Kept in memory for the run's execution only: a restarted run is a new execution and
 * builds them again; they are dropped when the run ends.
 */
@Component
class RunTables implements JobExecutionListener {

    private final Bilaga1Tables tables;
    private final Map<Long, YearTables> built = new ConcurrentHashMap<>();

    RunTables(Bilaga1Tables tables) {
        this.tables = tables;
    }

    /** The tables of the step's run and report year: built by the first step that asks. */
    YearTables of(StepExecution step) {
        return of(step.getJobExecutionId(), RunParameters.reportYear(step.getJobParameters()));
    }

    YearTables of(long jobExecutionId, int year) {
        YearTables tablesOfRun = built.computeIfAbsent(jobExecutionId, id -> tables.year(year));
        if (tablesOfRun.reportYear() != year) {
            throw new IllegalStateException("run " + jobExecutionId + " built the tables of " + tablesOfRun.reportYear()
                    + ", not " + year);
        }
        return tablesOfRun;
    }

    @Override
    public void afterJob(JobExecution execution) {
        forget(execution.getId());
    }

    void forget(long jobExecutionId) {
        built.remove(jobExecutionId);
    }
}
