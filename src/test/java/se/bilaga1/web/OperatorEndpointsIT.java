package se.bilaga1.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.jobs.PipelineState;
import se.bilaga1.support.Bilaga1Properties;

/**
 * What an operator's tools see of the running app: the health check (UP or DOWN only, for anyone), its liveness and
 * readiness probes, the pipeline's own health, and the Prometheus metrics for a METRICS user only, without the row
 * counts of the sources about people.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperatorEndpointsIT {

    static final Path OUTPUT = Path.of(System.getProperty("user.dir"), "target", "test-data", "operator-" + UUID.randomUUID());

    @DynamicPropertySource
    static void usersAndFolders(DynamicPropertyRegistry registry) {
        ConsoleTestUsers.register(registry, OUTPUT, "ville:VIEWER:ville-har-ett-langt-losen",
                "prometheus:METRICS:skrapan-har-ett-langt-losen");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRebuild rebuild;

    @Test
    void anybodyGetsTheStatusAndTheProbesButNoComponents() throws Exception {
        String health = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").doesNotContain("components", "pipeline", "db");
        assertThat(body("/actuator/health/liveness")).contains("\"status\":\"UP\"");
        assertThat(body("/actuator/health/readiness")).contains("\"status\":\"UP\"");
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }

    @Test
    void theComponentsAreForTheSignedInAndThePipelineStaysOutOfTheProbes() throws Exception {
        String health = mvc.perform(get("/actuator/health").with(user("anna").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"pipeline\"", "\"db\"", "lastSuccessfulNightly");
        String liveness = mvc.perform(get("/actuator/health/liveness").with(user("anna").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString();
        String readiness = mvc.perform(get("/actuator/health/readiness").with(user("anna").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString();
        assertThat(liveness).contains("livenessState").doesNotContain("pipeline", "\"db\"");
        assertThat(readiness).contains("readinessState", "\"db\"").doesNotContain("pipeline");
    }

    @Test
    void theMetricsAreForAScraperAndHoldNoCountOfPeople() throws Exception {
        assertThat(rebuild.rebuild(2024, Path.of("input"), OUTPUT.resolve("output")).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ville", "ville-har-ett-langt-losen")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", "fel-losenord-helt-och-hallet")))
                .andExpect(status().isUnauthorized());
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", "skrapan-har-ett-langt-losen")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("bilaga1_run_last_duration_seconds{kind=\"rebuild\"}",
                "bilaga1_run_last_success_seconds{kind=\"rebuild\"}", "bilaga1_rows_loaded{source=\"bra\"}",
                "bilaga1_rows_quarantined{source=\"stodprogram\"}",
                "bilaga1_files{source=\"regionkoordinatorer\",status=\"LOADED\"} 28.0", "spring_batch_job_seconds");
        assertThat(metrics).doesNotContain("bilaga1_rows_loaded{source=\"regionkoordinatorer\"}",
                "bilaga1_rows_loaded{source=\"migrationsverket\"}", "spring_batch_item", "spring_batch_chunk");
        // the scraper sees none of the console
        mvc.perform(get("/korningar").with(httpBasic("prometheus", "skrapan-har-ett-langt-losen")))
                .andExpect(status().is3xxRedirection());
    }

    /** The pipeline's health on a clock of the test's: stale after the configured age, counted from start. */
    @Test
    void thePipelineIsOutOfServiceWhenTheLastNightlyIsTooOld() {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");
        StaticListableBeanFactory clocks = new StaticListableBeanFactory();
        clocks.addBean("clock", Clock.fixed(now, ZoneOffset.UTC));
        class Runs extends PipelineState {
            Optional<LastRun> last = Optional.empty();

            Runs() {
                super(null, null);
            }

            @Override
            public Optional<LastRun> lastCompleted(String jobName) {
                return last;
            }
        }
        Runs runs = new Runs();
        Bilaga1Properties properties = new Bilaga1Properties(Path.of("input"), Path.of("output"), 5000, true, 2, 2, null,
                new Bilaga1Properties.Health(Duration.ofHours(26)), null, null, null);
        PipelineHealth health = new PipelineHealth(runs, properties, clocks.getBeanProvider(Clock.class));
        assertThat(health.health().getStatus()).as("none yet, just started").isEqualTo(Status.UP);
        runs.last = Optional.of(new PipelineState.LastRun(now.minus(Duration.ofHours(25)), Duration.ofMinutes(3)));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        runs.last = Optional.of(new PipelineState.LastRun(now.minus(Duration.ofHours(27)), Duration.ofMinutes(3)));
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.health().getDetails()).containsEntry("ageSeconds", 27L * 3600)
                .containsEntry("lastSuccessfulNightly", "2026-12-04T05:00:00Z")
                .containsEntry("maxAgeSeconds", 26L * 3600);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
