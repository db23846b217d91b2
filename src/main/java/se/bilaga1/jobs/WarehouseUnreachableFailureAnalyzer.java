package se.bilaga1.jobs;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A start that fails because the warehouse database cannot be reached (refused, unknown host, wrong credentials:
 * SQL states 08 and 28) is reported in two sentences an operator can act on, instead of a hundred lines of stack,
 * and exits with status 1 like any run that could not complete.
 */
class WarehouseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    WarehouseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        if (state == null || !(state.startsWith("08") || state.startsWith("28"))) {
            return null; // another database failure: Spring Boot's own report
        }
        String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
        return new FailureAnalysis("The warehouse database cannot be reached at " + url.replaceAll("password=[^&;]*", "password=***")
                + ": " + cause.getMessage() + " Nothing was run (exit status 1).",
                "Start the database (PostgreSQL on this server: pg_ctlcluster <version> main start) or correct"
                        + " SPRING_DATASOURCE_URL, then run again; a run it interrupted restarts where it stopped.",
                cause);
    }
}
