package se.bilaga1.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run at a time over one warehouse, whoever starts it (the schedule, the CLI, another process on another
 * machine sharing the PostgreSQL warehouse): a run holds the row of {@code run_lock} locked, on a connection of
 * its own, for as long as it runs. The lock lives in the database, so it goes with the connection: a process
 * killed with {@code kill -9} never leaves it held, and the next run can recover what the killed one left.
 */
@Component
public class RunLock {

    private static final String NAME = "warehouse";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public RunLock(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The lock, held until closed. */
    public final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try {
                jdbc.update("UPDATE run_lock_holder SET holder = NULL, job_name = NULL, since = NULL WHERE name = ?", NAME);
                connection.rollback();
            } catch (SQLException e) {
                // closing the connection below releases the lock all the same
            } finally {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the lock went with the connection
                }
            }
        }
    }

    /** Another run holds the lock: what it says about itself. */
    public record Busy(String holder, String jobName, LocalDateTime since) {

        public String message() {
            return "another run is under way" + (jobName == null ? "" : ": " + jobName)
                    + (holder == null ? "" : " by " + holder) + (since == null ? "" : ", started " + since.withNano(0))
                    + ". This one is refused; try again when it has finished (./jobs/status shows it).";
        }
    }

    /** Thrown when the lock is held by another run. */
    public static final class BusyException extends RuntimeException {

        private final transient Busy busy;

        BusyException(Busy busy) {
            super(busy.message());
            this.busy = busy;
        }

        public Busy busy() {
            return busy;
        }
    }

    /**
     * Takes the lock for {@code jobName} without waiting.
     *
     * @throws BusyException when another run holds it
     */
    public Held acquire(String jobName) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            boolean got;
            try (var st = connection.prepareStatement("SELECT name FROM run_lock WHERE name = ? FOR UPDATE SKIP LOCKED")) {
                st.setString(1, NAME);
                try (var rs = st.executeQuery()) {
                    got = rs.next();
                }
            }
            if (!got) {
                connection.rollback();
                connection.close();
                throw new BusyException(holder().orElse(new Busy(null, null, null)));
            }
            jdbc.update("UPDATE run_lock_holder SET holder = ?, job_name = ?, since = ? WHERE name = ?", whoAmI(), jobName,
                    Timestamp.valueOf(LocalDateTime.now()), NAME);
            return new Held(connection);
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // reported below
                }
            }
            throw new IllegalStateException("cannot take the run lock in the warehouse: " + e.getMessage(), e);
        }
    }

    /** The run under way, if any: the lock is tried and let go at once, without writing who tried. */
    public Optional<Busy> runUnderWay() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var st = connection.prepareStatement("SELECT name FROM run_lock WHERE name = ? FOR UPDATE SKIP LOCKED")) {
                st.setString(1, NAME);
                try (var rs = st.executeQuery()) {
                    boolean free = rs.next();
                    connection.rollback();
                    return free ? Optional.empty() : Optional.of(holder().orElse(new Busy(null, null, null)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look at the run lock in the warehouse: " + e.getMessage(), e);
        }
    }

    /** Who holds the lock, as the holder wrote it. */
    public Optional<Busy> holder() {
        return jdbc.query("SELECT holder, job_name, since FROM run_lock_holder WHERE name = ?", rs -> rs.next()
                ? Optional.of(new Busy(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toLocalDateTime()))
                : Optional.<Busy>empty(), NAME);
    }

    private static String whoAmI() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown host";
        }
        return "process " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + host;
    }
}
