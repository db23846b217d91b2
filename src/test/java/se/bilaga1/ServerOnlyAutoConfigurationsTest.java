package se.bilaga1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A command-line run leaves out what only {@code serve} uses, and keeps what every run needs. */
class ServerOnlyAutoConfigurationsTest {

    private final List<String> excluded = Bilaga1Application.serverOnlyAutoConfigurations(getClass().getClassLoader());

    @Test
    void theWebServerConsoleHealthAndMetricsAreLeftOut() {
        assertThat(excluded).anyMatch(c -> c.endsWith(".JacksonAutoConfiguration"))
                .anyMatch(c -> c.endsWith(".ThymeleafAutoConfiguration"))
                .anyMatch(c -> c.endsWith(".SecurityAutoConfiguration"))
                .anyMatch(c -> c.endsWith(".HealthEndpointAutoConfiguration"))
                .anyMatch(c -> c.endsWith(".MetricsAutoConfiguration"))
                .anyMatch(c -> c.endsWith(".ObservationAutoConfiguration"))
                .hasSizeGreaterThan(50);
    }

    @Test
    void theDatabaseBatchAndFlywayStay() {
        assertThat(excluded).noneMatch(c -> c.endsWith(".DataSourceAutoConfiguration"))
                .noneMatch(c -> c.endsWith(".FlywayAutoConfiguration"))
                .noneMatch(c -> c.contains(".batch."))
                .noneMatch(c -> c.endsWith(".DataSourceTransactionManagerAutoConfiguration"))
                .noneMatch(c -> c.endsWith(".JdbcTemplateAutoConfiguration"));
    }
}
