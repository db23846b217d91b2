package se.bilaga1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded H2 warehouse is never open with an empty password. A run holds it with {@code AUTO_SERVER}, so that a
 * second process ({@code ./jobs/status}, a second run to be refused) can reach it: H2 then answers on a TCP port,
 * which this binds to loopback ({@code h2.bindAddress}), and the database's password is a random secret kept beside
 * it, {@code .h2-password} in the data folder, readable by its owner only, made on first use. A warehouse made
 * before (with the empty password) gets the secret the first time. PostgreSQL, or a password configured, is left
 * alone.
 */
public class H2Secret implements EnvironmentPostProcessor, Ordered {

    static final String FILE = ".h2-password";
    private static final String PREFIX = "jdbc:h2:file:";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 2; // after DataFolder
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith(PREFIX)) {
            return;
        }
        String configured = environment.getProperty("spring.datasource.password");
        if (configured != null && !configured.isEmpty()) {
            return;
        }
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        String secret = secret(url, user);
        environment.getPropertySources().addFirst(new MapPropertySource("bilaga1-h2-secret",
                Map.of("spring.datasource.password", secret)));
    }

    /** The database's secret: read from beside it, or made (and given to a database made before it) on first use. */
    static String secret(String url, String user) {
        Path database = Path.of(url.substring(PREFIX.length()).split(";")[0]);
        Path file = database.resolveSibling(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip(); // another process made it first
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system
            }
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
            Path existing = database.resolveSibling(database.getFileName() + ".mv.db");
            if (Files.exists(existing)) {
                try {
                    setPassword(url, user, secret);
                } catch (RuntimeException e) {
                    Files.deleteIfExists(file); // the database keeps the password it had: try again next time
                    throw e;
                }
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the H2 database's password in " + file, e);
        }
    }

    /** A warehouse made with the empty password gets the secret. */
    private static void setPassword(String url, String user, String secret) {
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, "");
                PreparedStatement s = c.prepareStatement("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT)
                        + "\" SET PASSWORD ?")) {
            s.setString(1, secret);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("the H2 database at " + url + " has a password, but not the one in " + FILE
                    + " beside it: " + e.getMessage(), e);
        }
    }
}
