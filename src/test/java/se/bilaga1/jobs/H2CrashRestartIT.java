package se.bilaga1.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import se.bilaga1.testsupport.H2Warehouse;

/** The crash and restart scenarios on the embedded H2 warehouse: a file under each scenario's own data folder. */
class H2CrashRestartIT extends CrashRestartContract {

    @Override
    String unavailableReason() {
        return null;
    }

    @Override
    Warehouse newWarehouse(Path dir) {
        Path data = dir.resolve("data").toAbsolutePath();
        return new Warehouse() {

            @Override
            public List<String> args() {
                return List.of("--bilaga1.data=" + data);
            }

            @Override
            public Map<String, String> env() {
                return Map.of();
            }

            @Override
            public Connection connect() throws SQLException {
                // the processes have ended: this JVM opens the file (and would serve it, were one still running)
                return DriverManager.getConnection(H2Warehouse.url(data), "sa", H2Warehouse.password(data));
            }

            @Override
            public void drop() {
                // the data folder goes with the test's temporary folder
            }
        };
    }
}
