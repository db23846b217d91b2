package se.bilaga1;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The jar's command line, checked before anything starts: a command it knows, its arguments and its options, and
 * settings in Spring's form ({@code --bilaga1.input=DIR}: a name with a dot, and a value). Anything else is a wrong
 * command line (usage on stderr, exit 2), so that {@code --froce} is never run as a rebuild without force, nor taken
 * for a setting and ignored. {@code --help} (for the jar or one command) and {@code --version} print on stdout and
 * exit 0.
 */
final class CommandLine {

    static final int OK = 0;
    static final int USAGE = 2;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    /** A setting for Spring: {@code --name.with.dots=value}. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_\\[\\]-]+)+=.*",
            Pattern.DOTALL);

    /** The commands, what they take, and what they do. */
    enum Command {
        REBUILD("rebuild", List.of(YEAR), Map.of("force", Optional.empty()), "YEAR [--force]",
                "the yearly rebuild of report year YEAR as a numbered snapshot; --force records a new snapshot when"
                        + " the inputs differ from the year's latest"),
        NIGHTLY("nightly", List.of(), Map.of(), "", "loads what changed under the input folder and refreshes the outputs"),
        STATUS("status", List.of(), Map.of("limit", Optional.of(COUNT)), "[--limit=N]",
                "the last N runs (default 10), the snapshots, and the run under way if any"),
        EXPLAIN("explain", Arrays.asList(YEAR, null, null, null), Map.of("snapshot", Optional.of(COUNT)),
                "YEAR TABELL RAD KOLUMN [--snapshot=K]", "where one published cell comes from"),
        TEXTKONTROLL("textkontroll", Arrays.asList(YEAR, null), Map.of("snapshot", Optional.of(COUNT)),
                "YEAR MANUSCRIPT [--snapshot=K]", "checks every figure of a report's manuscript (.docx, .md, .txt)"
                        + " against the published cells; writes bilaga1-YEAR-textkontroll.csv"),
        SERVE("serve", List.of(), Map.of(), "", "the long-running app: the nightly schedule, the console and the health"
                + " check, until stopped"),
        HASH_PASSWORD("hash-password", List.of(), Map.of(), "", "reads a password and prints its bcrypt hash, for the"
                + " console's users");

        final String word;
        /** Each argument's pattern, null for any text. */
        final List<Pattern> arguments;
        /** Each option's name, and the pattern of its value when it takes one ({@code --limit=N}). */
        final Map<String, Optional<Pattern>> options;
        final String synopsis;
        final String summary;

        Command(String word, List<Pattern> arguments, Map<String, Optional<Pattern>> options, String synopsis,
                String summary) {
            this.word = word;
            this.arguments = arguments;
            this.options = options;
            this.synopsis = synopsis;
            this.summary = summary;
        }

        static Optional<Command> of(String word) {
            return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
        }

        String usage() {
            return "usage: java -jar bilaga1.jar " + word + (synopsis.isEmpty() ? "" : " " + synopsis)
                    + " [--setting.name=value ...]\n  " + summary + "\n";
        }
    }

    /** What to do: run the command with these arguments, or exit at once with this status. */
    record Parsed(Command command, int exitNow) {

        boolean run() {
            return command != null && exitNow < 0;
        }
    }

    private CommandLine() {
    }

    static Parsed parse(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                options.add(arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            if (options.equals(List.of("--version"))) {
                out.println(version());
                return new Parsed(null, OK);
            }
            boolean help = options.equals(List.of("--help")) || options.equals(List.of("-h"));
            (help ? out : err).print(usage());
            return new Parsed(null, help ? OK : USAGE);
        }
        Optional<Command> known = Command.of(positional.get(0));
        if (known.isEmpty()) {
            err.print("bilaga1: unknown command '" + positional.get(0) + "'\n" + usage());
            return new Parsed(null, USAGE);
        }
        Command command = known.get();
        if (options.contains("--help") || options.contains("-h")) {
            out.print(command.usage());
            return new Parsed(command, OK);
        }
        String wrong = wrongOption(command, options);
        if (wrong == null) {
            wrong = wrongArguments(command, positional.subList(1, positional.size()));
        }
        if (wrong != null) {
            err.print("bilaga1 " + command.word + ": " + wrong + "\n" + command.usage());
            return new Parsed(command, USAGE);
        }
        return new Parsed(command, -1);
    }

    private static String wrongOption(Command command, List<String> options) {
        for (String option : options) {
            if (SETTING.matcher(option).matches()) {
                continue;
            }
            String name = option.replaceFirst("^--?", "").replaceFirst("=.*", "");
            Optional<Pattern> value = command.options.get(name);
            if (value == null || !option.startsWith("--")) {
                return "unknown option " + option;
            }
            boolean given = option.contains("=");
            String text = given ? option.substring(option.indexOf('=') + 1) : null;
            if (value.isEmpty() && given) {
                return "--" + name + " takes no value";
            }
            if (value.isPresent() && (!given || !value.get().matcher(text).matches())) {
                return "--" + name + " needs a value such as --" + name + "=5";
            }
        }
        return null;
    }

    private static String wrongArguments(Command command, List<String> given) {
        if (given.size() != command.arguments.size()) {
            return (given.isEmpty() ? "no" : given.size()) + " argument" + (given.size() == 1 ? "" : "s") + " given, "
                    + command.arguments.size() + " expected";
        }
        for (int i = 0; i < given.size(); i++) {
            Pattern pattern = command.arguments.get(i);
            if (pattern != null && !pattern.matcher(given.get(i)).matches()) {
                return "'" + given.get(i) + "' is not a year such as 2024";
            }
        }
        return null;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar bilaga1.jar COMMAND [ARGUMENTS] [OPTIONS]"
                + " [--setting.name=value ...]\n\ncommands:\n");
        for (Command command : Command.values()) {
            text.append(String.format("  %-14s %s%n", command.word, command.summary));
        }
        return text.append("\n  --help             this text; COMMAND --help: the command's own\n")
                .append("  --version          the version and the commit it was built from\n")
                .append("\nexit status: 0 done (failed rules are findings, not failures), 1 the run failed, 2 a wrong")
                .append(" command line, 3 refused (another run is under way, an input is still being written, or the")
                .append(" inputs differ from the year's snapshot without --force)\n").toString();
    }

    /** {@code bilaga1 0.1.0-SNAPSHOT (commit 1a2b3c4)}, from the git.properties the build writes. */
    static String version() {
        Properties git = new Properties();
        try (InputStream in = CommandLine.class.getResourceAsStream("/git.properties")) {
            if (in != null) {
                git.load(in);
            }
        } catch (IOException e) {
            // no version information: said below
        }
        return "bilaga1 " + git.getProperty("git.build.version", "(version unknown)") + " (commit "
                + git.getProperty("git.commit.id.abbrev", "unknown")
                + ("true".equals(git.getProperty("git.dirty")) ? ", with uncommitted changes" : "") + ")";
    }
}
