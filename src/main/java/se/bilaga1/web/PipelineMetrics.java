package se.bilaga1.web;

import java.util.List;

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
        return registry -> {
            for (String kind : List.of(NightlyJobConfiguration.JOB_NAME, RebuildJobConfiguration.JOB_NAME)) {
                Gauge.builder("bilaga1.run.last.success", state, s -> s.lastCompleted(kind)
                                .map(r -> r.ended().getEpochSecond()).orElse(0L).doubleValue())
                        .description("When the last completed run of this kind ended (Unix seconds; 0: never)")
                        .baseUnit("seconds").tag("kind", kind).register(registry);
                Gauge.builder("bilaga1.run.last.duration", state, s -> s.lastCompleted(kind)
                                .map(r -> r.took().toMillis() / 1000.0).orElse(Double.NaN))
                        .description("How long the last completed run of this kind took")
                        .baseUnit("seconds").tag("kind", kind).register(registry);
            }
            for (String source : SOURCES) {
                for (String status : List.of("LOADED", "REJECTED", "RETIRED")) {
                    Gauge.builder("bilaga1.files", state, s -> s.filesPerSourceAndStatus()
                                    .getOrDefault(source + "|" + status, 0L).doubleValue())
                            .description("Files in the warehouse per source and status")
                            .tags(Tags.of("source", source, "status", status)).register(registry);
                }
                if (!DisclosureBoundary.sourceCountsPeople(source)) {
                    Gauge.builder("bilaga1.rows.loaded", state, s -> s.rowsOf(source)[0])
                            .description("Rows loaded from the source's files in use").tag("source", source)
                            .register(registry);
                    Gauge.builder("bilaga1.rows.quarantined", state, s -> s.rowsOf(source)[1])
                            .description("Rows quarantined in the source's files in use").tag("source", source)
                            .register(registry);
                }
            }
        };
    }

    @Bean
    MeterFilter noBatchItemCounts() {
        return MeterFilter.deny(id -> id.getName().startsWith("spring.batch.item")
                || id.getName().startsWith("spring.batch.chunk"));
    }
}
