package se.bilaga1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import se.bilaga1.testsupport.AppProcess;

/** The jar's command line: what runs, what is a usage error (exit 2, stderr), what answers on stdout (exit 0). */
class CommandLineIT {

    record Outcome(CommandLine.Parsed parsed, String out, String err) {
    }

    static Outcome parse(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = line.isBlank() ? new String[0] : line.split(" ");
        CommandLine.Parsed parsed = CommandLine.parse(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(parsed, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "rebuild 2024                                   | REBUILD",
            "rebuild 2024 --force                           | REBUILD",
            "rebuild 2024 --force --bilaga1.input=/srv/in   | REBUILD",
            "--bilaga1.data=x nightly                       | NIGHTLY",
            "status --limit=5                               | STATUS",
            "status                                         | STATUS",
            "explain 2024 Tabell_5 Totalt 2024 --snapshot=2 | EXPLAIN",
            "serve --server.port=0                          | SERVE",
            "hash-password                                  | HASH_PASSWORD"})
    void aCommandItKnowsWithItsArgumentsAndSettingsRuns(String line, CommandLine.Command expected) {
        Outcome outcome = parse(line.strip());
        assertThat(outcome.parsed().run()).as(outcome.err()).isTrue();
        assertThat(outcome.parsed().command()).isEqualTo(expected);
        assertThat(outcome.out() + outcome.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"                          | usage: java -jar bilaga1.jar COMMAND",
            "--froce                     | usage: java -jar bilaga1.jar COMMAND",
            "rebild 2024                 | unknown command 'rebild'",
            "rebuild 2024 --froce        | unknown option --froce",
            "rebuild --force             | no arguments given, 1 expected",
            "rebuild 24                  | '24' is not a year",
            "rebuild 2024 2025           | 2 arguments given, 1 expected",
            "rebuild 2024 --force=yes    | --force takes no value",
            "rebuild 2024 -f             | unknown option -f",
            "status --limit              | --limit needs a value",
            "status --limit=ten          | --limit needs a value",
            "status --snapshot=2         | unknown option --snapshot=2",
            "explain 2024 Tabell_5       | 2 arguments given, 4 expected",
            "serve extra                 | 1 argument given, 0 expected",
            "nightly --bilaga1.input     | unknown option --bilaga1.input",
            "nightly --input=/srv/in     | unknown option --input=/srv/in"})
    void aWrongCommandLineIsAUsageErrorOnStderr(String line, String message) {
        Outcome outcome = parse(line.strip());
        assertThat(outcome.parsed().run()).isFalse();
        assertThat(outcome.parsed().exitNow()).isEqualTo(CommandLine.USAGE);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains(message).contains("usage: java -jar bilaga1.jar");
    }

    @Test
    void helpAndVersionAnswerOnStdoutAndExitZero() {
        Outcome help = parse("--help");
        assertThat(help.parsed().exitNow()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).contains("rebuild", "nightly", "status", "explain", "serve", "hash-password",
                "exit status: 0");
        Outcome rebuildHelp = parse("rebuild --help");
        assertThat(rebuildHelp.parsed().run()).isFalse();
        assertThat(rebuildHelp.parsed().exitNow()).isZero();
        assertThat(rebuildHelp.out()).startsWith("usage: java -jar bilaga1.jar rebuild YEAR [--force]");
        Outcome version = parse("--version");
        assertThat(version.parsed().exitNow()).isZero();
        assertThat(version.out()).startsWith("bilaga1 ").contains("(commit ");
    }

    /** The application as shipped, in a process of its own: the gate stands before Spring, so nothing else runs. */
    @Test
    void theApplicationExitsWithUsageBeforeStartingAnything() {
        AppProcess.Result misspelled = AppProcess.run(List.of("--froce"), Map.of());
        assertThat(misspelled.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(misspelled.stdout()).doesNotContain("Flyway", "Started");
        assertThat(misspelled.stderr()).contains("usage: java -jar bilaga1.jar COMMAND");
        AppProcess.Result help = AppProcess.run(List.of("nightly", "--help"), Map.of());
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).startsWith("usage: java -jar bilaga1.jar nightly");
    }
}
