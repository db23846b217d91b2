package se.bilaga1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded warehouse is never open with an empty password: the app makes a secret beside it (owner-only), a
 * warehouse made before gets it, the empty password is refused, and the server a run opens for a second process
 * answers on loopback only.
 */
class H2SecretIT {

    @TempDir
    Path data;

    private StandardEnvironment environment(String url) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", java.util.Map.of("spring.datasource.url", url,
                "spring.datasource.username", "sa")));
        return env;
    }

    @Test
    void aNewWarehouseGetsASecretOnlyItsOwnerReads() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("bilaga1") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        StandardEnvironment env = environment(url);
        new H2Secret().postProcessEnvironment(env, new SpringApplication());
        String secret = env.getProperty("spring.datasource.password");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
        Path file = data.resolve(H2Secret.FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(System.getProperty("h2.bindAddress")).isEqualTo("127.0.0.1");

        try (Connection c = DriverManager.getConnection(url, "sa", secret)) {
            c.createStatement().execute("CREATE TABLE t (x INTEGER)");
            // while this process holds it, the server for a second process answers on loopback only
            Properties lock = new Properties();
            try (var in = Files.newInputStream(data.resolve("bilaga1.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).matches("(localhost|127\\.0\\.0\\.1):\\d+");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", port)) {
                assertThat(loopback.isConnected()).isTrue();
            }
            // from any other address of this machine, nothing answers on that port
            for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (var address : java.util.Collections.list(nic.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                        assertThatThrownBy(() -> new java.net.Socket(address, port).close()).as(address.toString())
                                .isInstanceOf(java.net.ConnectException.class);
                    }
                }
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Wrong user name or password");
        }
        // the next start reads the same secret
        StandardEnvironment again = environment(url);
        new H2Secret().postProcessEnvironment(again, new SpringApplication());
        assertThat(again.getProperty("spring.datasource.password")).isEqualTo(secret);
    }

    @Test
    void aWarehouseMadeWithTheEmptyPasswordGetsTheSecret() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("bilaga1");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (x INTEGER)");
        }
        StandardEnvironment env = environment(url);
        new H2Secret().postProcessEnvironment(env, new SpringApplication());
        String secret = env.getProperty("spring.datasource.password");
        try (Connection c = DriverManager.getConnection(url, "sa", secret)) {
            assertThat(c.createStatement().executeQuery("SELECT COUNT(*) FROM t").next()).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .hasMessageContaining("Wrong user name or password");
    }

    @Test
    void postgresAndAConfiguredPasswordAreLeftAlone() {
        StandardEnvironment pg = environment("jdbc:postgresql://127.0.0.1:5432/test");
        new H2Secret().postProcessEnvironment(pg, new SpringApplication());
        assertThat(pg.getProperty("spring.datasource.password")).isNull();
        assertThat(data.resolve(H2Secret.FILE)).doesNotExist();
    }
}
