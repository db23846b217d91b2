package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import se.bilaga1.Bilaga1Application;
import se.bilaga1.testsupport.PostgresDatabase;

/**
 * What docker-compose.yml runs, proven without Docker: the app as a process of its own, with the command and the
 * environment that the compose file gives the {@code app} service (read from the file), against the machine's
 * PostgreSQL. Only what must differ outside Docker is changed: the JDBC URL's server and database (127.0.0.1:5432,
 * database {@code test}, a schema of its own), the user (the local server has no role {@code bilaga1}; trust auth
 * ignores the password), the input and output folders (the checkout's {@code input/}, a temporary folder), the
 * port (a free one; in the container it is 8080) and the cron expression (every 5 seconds instead of 02:00).
 * It waits for the health check the compose file runs, for a scheduled nightly run that loads everything, and
 * for a second one that finds nothing changed; then a command-line run beside it, and stops the app.
 * Skipped, with a message on the console, when PostgreSQL is unreachable.
 */
class ServeOnPostgresIT {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path LOG = Path.of("target", "serve-on-postgres.log");
    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Duration RUNS = Duration.ofMinutes(5);

    private static String schema;
    private static Process app;

    @TempDir
    static Path output;

    @BeforeAll
    static void requirePostgres() {
        schema = PostgresDatabase.requireSchema("PostgreSQL serve test (the app as docker-compose.yml runs it)");
    }

    @AfterAll
    static void stopAndDropSchema() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy(); // SIGTERM, as docker stop
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (schema != null) {
            PostgresDatabase.dropSchema(schema);
        }
    }

    @Test
    void theComposedAppServesHealthAndRunsTheNightlyOnItsSchedule() throws Exception {
        Map<String, Object> service = appService();
        Map<String, String> env = composeEnvironment(service);
        assertThat(env).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_CONFIG_IMPORT",
                "BILAGA1_NIGHTLY_CRON", "BILAGA1_NIGHTLY_ZONE", "BILAGA1_INPUT", "BILAGA1_OUTPUT", "JAVA_TOOL_OPTIONS");
        // secrets are files, never environment variables
        assertThat(env).doesNotContainKey("SPRING_DATASOURCE_PASSWORD");
        assertThat(env.values()).noneMatch(v -> v.toLowerCase().contains("password"));
        assertThat(env.get("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=");
        assertThat(service.get("mem_limit")).isNotNull();
        // least privilege: the app's own role and schema, an unprivileged user, a read-only root file system
        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo("bilaga1_app");
        assertThat(env.get("SPRING_DATASOURCE_URL")).endsWith("?currentSchema=bilaga1");
        assertThat(String.valueOf(service.get("user"))).isEqualTo("${BILAGA1_UID:-10001}:${BILAGA1_GID:-10001}");
        assertThat(service.get("read_only")).isEqualTo(true);
        assertThat(env.get("BILAGA1_SERVER_ADDRESS")).isEqualTo("0.0.0.0");
        env.put("SPRING_CONFIG_IMPORT", env.get("SPRING_CONFIG_IMPORT").replace("/run/secrets/", secrets(service) + "/"));
        assertThat(env.get("BILAGA1_NIGHTLY_CRON")).isEqualTo("0 0 2 * * *");
        assertThat(env.get("BILAGA1_NIGHTLY_ZONE")).isEqualTo("Europe/Stockholm");
        @SuppressWarnings("unchecked")
        List<String> command = (List<String>) service.get("command");
        assertThat(command).containsExactly(Bilaga1Application.SERVE);

        int port = freePort();
        String url = env.get("SPRING_DATASOURCE_URL").replaceFirst("\\?.*", "").replaceFirst("//[^/]+/.+", "//127.0.0.1:5432/test")
                + "?currentSchema=" + schema;
        assertThat(url).isEqualTo(PostgresDatabase.url(schema));
        env.put("SPRING_DATASOURCE_URL", url);
        env.put("SPRING_DATASOURCE_USERNAME", PostgresDatabase.USER);
        env.put("BILAGA1_INPUT", Path.of("input").toAbsolutePath().toString());
        env.put("BILAGA1_OUTPUT", output.toAbsolutePath().toString());
        env.put("BILAGA1_NIGHTLY_CRON", "*/5 * * * * *");
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("BILAGA1_SERVER_ADDRESS", "127.0.0.1");

        app = start(env, command, LOG);
        URI health = healthCheckUri(service, port);
        String up = waitFor("the health check " + health + " to say UP", STARTUP, () -> {
            String body = get(health);
            return body != null && body.contains("\"status\":\"UP\"") ? body : null;
        });
        // readiness includes the database (OperatorEndpointsIT); an anonymous caller sees the status alone
        assertThat(up).isEqualTo("{\"status\":\"UP\"}");
        assertThat(log()).contains("Nightly schedule on: cron '*/5 * * * * *' in Europe/Stockholm; next run ");

        List<String[]> runs = waitFor("two scheduled nightly runs", RUNS, () -> {
            List<String[]> done = nightlyRuns();
            return done.size() >= 2 ? done : null;
        });
        assertThat(runs.get(0)[0]).as("the first run, which loads everything: " + String.join(" | ", runs.get(0)))
                .isEqualTo("COMPLETED");
        assertThat(runs.get(0)[1]).matches("[1-9]\\d* new, 0 changed, 0 removed, 0 unchanged");
        assertThat(output.resolve("senaste/bilaga1-2024.xlsx")).isNotEmptyFile();
        assertThat(output.resolve("senaste/bilaga1-2024-tabeller.csv")).isNotEmptyFile();
        assertThat(runs.get(1)[0]).isEqualTo(NightlyJobConfiguration.NOTHING_CHANGED);
        assertThat(runs.get(1)[1]).contains("nothing changed");
        assertThat(log()).contains("Scheduled nightly run completed").contains("Bilaga 1 nightly 2024: COMPLETED");
        assertThat(get(health)).contains("\"status\":\"UP\"");
        // the users came from the secret's file: its scraper reads the metrics
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("prometheus:skrapan-har-ett-langt-losen"
                                .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("bilaga1_run_last_success_seconds{kind=\"nightly\"}");

        // a command-line run beside the app: no web server of its own (the same port would clash), exits with its status
        Path statusLog = LOG.resolveSibling("serve-on-postgres-status.log");
        // (all the runs: the schedule goes on every 5 s meanwhile, and a slow machine has run more than ten by now)
        Process status = start(env, List.of("status", "--limit=1000"), statusLog);
        assertThat(status.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(statusLog);
        assertThat(status.exitValue()).as(printed).isZero();
        assertThat(printed).contains("NOTHING_CHANGED").contains(runs.get(0)[1]);
        assertThat(app.isAlive()).isTrue();
    }

    /**
     * The app's secrets as compose mounts them under /run/secrets (the target names the compose file gives them),
     * in a folder of the test's: the database password (trust auth ignores it) and a users' file with a scraper.
     */
    @SuppressWarnings("unchecked")
    private static Path secrets(Map<String, Object> service) throws IOException {
        Path dir = Files.createDirectories(output.resolveSibling(output.getFileName() + "-secrets"));
        List<String> targets = ((List<Map<String, Object>>) service.get("secrets")).stream()
                .map(secret -> String.valueOf(secret.get("target"))).toList();
        assertThat(targets).containsExactlyInAnyOrder("spring.datasource.password", "console-users.yml");
        Files.writeString(dir.resolve("spring.datasource.password"), "not-needed-with-trust-auth\n");
        String hash = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(12)
                .encode("skrapan-har-ett-langt-losen");
        Files.writeString(dir.resolve("console-users.yml"), "bilaga1:\n  web:\n    users:\n      - name: prometheus\n"
                + "        password: \"" + hash + "\"\n        role: METRICS\n");
        return dir.toAbsolutePath();
    }

    /** The {@code app} service of docker-compose.yml. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> appService() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
    }

    /**
     * The app's environment as {@code docker compose} gives it, interpolated with what an operator sets in the shell
     * or {@code .env}: here nothing (the defaults stand; the password is a secret, see {@link #secrets}).
     */
    private static Map<String, String> composeEnvironment(Map<String, Object> service) {
        Map<String, String> shell = Map.of();
        Map<String, String> env = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> declared = (Map<String, Object>) service.get("environment");
        declared.forEach((name, value) -> env.put(name, interpolate(String.valueOf(value), shell)));
        return env;
    }

    /** Compose's {@code ${NAME}}, {@code ${NAME:-default}} and {@code ${NAME:?error}}. */
    static String interpolate(String value, Map<String, String> shell) {
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String set = shell.get(m.group(1));
            String replacement;
            if (set != null && !set.isEmpty()) {
                replacement = set;
            } else if (m.group(2) != null && m.group(2).endsWith("?")) {
                throw new IllegalStateException("docker compose would refuse: " + m.group(3));
            } else {
                replacement = m.group(3) == null ? "" : m.group(3);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    /** The URL the compose healthcheck asks, on the port the app was given here. */
    @SuppressWarnings("unchecked")
    private static URI healthCheckUri(Map<String, Object> service, int port) {
        List<String> test = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
        String url = test.stream().filter(s -> s.startsWith("http://")).findFirst().orElseThrow();
        assertThat(url).isEqualTo("http://localhost:8080/actuator/health/readiness");
        return URI.create(url.replace(":8080/", ":" + port + "/"));
    }

    /** The app as a process of its own: the main class on the classpath of the build, without the test classes. */
    private static Process start(Map<String, String> env, List<String> args, Path log) throws IOException {
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, Bilaga1Application.class.getName()));
        cmd.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        // nothing from this machine's environment that the app reads: only what the compose file sets
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("BILAGA1_")
                || k.startsWith("SERVER_") || k.startsWith("MANAGEMENT_") || k.startsWith("LOGGING_"));
        builder.environment().putAll(env);
        Files.createDirectories(log.getParent());
        return builder.start();
    }

    /** The finished nightly runs, oldest first: exit code and what run_summary says. */
    private static List<String[]> nightlyRuns() throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresDatabase.url(schema), PostgresDatabase.USER, "");
                ResultSet rs = c.createStatement().executeQuery("SELECT e.EXIT_CODE, s.message FROM run_summary s"
                        + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.job_execution_id"
                        + " WHERE s.job_name = 'nightly' ORDER BY s.job_execution_id")) {
            List<String[]> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(new String[] { rs.getString(1), rs.getString(2) });
            }
            return runs;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // the tables are not there yet
                return List.of();
            }
            throw e;
        }
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T waitFor(String what, Duration limit, Probe<T> probe) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("the app ended (exit " + app.exitValue() + ") while waiting for " + what + ":\n" + tail());
            }
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(500);
        }
        return fail("no " + what + " within " + limit + ":\n" + tail());
    }

    private static String get(URI uri) throws InterruptedException {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null; // not listening yet
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String log() throws IOException {
        return Files.readString(LOG, StandardCharsets.UTF_8);
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
