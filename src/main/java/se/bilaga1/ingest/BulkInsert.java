package se.bilaga1.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
            copy(table, columns, rows::forEach);
        } else {
            batch(table, columns, rows);
        }
    }

    /**
     * Inserts the rows {@code rows} hands to the consumer it is given, as it makes them: on PostgreSQL the server
     * stores the first rows while the rest are still being made, instead of waiting for the whole list. Nothing else
     * may use the connection meanwhile (the COPY holds it): {@code rows} only makes rows.
     */
    public void insert(String table, List<String> columns, Consumer<Consumer<Object[]>> rows) {
        if (isPostgres()) {
            copy(table, columns, rows);
            return;
        }
        List<Object[]> made = new ArrayList<>();
        rows.accept(made::add);
        if (!made.isEmpty()) {
            batch(table, columns, made);
        }
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
    private void copy(String table, List<String> columns, Consumer<Consumer<Object[]>> rows) {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyStream stream = new CopyStream(connection, sql);
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
    private static final class CopyStream implements Consumer<Object[]> {
        private final Connection connection;
        private final String sql;
        private final CopyText piece = new CopyText(PIECE + 1024);
        private CopyIn copy;

        CopyStream(Connection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        @Override
        public void accept(Object[] row) {
            piece.row(row);
            if (piece.length >= PIECE) {
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
            if (copy != null || piece.length > 0) {
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

    /** COPY's text format: tab between values, a line per row, {@code \N} for null, backslash escapes. */
    static String copyText(List<Object[]> rows) {
        CopyText text = new CopyText(rows.size() * 64 + 16);
        rows.forEach(text::row);
        return new String(text.bytes, 0, text.length, StandardCharsets.UTF_8);
    }

    /**
     * Rows in COPY's text format, encoded to UTF-8 straight into a byte array: whole numbers written digit by digit,
     * text char by char, with no string made per value nor a second copy of the piece to encode it (the load step's
     * thread writes every detail row through here).
     */
    private static final class CopyText {
        private byte[] bytes;
        private int length;

        CopyText(int capacity) {
            bytes = new byte[capacity];
        }

        void row(Object[] row) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    put((byte) '\t');
                }
                value(row[i]);
            }
            put((byte) '\n');
        }

        void sendTo(CopyIn copy) throws SQLException {
            if (length > 0) {
                copy.writeToCopy(bytes, 0, length);
                length = 0;
            }
        }

        private void value(Object value) {
            if (value == null) {
                put((byte) '\\');
                put((byte) 'N');
            } else if (value instanceof Long l) {
                number(l);
            } else if (value instanceof Integer n) {
                number(n);
            } else if (value instanceof BigDecimal d) {
                text(d.toPlainString());
            } else {
                text(value.toString());
            }
        }

        private void number(long v) {
            if (v == Long.MIN_VALUE) {
                text(Long.toString(v));
                return;
            }
            if (v < 0) {
                put((byte) '-');
                v = -v;
            }
            room(20);
            int start = length;
            do {
                bytes[length++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            for (int i = start, j = length - 1; i < j; i++, j--) {
                byte t = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = t;
            }
        }

        private void text(String s) {
            room(s.length() * 3 + 2);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '\\' -> escaped('\\');
                        case '\t' -> escaped('t');
                        case '\n' -> escaped('n');
                        case '\r' -> escaped('r');
                        default -> bytes[length++] = (byte) c;
                    }
                } else if (c < 0x800) {
                    bytes[length++] = (byte) (0xC0 | c >> 6);
                    bytes[length++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    room(4);
                    bytes[length++] = (byte) (0xF0 | cp >> 18);
                    bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    bytes[length++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    bytes[length++] = (byte) '?'; // a lone surrogate, as String.getBytes writes it
                } else {
                    bytes[length++] = (byte) (0xE0 | c >> 12);
                    bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[length++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }

        private void escaped(char c) {
            room(2);
            bytes[length++] = (byte) '\\';
            bytes[length++] = (byte) c;
        }

        private void put(byte b) {
            room(1);
            bytes[length++] = b;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** Whether this database gets COPY (PostgreSQL), or JDBC batches. */
    public boolean usesCopy() {
        return isPostgres();
    }
}
