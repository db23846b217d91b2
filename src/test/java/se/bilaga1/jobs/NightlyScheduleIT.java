package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.springframework.test.context.ActiveProfiles;

import se.bilaga1.Bilaga1Application;

/**
 * The nightly schedule reads its cron expression and time zone from configuration (default 02:00
 * Europe/Stockholm), is on in {@code serve} only, and logs a refused run instead of throwing it.
 */
class NightlyScheduleIT {

    /** The tasks the app registered with its scheduler. */
    static List<ScheduledTask> scheduledTasks(ApplicationContext context) {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream()).toList();
    }

    /** The registered nightly task: the one cron task, running {@link NightlySchedule#run()}. */
    static CronTask nightlyTask(ApplicationContext context) {
        List<ScheduledTask> tasks = scheduledTasks(context);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).getTask()).isInstanceOf(CronTask.class);
        assertThat(tasks.get(0).toString()).contains(NightlySchedule.class.getName() + ".run");
        return (CronTask) tasks.get(0).getTask();
    }

    /** When the registered trigger fires first after {@code now}; the clock is in UTC, so the zone is the trigger's. */
    static Instant firstFiringAfter(CronTask task, String now) {
        return ((CronTrigger) task.getTrigger())
                .nextExecution(new SimpleTriggerContext(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)));
    }

    @Nested
    @SpringBootTest(properties = "bilaga1.output=target/nightly-schedule-test")
    @ActiveProfiles(Bilaga1Application.SERVE)
    @ExtendWith(OutputCaptureExtension.class)
    class InServeByDefault {

        @Autowired
        ApplicationContext context;

        @Autowired
        NightlySchedule schedule;

        @Autowired
        RunLock lock;

        @Test
        void firesAtTwoInTheNightStockholmTimeWinterAndSummer() {
            CronTask task = nightlyTask(context);

            assertThat(task.getExpression()).isEqualTo("0 0 2 * * *");
            // CET (UTC+1) in January, CEST (UTC+2) in July: 02:00 in Stockholm either way
            assertThat(firstFiringAfter(task, "2025-01-15T12:00:00Z")).isEqualTo("2025-01-16T01:00:00Z");
            assertThat(firstFiringAfter(task, "2025-07-15T12:00:00Z")).isEqualTo("2025-07-16T00:00:00Z");
        }

        @Test
        void aRunRefusedBecauseAnotherIsUnderWayIsLoggedNotThrown(CapturedOutput output) {
            try (RunLock.Held held = lock.acquire("rebuild 2024")) {
                schedule.run();
            }

            assertThat(output).contains("Scheduled nightly run refused: another run is under way: rebuild 2024");
        }
    }

    @Nested
    @SpringBootTest(properties = { "bilaga1.output=target/nightly-schedule-test", "bilaga1.nightly.cron=0 30 4 * * MON-FRI",
            "bilaga1.nightly.zone=America/New_York" })
    @ActiveProfiles(Bilaga1Application.SERVE)
    class InServeAsConfigured {

        @Autowired
        ApplicationContext context;

        @Test
        void firesWhenAndWhereConfigured() {
            CronTask task = nightlyTask(context);

            assertThat(task.getExpression()).isEqualTo("0 30 4 * * MON-FRI");
            // Friday noon UTC: next is Monday 04:30 in New York (EST, UTC-5)
            assertThat(firstFiringAfter(task, "2025-01-17T12:00:00Z")).isEqualTo("2025-01-20T09:30:00Z");
        }
    }

    @Nested
    @SpringBootTest
    class OnTheCommandLine {

        @Autowired
        ApplicationContext context;

        @Test
        void nothingIsScheduled() {
            assertThat(context.getBeansOfType(NightlySchedule.class)).isEmpty();
            assertThat(scheduledTasks(context)).isEmpty();
        }
    }
}
