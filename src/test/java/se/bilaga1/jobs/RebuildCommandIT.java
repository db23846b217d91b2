package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import se.bilaga1.testsupport.TestRebuild;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The command line's exit status: 0 when the build completed (also with FEL findings), 2 for a wrong command. */
@SpringBootTest
class RebuildCommandIT {


    @TempDir
    static Path output;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("bilaga1.output", () -> output.toAbsolutePath().toString());
    }

    @Autowired
    RebuildCommand command;

    @Autowired
    TestRebuild rebuild;

    @Test
    void aCompletedRebuildExitsZeroAndWritesTheOutputs() throws Exception {
        command.run(new DefaultApplicationArguments("rebuild", "2024"));

        assertThat(command.getExitCode()).isZero();
        assertThat(output.resolve("bilaga1-2024.xlsx")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("bilaga1-2024-tabeller.csv"))).contains("Tabell 7;");
    }

    @Test
    void aRebuildThatCannotWriteItsOutputsFails(@TempDir Path tmp) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("output"), "a file where the output folder should be");

        JobExecution run = rebuild.rebuild(2024, Path.of("input"), notAFolder);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.getAllFailureExceptions()).isNotEmpty();
    }

    @Test
    void aYearThatIsNotFourDigitsIsAUsageError() throws Exception {
        command.run(new DefaultApplicationArguments("rebuild", "24"));

        assertThat(command.getExitCode()).isEqualTo(2);
    }
}
