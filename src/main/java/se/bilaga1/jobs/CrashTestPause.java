package se.bilaga1.jobs;

import org.springframework.stereotype.Component;

import se.bilaga1.support.Bilaga1Properties;

/**
 * A hook of the crash tests, off unless configured: {@code bilaga1.crash-test.pause-at=STEP:N} stops the run after
 * chunk N of STEP (N = 0: before the step starts), prints {@code CRASH-TEST PAUSE} and waits to be killed, or, with
 * {@code bilaga1.crash-test.pause-seconds=S}, goes on after S seconds (the fault tests break the database meanwhile).
 * The tests start the jar with it in a child process; nothing else sets it.
 */
@Component
class CrashTestPause {

    private final String pauseAt;
    private final long pauseMillis;

    CrashTestPause(Bilaga1Properties properties) {
        this.pauseAt = properties.crashTest().pauseAt();
        this.pauseMillis = properties.crashTest().pauseSeconds() * 1000;
    }

    /** Pauses here when configured to: after {@code chunk} chunks of {@code step}. */
    void at(String step, long chunk) {
        if (pauseAt.isEmpty() || !pauseAt.equals(step + ":" + chunk)) {
            return;
        }
        System.out.println("CRASH-TEST PAUSE at " + pauseAt);
        System.out.flush();
        long until = pauseMillis > 0 ? System.currentTimeMillis() + pauseMillis : Long.MAX_VALUE;
        while (System.currentTimeMillis() < until) {
            try {
                Thread.sleep(Math.min(60_000, Math.max(1, until - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
