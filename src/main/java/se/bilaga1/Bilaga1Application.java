package se.bilaga1;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Bilaga 1 indicator warehouse: a batch ETL started from the command line (see jobs/). The commands
 * {@code rebuild}, {@code nightly} and {@code status} run once, without a web server, and exit with their status;
 * {@code serve} is the long-running app: the nightly schedule and a health check, until stopped.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Bilaga1Application {

    /** The command of the long-running app, and the profile it runs with (application.yml). */
    public static final String SERVE = "serve";

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Bilaga1Application.class);
        if (serve(args)) {
            if (Arrays.stream(args).filter(a -> !a.startsWith("--")).count() != 1) {
                System.err.println("usage: serve   (the nightly schedule and the health check, until stopped)");
                System.exit(2);
            }
            app.setAdditionalProfiles(SERVE);
            app.run(args); // runs until stopped: the web server keeps the process alive
        } else {
            app.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(app.run(args)));
        }
    }

    /** Whether the command (the first argument that is not an {@code --option}) is {@code serve}. */
    static boolean serve(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().filter(SERVE::equals).isPresent();
    }
}
