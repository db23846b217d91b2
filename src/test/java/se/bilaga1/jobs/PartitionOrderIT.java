package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

import se.bilaga1.testsupport.Folders;

/**
 * One worker loads a source's files one after the other in the order they were registered, as a run without
 * partitions would: the partitions start in the plan's order, not in the order of Batch's unordered set of them.
 */
@TestPropertySource(properties = "bilaga1.load-workers=1")
class PartitionOrderIT extends DeliveryTestBase {

    @Test
    void oneWorkerStartsThePartitionsInTheOrderOfTheirFiles() throws Exception {
        Folders.copyTree(Path.of("input"), input);
        JobExecution run = rebuild.rebuild(2024, input, output);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<String> started = jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                + " AND STEP_NAME LIKE 'loadRegionkoordinatorer.files:%' ORDER BY START_TIME, STEP_EXECUTION_ID",
                String.class, run.getId());
        List<String> byFile = started.stream()
                .sorted(Comparator.comparingLong(name -> Long.parseLong(name.substring(name.indexOf(':') + 1)))).toList();

        assertThat(started).as("the samples' coordinator files: seven regions, four years").hasSize(28);
        assertThat(started).as("partitions in the order they started").containsExactlyElementsOf(byFile);
    }
}
