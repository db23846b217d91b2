package se.bilaga1.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Appends many rows to one table in the current transaction, as fast as the database takes them: PostgreSQL's
 * {@code COPY … FROM STDIN} (pgJDBC's CopyManager, about 4× JDBC batches measured by bench/run), JDBC batches
 * elsewhere (H2). Both join the chunk's transaction, so a rolled-back chunk leaves no row behind either way.
 */
@Component
public class BulkInsert {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    public BulkInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /** Inserts {@code rows}, each holding the values of {@code columns} in order (null for SQL NULL). */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (isPostgres()) {
            copy(table, columns, out -> rows.forEach(out::row));
        } else {
            batch(table, columns, rows);
        }
    }

    /**
     * One table's rows as a sink makes them: each row's values in the order of the insert's columns, then {@link
     * #end()}. A whole number given as a primitive goes to COPY's text without a box or an array per row (the
     * detail rows, millions a run, are written this way).
     */
    public interface Rows {
        /** The row's next value, a whole number. */
        Rows add(long value);

        /** The row's next value; null for SQL NULL. */
        Rows add(Object value);

        /** Ends the row: every column has its value. */
        void end();

        /** A whole row at once: {@code values} in the columns' order. */
        default void row(Object[] values) {
            for (Object value : values) {
                add(value);
            }
            end();
        }
    }

    /**
     * Inserts the rows {@code rows} makes as it makes them: on PostgreSQL the server stores the first rows while the
     * rest are still being made, instead of waiting for the whole list. Nothing else may use the connection meanwhile
     * (the COPY holds it): {@code rows} only makes rows.
     */
    public void insert(String table, List<String> columns, Consumer<Rows> rows) {
        if (isPostgres()) {
            copy(table, columns, rows);
            return;
        }
        Collected made = new Collected(columns.size());
        rows.accept(made);
        if (made.column != 0) {
            throw wrongWidth(made.column, columns.size()); // a last row never ended
        }
        if (!made.rows.isEmpty()) {
            batch(table, columns, made.rows);
        }
    }

    /** Rows gathered for a JDBC batch (H2). */
    private static final class Collected implements Rows {
        private final List<Object[]> rows = new ArrayList<>();
        private final int width;
        private Object[] row;
        private int column;

        Collected(int width) {
            this.width = width;
        }

        @Override
        public Rows add(long value) {
            return add((Object) value);
        }

        @Override
        public Rows add(Object value) {
            if (row == null) {
                row = new Object[width];
            }
            if (column == width) {
                throw wrongWidth(column + 1, width);
            }
            row[column++] = value;
            return this;
        }

        @Override
        public void end() {
            if (column != width) {
                throw wrongWidth(column, width);
            }
            rows.add(row);
            row = null;
            column = 0;
        }
    }

    /** A row made with more or fewer values than the insert has columns: the sink's mistake, on either database. */
    private static IllegalStateException wrongWidth(int values, int columns) {
        return new IllegalStateException("a row of " + values + " values for " + columns + " columns");
    }

    private void batch(String table, List<String> columns, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?,".repeat(columns.size() - 1) + "?)", rows);
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.execute((Connection c) -> c.isWrapperFor(PGConnection.class)));
        }
        return postgres;
    }

    /**
     * Streams the rows to the server in pieces of about {@link #PIECE} bytes while the rest are still being
     * made and formatted: the server parses and stores one piece while this thread makes the next, instead of each
     * waiting for the other (measured: the step waited for endCopy most of its time with one piece per chunk).
     */
    private void copy(String table, List<String> columns, Consumer<Rows> rows) {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyStream stream = new CopyStream(connection, sql, columns.size());
        try {
            try {
                rows.accept(stream);
                stream.finish();
            } finally {
                stream.cancelIfActive();
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("COPY into " + table, sql, e);
        } catch (CopyStream.Failed e) {
            throw jdbc.getExceptionTranslator().translate("COPY into " + table, sql, e.getCause());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One COPY, opened with its first full piece (a table with no rows in a chunk costs no round trip). */
    private static final class CopyStream implements Rows {
        private final Connection connection;
        private final String sql;
        private final CopyText piece = new CopyText(PIECE + 1024);
        private final int width;
        private int column;
        private CopyIn copy;

        CopyStream(Connection connection, String sql, int width) {
            this.connection = connection;
            this.sql = sql;
            this.width = width;
        }

        @Override
        public Rows add(long value) {
            piece.separate(column++);
            piece.number(value);
            return this;
        }

        @Override
        public Rows add(Object value) {
            piece.separate(column++);
            piece.value(value);
            return this;
        }

        @Override
        public void end() {
            if (column != width) {
                throw wrongWidth(column, width);
            }
            column = 0;
            piece.endRow();
            if (piece.length() >= PIECE) {
                try {
                    send();
                } catch (SQLException e) {
                    throw new Failed(e);
                }
            }
        }

        private void send() throws SQLException {
            if (copy == null) {
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            }
            piece.sendTo(copy);
        }

        void finish() throws SQLException {
            if (column != 0) {
                throw wrongWidth(column, width); // a last row never ended
            }
            if (copy != null || piece.length() > 0) {
                send();
                copy.endCopy();
            }
        }

        void cancelIfActive() throws SQLException {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        }

        /** A failed send while the rows are made, carried out of the consumer. */
        static final class Failed extends RuntimeException {
            Failed(SQLException cause) {
                super(cause);
            }

            @Override
            public synchronized SQLException getCause() {
                return (SQLException) super.getCause();
            }
        }
    }

    private static final int PIECE = 1 << 16;

    /** Whether this database gets COPY (PostgreSQL), or JDBC batches. */
    public boolean usesCopy() {
        return isPostgres();
    }
}
