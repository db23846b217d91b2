package se.bilaga1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Bilaga 1 indicator warehouse: a batch ETL started from the command line (see jobs/). The commands
 * {@code rebuild}, {@code nightly}, {@code status} and {@code explain} run once, without a web server, and exit with their status;
 * {@code serve} is the long-running app: the nightly schedule and a health check, until stopped.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Bilaga1Application {

    /** The command of the long-running app, and the profile it runs with (application.yml). */
    public static final String SERVE = "serve";

    public static void main(String[] args) {
        CommandLine.Parsed parsed = CommandLine.parse(args, System.out, System.err);
        if (!parsed.run()) {
            System.exit(parsed.exitNow());
        }
        if (parsed.command() == CommandLine.Command.SERVE) {
            SpringApplication app = new SpringApplication(Bilaga1Application.class);
            app.setAdditionalProfiles(SERVE);
            app.run(args); // runs until stopped: the web server keeps the process alive
        } else {
            System.exit(SpringApplication.exit(commandLineApp().run(args)));
        }
    }

    /** The app as a command that runs once starts it: no web server, and none of what only {@code serve} uses. */
    static SpringApplication commandLineApp() {
        SpringApplication app = new SpringApplication(Bilaga1Application.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("spring.autoconfigure.exclude",
                String.join(",", serverOnlyAutoConfigurations(Bilaga1Application.class.getClassLoader()))));
        return app;
    }

    /** The Spring Boot modules only {@code serve} uses: the web server, the console, the health check and metrics. */
    static final List<String> SERVER_ONLY_MODULES = List.of("actuator-autoconfigure", "health", "micrometer-metrics",
            "micrometer-observation", "jackson", "http-converter", "web-server", "servlet", "tomcat", "webmvc", "thymeleaf",
            "security");

    /**
     * The auto-configurations of {@link #SERVER_ONLY_MODULES}, read from the modules' own lists on the class path:
     * a command-line run leaves them out. Its start-up is most of a nightly run with nothing changed (issue 9: under
     * 5 s), and these are some 90 of the configurations it would otherwise evaluate, with the metrics and
     * observations they would hang on every chunk.
     */
    static List<String> serverOnlyAutoConfigurations(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            for (URL list : Collections.list(loader.getResources(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
                String where = list.toString();
                if (SERVER_ONLY_MODULES.stream().anyMatch(m -> where.matches(".*/spring-boot-" + m + "-[0-9][^/]*\\.jar!?/.*"))) {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(list.openStream(), StandardCharsets.UTF_8))) {
                        in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
