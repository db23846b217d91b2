package se.bilaga1.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's users, from configuration ({@code bilaga1.web.users}): a name, a bcrypt hash of the password
 * (make one with {@code java -jar bilaga1.jar hash-password}) and a role. There is no default user: with none
 * configured nobody can log in.
 */
@ConfigurationProperties("bilaga1.web")
public record ConsoleUsers(List<User> users) {

    public ConsoleUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * ANALYST may do everything; VIEWER may read and download only; METRICS is a scraper's: it may read
     * {@code /actuator/prometheus} (HTTP Basic) and nothing of the console.
     */
    public enum Role {
        ANALYST, VIEWER, METRICS
    }

    public record User(String name, String password, Role role) {
    }
}
