package se.bilaga1.web;

import java.nio.file.Path;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A console test's folders under {@code output} and its users, each {@code name:ROLE:password} (bcrypt, cost 12: the least the console accepts). */
final class ConsoleTestUsers {

    private ConsoleTestUsers() {
    }

    static void register(DynamicPropertyRegistry registry, Path output, String... users) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
        registry.add("bilaga1.data", () -> output.resolve("data").toString());
        registry.add("bilaga1.output", () -> output.resolve("output").toString());
        registry.add("bilaga1.input", () -> Path.of("input").toAbsolutePath().toString());
        // the tests' logins all come from one address: their wrong passwords must not lock each other out
        // (ConsoleHardeningIT tests the lockout with the default)
        registry.add("bilaga1.security.max-failures", () -> "1000");
        for (int i = 0; i < users.length; i++) {
            String[] user = users[i].split(":", 3);
            String key = "bilaga1.web.users[" + i + "].";
            registry.add(key + "name", () -> user[0]);
            registry.add(key + "role", () -> user[1]);
            registry.add(key + "password", () -> bcrypt.encode(user[2]));
        }
    }
}
