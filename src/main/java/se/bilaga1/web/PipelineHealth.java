package se.bilaga1.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import se.bilaga1.jobs.NightlyJobConfiguration;
import se.bilaga1.jobs.PipelineState;
import se.bilaga1.support.Bilaga1Properties;

/**
 * The health component {@code pipeline}: OUT_OF_SERVICE when the last nightly run that completed is older than
 * {@code bilaga1.health.nightly-max-age} (default 26 hours: a night's run and some slack), counted from the app's
 * start while none has completed yet. It says the outputs are stale, not that the process is broken, so it stays out
 * of the liveness group (a restart would not help) and out of readiness (the console still answers).
 */
@Component("pipeline")
@ConditionalOnWebApplication
class PipelineHealth implements HealthIndicator {

    private final PipelineState state;
    private final Duration maxAge;
    private final Clock clock;
    private final Instant started;

    PipelineHealth(PipelineState state, Bilaga1Properties properties,
            ObjectProvider<Clock> clock) {
        this.state = state;
        this.maxAge = properties.health().nightlyMaxAge();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.started = this.clock.instant();
    }

    @Override
    public Health health() {
        var last = state.lastCompleted(NightlyJobConfiguration.JOB_NAME);
        Instant since = last.map(PipelineState.LastRun::ended).orElse(started);
        Duration age = Duration.between(since, clock.instant());
        Health.Builder health = age.compareTo(maxAge) > 0 ? Health.outOfService() : Health.up();
        return health.withDetail("lastSuccessfulNightly", last.map(r -> r.ended().toString()).orElse("none yet"))
                .withDetail("ageSeconds", age.toSeconds())
                .withDetail("maxAgeSeconds", maxAge.toSeconds())
                .build();
    }
}
