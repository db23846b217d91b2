package se.bilaga1.jobs;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * A command of the jar ({@code rebuild}, {@code nightly}, {@code status}, {@code explain}, …): it runs when the first
 * word of the command line is its name, and its exit status is the process's. The command line's shape was checked
 * before Spring started ({@code se.bilaga1.CommandLine}); a command checks its operands' values.
 */
public abstract class Command implements ApplicationRunner, ExitCodeGenerator {

    private final String name;
    private int exitCode;

    protected Command(String name) {
        this.name = name;
    }

    @Override
    public final void run(ApplicationArguments args) throws Exception {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.get(0).equals(name)) {
            return;
        }
        exitCode = execute(words.subList(1, words.size()), args);
    }

    /**
     * @param operands the words after the command's name
     * @return the exit status ({@link RebuildCommand.ExitCodes})
     */
    protected abstract int execute(List<String> operands, ApplicationArguments args) throws Exception;

    /** A report year and, with {@code --snapshot=K}, one of its snapshots (null: the latest run's figures). */
    protected record YearAndSnapshot(int year, Integer snapshot) {
    }

    /**
     * Reads the first operand as a report year and the option {@code --snapshot=K}, when there are exactly
     * {@code count} operands; null when the command line is not of that shape.
     */
    protected static YearAndSnapshot yearAndSnapshot(List<String> operands, int count, ApplicationArguments args) {
        try {
            if (operands.size() != count) {
                return null;
            }
            Integer snapshot = args.containsOption("snapshot")
                    ? Integer.valueOf(args.getOptionValues("snapshot").get(0)) : null;
            return new YearAndSnapshot(Integer.parseInt(operands.get(0)), snapshot);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Says how the command is used, on standard error: a wrong command line. */
    protected static int usage(String usage) {
        System.err.println(usage);
        return RebuildCommand.ExitCodes.USAGE;
    }

    @Override
    public final int getExitCode() {
        return exitCode;
    }
}
