package se.bilaga1.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.config.MeterFilter;
import se.bilaga1.jobs.NightlyJobConfiguration;
import se.bilaga1.jobs.PipelineState;
import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.jobs.RebuildJobConfiguration;

/**
 * The pipeline's metrics for Prometheus ({@code /actuator/prometheus}, METRICS users only), read from the warehouse
 * at each scrape: per kind of run when it last completed and how long it took; files per source and status; rows
 * loaded and quarantined per source, except for the sources about people, whose counts below national level are
 * protected (a night's rows of one coordinator file are one region's cases). Spring Batch's own job and step timers
 * come with it; its item and chunk meters are left out, since their counts are rows read per step and night.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PipelineMetrics {

    static final List<String> SOURCES = List.of("bra", "kommunenkat", "migrationsverket", "regionkoordinatorer",
            "stodprogram", "korrigeringar");

    @Bean
    MeterBinder pipelineMeters(PipelineState state) {
        Reading reading = new Reading(state);
        return registry -> {
            for (String kind : List.of(NightlyJobConfiguration.JOB_NAME, RebuildJobConfiguration.JOB_NAME)) {
                Gauge.builder("bilaga1.run.last.success", reading, r -> r.now().lastRun(kind)
                                .map(run -> run.ended().getEpochSecond()).orElse(0L).doubleValue())
                        .description("When the last completed run of this kind ended (Unix seconds; 0: never)")
                        .baseUnit("seconds").tag("kind", kind).register(registry);
                Gauge.builder("bilaga1.run.last.duration", reading, r -> r.now().lastRun(kind)
                                .map(run -> run.took().toMillis() / 1000.0).orElse(Double.NaN))
                        .description("How long the last completed run of this kind took")
                        .baseUnit("seconds").tag("kind", kind).register(registry);
            }
            for (String source : SOURCES) {
                for (String status : List.of("LOADED", "REJECTED", "RETIRED")) {
                    Gauge.builder("bilaga1.files", reading, r -> r.now().files()
                                    .getOrDefault(source + "|" + status, 0L).doubleValue())
                            .description("Files in the warehouse per source and status")
                            .tags(Tags.of("source", source, "status", status)).register(registry);
                }
                if (!DisclosureBoundary.sourceCountsPeople(source)) {
                    Gauge.builder("bilaga1.rows.loaded", reading, r -> r.now().rows().get(source)[0])
                            .description("Rows loaded from the source's files in use").tag("source", source)
                            .register(registry);
                    Gauge.builder("bilaga1.rows.quarantined", reading, r -> r.now().rows().get(source)[1])
                            .description("Rows quarantined in the source's files in use").tag("source", source)
                            .register(registry);
                }
            }
        };
    }

    /** One reading of the warehouse serves every gauge of a scrape: read again when over a few seconds old. */
    static final class Reading {

        record Figures(Map<String, Optional<PipelineState.LastRun>> runs, Map<String, Long> files,
                Map<String, long[]> rows, long at) {

            Optional<PipelineState.LastRun> lastRun(String kind) {
                return runs.get(kind);
            }
        }

        private final PipelineState state;
        private Figures figures;

        Reading(PipelineState state) {
            this.state = state;
        }

        synchronized Figures now() {
            long at = System.nanoTime();
            if (figures == null || at - figures.at() > 5_000_000_000L) {
                Map<String, Optional<PipelineState.LastRun>> runs = new HashMap<>();
                for (String kind : List.of(NightlyJobConfiguration.JOB_NAME, RebuildJobConfiguration.JOB_NAME)) {
                    runs.put(kind, state.lastCompleted(kind));
                }
                Map<String, long[]> rows = new HashMap<>();
                for (String source : SOURCES) {
                    if (!DisclosureBoundary.sourceCountsPeople(source)) {
                        rows.put(source, state.rowsOf(source));
                    }
                }
                figures = new Figures(runs, state.filesPerSourceAndStatus(), rows, at);
            }
            return figures;
        }
    }

    @Bean
    MeterFilter noBatchItemCounts() {
        return MeterFilter.deny(id -> id.getName().startsWith("spring.batch.item")
                || id.getName().startsWith("spring.batch.chunk"));
    }
}
