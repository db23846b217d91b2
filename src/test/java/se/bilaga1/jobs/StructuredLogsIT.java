package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.AppProcess;

/** JSON logs for a log collector, switched on from the environment as the README says; plain text by default. */
class StructuredLogsIT {

    @Test
    void logLinesAreJsonWhenTheEnvironmentAsksForIt(@TempDir Path data) {
        List<String> args = List.of("status", "--bilaga1.data=" + data.toAbsolutePath(), "--logging.level.org.flywaydb=INFO");
        AppProcess.Result json = AppProcess.run(args, Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
        assertThat(json.exitCode()).isZero();
        List<String> logLines = json.stdout().lines().filter(l -> l.contains("flywaydb")).toList();
        assertThat(logLines).isNotEmpty().allMatch(l -> l.startsWith("{\"@timestamp\":") && l.endsWith("}"));
        AppProcess.Result plain = AppProcess.run(args, Map.of());
        assertThat(plain.stdout().lines().filter(l -> l.contains("flywaydb"))).isNotEmpty()
                .noneMatch(l -> l.startsWith("{"));
    }
}
