package se.bilaga1.jobs;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import se.bilaga1.support.Bilaga1Properties;

/**
 * The nightly run on a schedule inside the long-running app ({@code serve}, which turns
 * {@code bilaga1.nightly.schedule} on): the same run as {@code ./jobs/nightly}, at {@code bilaga1.nightly.cron} in
 * {@code bilaga1.nightly.zone} (default 02:00 Europe/Stockholm). The run report goes to the log. A run refused
 * because another is under way, or one that fails, is logged and the schedule goes on: nothing is thrown out of
 * the scheduler's thread, and the app stays healthy (its health check says the app and its database are up; the
 * runs' outcomes are in the log and in {@code ./jobs/status}).
 */
@Component
@ConditionalOnBooleanProperty("bilaga1.nightly.schedule")
public class NightlySchedule {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final NightlyCommand nightly;
    private final String cron;
    private final ZoneId zone;

    public NightlySchedule(NightlyCommand nightly, Bilaga1Properties properties) {
        this.nightly = nightly;
        this.cron = properties.nightly().cron();
        this.zone = properties.nightly().zone();
    }

    /** Scheduling is on only where this class is: in {@code serve}, never for a command-line run. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("bilaga1.nightly.schedule")
    @EnableScheduling
    static class Enable {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        log.info("Nightly schedule on: cron '{}' in {}; next run {}", cron, zone, nextRun());
    }

    private String nextRun() {
        ZonedDateTime next = next(ZonedDateTime.now(zone));
        return next == null ? "never" : WHEN.format(next);
    }

    /** When the schedule fires next after {@code after}, in its zone. */
    ZonedDateTime next(ZonedDateTime after) {
        return CronExpression.parse(cron).next(after.withZoneSameInstant(zone));
    }

    @Scheduled(cron = "${bilaga1.nightly.cron}", zone = "${bilaga1.nightly.zone}")
    public void run() {
        try {
            JobRunner.Run run = nightly.nightly();
            String report = nightly.report(run).stripTrailing();
            if (run.execution().getStatus() == BatchStatus.COMPLETED) {
                log.info("Scheduled nightly run completed; next run {}\n{}", nextRun(), report);
            } else {
                log.error("Scheduled nightly run {}: the next run restarts it; next run {}\n{}",
                        run.execution().getStatus(), nextRun(), report);
            }
        } catch (RunLock.BusyException e) {
            log.warn("Scheduled nightly run refused: {} Next run {}", e.getMessage(), nextRun());
        } catch (Exception e) {
            log.error("Scheduled nightly run could not run: {}; next run {}", e.getMessage(), nextRun(), e);
        }
    }
}
