package se.bilaga1.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real application ({@code se.bilaga1.Bilaga1Application}) as a child JVM, for the tests that kill it: started
 * with the test's classpath (without the test classes and their configuration, so it runs as shipped), its stdout
 * and stderr captured, and every wait bounded ({@link #TIMEOUT}) so that no test hangs on it. A child still alive
 * when the test is done (or when the test JVM exits) is killed.
 */
public final class AppProcess implements AutoCloseable {

    /** The longest any wait on a child lasts. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Children start in a few seconds: C1 only and the serial collector halve the CPU a short run needs. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8");
    private static final Pattern CELLS_SHA256 = Pattern.compile("^Published cells: SHA-256 ([0-9a-f]{64})$", Pattern.MULTILINE);
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
    }

    private final List<String> args;
    private final Process process;
    private final long started = System.nanoTime();
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final Thread stdoutReader;
    private final Thread stderrReader;

    private AppProcess(List<String> args, Process process) {
        this.args = args;
        this.process = process;
        this.stdoutReader = pump(process.getInputStream(), stdout, "stdout");
        this.stderrReader = pump(process.getErrorStream(), stderr, "stderr");
    }

    /** What a child printed and how it ended. */
    public record Result(List<String> args, int exitCode, String stdout, String stderr, Duration took) {

        /** The checksum of every published cell from the run report's {@code Published cells: SHA-256} line. */
        public String publishedCells() {
            Matcher m = CELLS_SHA256.matcher(stdout);
            if (!m.find()) {
                throw new AssertionError("no 'Published cells: SHA-256' line in the report of " + this);
            }
            return m.group(1);
        }

        /** The report's {@code Note:} lines, without the indentation and the word Note. */
        public List<String> notes() {
            return stdout.lines().map(String::strip).filter(l -> l.startsWith("Note: ")).map(l -> l.substring(6)).toList();
        }

        @Override
        public String toString() {
            return "app " + String.join(" ", args) + " (exit " + exitCode + " after " + took.toMillis() + " ms)\n--- stdout:\n"
                    + tail(stdout) + "\n--- stderr:\n" + tail(stderr);
        }
    }

    /** Starts the application with {@code args} and, besides the test's environment, {@code env}. */
    public static AppProcess start(List<String> args, Map<String, String> env) {
        return start(List.of(), args, env);
    }

    /**
     * Starts the application with JVM options of the test's own after the defaults (a later {@code -Xmx} wins), e.g.
     * {@code -Xmx256m} for a case that is about size.
     */
    public static AppProcess start(List<String> jvmOptions, List<String> args, Map<String, String> env) {
        return start(List.of(), jvmOptions, args, env);
    }

    /**
     * Starts the application through {@code launcher}, a command that runs the JVM under other conditions (e.g.
     * {@code setpriv --bounding-set=-dac_override,-dac_read_search}: root without its right to read any file).
     */
    public static AppProcess start(List<String> launcher, List<String> jvmOptions, List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(launcher);
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(applicationClassPath());
        command.add("se.bilaga1.Bilaga1Application");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // the database is the test's choice: none inherited from the shell the tests run in
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            LIVE.add(process);
            return new AppProcess(List.copyOf(args), process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Runs the application to its end. */
    public static Result run(List<String> args, Map<String, String> env) {
        return run(List.of(), args, env);
    }

    /** Runs the application to its end with JVM options of the test's own ({@link #start(List, List, Map)}). */
    public static Result run(List<String> jvmOptions, List<String> args, Map<String, String> env) {
        return run(List.of(), jvmOptions, args, env);
    }

    /** Runs the application to its end through {@code launcher} ({@link #start(List, List, List, Map)}). */
    public static Result run(List<String> launcher, List<String> jvmOptions, List<String> args, Map<String, String> env) {
        try (AppProcess app = start(launcher, jvmOptions, args, env)) {
            return app.awaitExit();
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for a line of stdout containing {@code text}; fails when the child ends first or after {@link #TIMEOUT}. */
    public String awaitLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (stdout) {
            while (true) {
                String line = stdout.toString().lines().filter(l -> l.contains(text)).findFirst().orElse(null);
                if (line != null) {
                    return line;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !stdoutReader.isAlive())) {
                    String why = left <= 0 ? "not within " + TIMEOUT.toSeconds() + " s" : "the process ended first";
                    close();
                    throw new AssertionError("waited for a line with '" + text + "': " + why + "\n" + snapshot());
                }
                stdout.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    /** Waits for the child to end by itself; after {@link #TIMEOUT} it is killed and the wait fails. */
    public Result awaitExit() {
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                close();
                throw new AssertionError("not ended within " + TIMEOUT.toSeconds() + " s, killed:\n" + snapshot());
            }
            return finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new AssertionError("interrupted waiting for " + args, e);
        }
    }

    /** {@code kill -9}: {@link Process#destroyForcibly()} is SIGKILL on Linux. Waits for the child to be gone. */
    public Result kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** Kills the child if it is still alive. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LIVE.remove(process);
    }

    private Result finish() throws InterruptedException {
        stdoutReader.join(TimeUnit.SECONDS.toMillis(10));
        stderrReader.join(TimeUnit.SECONDS.toMillis(10));
        LIVE.remove(process);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        synchronized (stdout) {
            synchronized (stderr) {
                return new Result(args, process.exitValue(), stdout.toString(), stderr.toString(), took);
            }
        }
    }

    private String snapshot() {
        synchronized (stdout) {
            synchronized (stderr) {
                return "app " + String.join(" ", args) + "\n--- stdout:\n" + tail(stdout.toString()) + "\n--- stderr:\n"
                        + tail(stderr.toString());
            }
        }
    }

    private static Thread pump(InputStream in, StringBuilder into, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (into) {
                        into.append(line).append('\n');
                        into.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the pipe went with the process
            } finally {
                synchronized (into) {
                    into.notifyAll();
                }
            }
        }, "app-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return lines.size() <= 60 ? text : "[" + (lines.size() - 60) + " lines left out]\n"
                + String.join("\n", lines.subList(lines.size() - 60, lines.size()));
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Surefire's test classpath (or this JVM's), without the test classes: the application as it ships. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
