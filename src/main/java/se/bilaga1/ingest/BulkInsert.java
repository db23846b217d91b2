package se.bilaga1.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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
            copy(table, columns, rows);
        } else {
            jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + "?,".repeat(columns.size() - 1) + "?)", rows);
        }
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.execute((Connection c) -> c.isWrapperFor(PGConnection.class)));
        }
        return postgres;
    }

    /**
     * Streams the rows to the server in pieces of about {@link #PIECE} characters while the rest are still being
     * formatted: the server parses and stores one piece while this thread writes the next, instead of each waiting
     * for the other (measured: the step waited for endCopy most of its time with one piece per chunk).
     */
    private void copy(String table, List<String> columns, List<Object[]> rows) {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                StringBuilder piece = new StringBuilder(PIECE + 1024);
                for (Object[] row : rows) {
                    appendRow(piece, row);
                    if (piece.length() >= PIECE) {
                        send(copy, piece);
                    }
                }
                send(copy, piece);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("COPY into " + table, sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static final int PIECE = 1 << 16;

    private static void send(CopyIn copy, StringBuilder piece) throws SQLException {
        if (piece.length() > 0) {
            byte[] data = piece.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(data, 0, data.length);
            piece.setLength(0);
        }
    }

    /** COPY's text format: tab between values, a line per row, {@code \N} for null, backslash escapes. */
    static String copyText(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        rows.forEach(row -> appendRow(text, row));
        return text.toString();
    }

    private static void appendRow(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            appendValue(text, row[i]);
        }
        text.append('\n');
    }

    private static void appendValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Number && !(value instanceof BigDecimal)) {
            text.append(value);
        } else {
            String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    /** For the tests: whether this database gets COPY. */
    boolean usesCopy() {
        return isPostgres();
    }
}
