package se.bilaga1.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.bilaga1.Bilaga1Application;

/**
 * {@code serve}: the long-running app (docker-compose.yml, {@code ./jobs/serve}). {@link Bilaga1Application} starts
 * it with the {@code serve} profile, which turns the {@link NightlySchedule} on and is the only one that starts a
 * web server: for the health check, {@code /actuator/health} (the app and its database), on {@code server.port}.
 * It runs until stopped.
 */
@Component
@Profile(Bilaga1Application.SERVE)
public class ServeCommand {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @EventListener
    public void started(WebServerInitializedEvent event) {
        log.info("Bilaga 1 serving until stopped; health check at http://localhost:{}/actuator/health",
                event.getWebServer().getPort());
    }
}
