package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import se.bilaga1.testsupport.PostgresDatabase;

class BulkInsertIT {

    private static final List<String> COLUMNS = List.of("id", "n", "s", "b", "d", "x");

    private static final String CREATE = """
            CREATE TABLE bulk_scratch (
                id BIGINT NOT NULL,
                n INTEGER,
                s VARCHAR(200),
                b BOOLEAN,
                d DATE,
                x DECIMAL(14, 3)
            )""";

    // ---- COPY's text format ------------------------------------------------------------------------------------

    @Test
    void copyTextSeparatesValuesByTabAndRowsByNewline() {
        assertThat(CopyText.of(List.of(new Object[] {"a", "b"}, new Object[] {"c", "d"})))
                .isEqualTo("a\tb\nc\td\n");
    }

    @Test
    void copyTextWritesNullAsBackslashN() {
        assertThat(CopyText.of(rows(row(null, "x", null)))).isEqualTo("\\N\tx\t\\N\n");
    }

    @Test
    void copyTextEscapesTabNewlineCarriageReturnAndBackslash() {
        assertThat(CopyText.of(rows(row("a\tb", "c\nd", "e\rf", "g\\h"))))
                .isEqualTo("a\\tb\tc\\nd\te\\rf\tg\\\\h\n");
    }

    @Test
    void copyTextKeepsALiteralBackslashNApartFromNull() {
        assertThat(CopyText.of(rows(row("\\N", null)))).isEqualTo("\\\\N\t\\N\n");
    }

    @Test
    void copyTextWritesAnEmptyStringAsNothing() {
        assertThat(CopyText.of(rows(row("", "x", "")))).isEqualTo("\tx\t\n");
    }

    @Test
    void copyTextWritesNumbers() {
        assertThat(CopyText.of(rows(row(12345678901L, -7, 0, new BigDecimal("12.50"),
                new BigDecimal("1E+3"), new BigDecimal("-0.000001"), new BigDecimal("1.2E-7")))))
                .isEqualTo("12345678901\t-7\t0\t12.50\t1000\t-0.000001\t0.00000012\n");
    }

    @Test
    void copyTextWritesBooleansAndDates() {
        assertThat(CopyText.of(rows(row(true, false, Date.valueOf("2024-02-29"), Date.valueOf("1999-01-05")))))
                .isEqualTo("true\tfalse\t2024-02-29\t1999-01-05\n");
    }

    @Test
    void copyTextLeavesSwedishCharactersAlone() {
        assertThat(CopyText.of(rows(row("Västra Götaland", "Åre", "Örebro län, ÅÄÖ åäö é"))))
                .isEqualTo("Västra Götaland\tÅre\tÖrebro län, ÅÄÖ åäö é\n");
    }

    @Test
    void copyTextEncodesWhatStringGetBytesWould() {
        // a pair of surrogates is one character of four bytes; a lone one cannot be encoded and becomes '?'
        assertThat(CopyText.of(rows(row("\uD83D\uDE00 ok", "a\uD800b", "\u20AC", Long.MIN_VALUE, Integer.MIN_VALUE))))
                .isEqualTo("\uD83D\uDE00 ok\ta?b\t\u20AC\t-9223372036854775808\t-2147483648\n");
    }

    @Test
    void copyTextOfNoRowsIsEmpty() {
        assertThat(CopyText.of(List.of())).isEmpty();
    }

    // ---- H2: JDBC batches --------------------------------------------------------------------------------------

    @Test
    void onH2RowsComeBackAsWritten() {
        JdbcTemplate jdbc = h2Scratch();
        BulkInsert bulk = new BulkInsert(jdbc);

        assertThat(bulk.usesCopy()).isFalse();
        roundTrip(jdbc, bulk);
    }

    @Test
    void onH2ARolledBackTransactionLeavesNoRow() {
        JdbcTemplate jdbc = h2Scratch();
        rollbackThenCommit(jdbc.getDataSource(), jdbc, new BulkInsert(jdbc));
    }

    @Test
    void onH2RowsMadeOneAtATimeAreInsertedAsAList() {
        JdbcTemplate jdbc = h2Scratch();
        madeWhileSent(jdbc.getDataSource(), jdbc, new BulkInsert(jdbc));
    }

    // ---- PostgreSQL: COPY --------------------------------------------------------------------------------------

    @Test
    void onPostgresRowsComeBackAsWrittenAndCopyJoinsTheTransaction() {
        String schema = PostgresDatabase.requireSchema("BulkInsert on PostgreSQL");
        try {
            DataSource dataSource = new DriverManagerDataSource(PostgresDatabase.url(schema), PostgresDatabase.USER, "");
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute(CREATE);
            BulkInsert bulk = new BulkInsert(jdbc);

            assertThat(bulk.usesCopy()).isTrue();
            roundTrip(jdbc, bulk);

            jdbc.execute("TRUNCATE bulk_scratch");
            rollbackThenCommit(dataSource, jdbc, bulk);

            jdbc.execute("TRUNCATE bulk_scratch");
            madeWhileSent(dataSource, jdbc, bulk);
        } finally {
            PostgresDatabase.dropSchema(schema);
        }
    }

    /**
     * Rows made one at a time go to the server in pieces while the rest are made: many pieces arrive whole and in
     * order; a row the server refuses after several pieces fails the insert with the database's message and leaves the
     * connection usable, and the transaction rolled back keeps none of the rows sent before it.
     */
    private static void madeWhileSent(DataSource dataSource, JdbcTemplate jdbc, BulkInsert bulk) {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        int rows = 20_000; // some 40 bytes a row: a dozen pieces of 64 KB
        tx.executeWithoutResult(status -> bulk.insert("bulk_scratch", COLUMNS, out -> {
            for (int i = 1; i <= rows; i++) {
                // whole numbers as primitives, the way the detail rows are written; the rest as objects
                out.add(i).add(i % 1000).add("rad " + i + " i Örebro").add(i % 2 == 0).add(null).add(null).end();
            }
        }));
        assertThat(count(jdbc)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT SUM(id) FROM bulk_scratch", Long.class))
                .isEqualTo((long) rows * (rows + 1) / 2);
        assertThat(jdbc.queryForObject("SELECT s FROM bulk_scratch WHERE id = 12345", String.class))
                .isEqualTo("rad 12345 i Örebro");
        assertThat(jdbc.queryForObject("SELECT n FROM bulk_scratch WHERE id = 12345", Integer.class)).isEqualTo(345);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_scratch WHERE b AND x IS NULL", Integer.class))
                .isEqualTo(rows / 2);

        tx.executeWithoutResult(status -> bulk.insert("bulk_scratch", COLUMNS, out -> {
        })); // no rows made: nothing sent, nothing fails
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> bulk.insert("bulk_scratch", COLUMNS,
                out -> out.add(1).add(2).end())))
                .as("a row short of the columns is the sink's mistake on either database")
                .hasMessage("a row of 2 values for 6 columns");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> bulk.insert("bulk_scratch", COLUMNS,
                out -> {
                    out.add(1).add(2).add("s").add(true).add(null).add(null).end();
                    out.add(3);
                })))
                .as("nor a last row left unended")
                .hasMessage("a row of 1 values for 6 columns");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> bulk.insert("bulk_scratch", COLUMNS,
                out -> {
                    for (int i = 1; i <= rows; i++) {
                        String s = i == 15_000 ? "x".repeat(201) : "fyller på"; // VARCHAR(200)
                        out.row(row((long) rows + i, 0, s, null, null, null));
                    }
                })))
                .isInstanceOf(org.springframework.dao.DataAccessException.class)
                .hasStackTraceContaining("200");
        assertThat(count(jdbc)).as("nothing of the failed insert stays").isEqualTo(rows);
        tx.executeWithoutResult(status -> bulk.insert("bulk_scratch", COLUMNS,
                List.<Object[]>of(row(0L, 0, "efteråt", null, null, null))));
        assertThat(count(jdbc)).as("the connection works after the failure").isEqualTo(rows + 1);
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    /** A scratch row; {@code x} is compared by value, so 1000 and 1000.000 are the same. */
    private record Scratch(Long id, Integer n, String s, Boolean b, LocalDate d, BigDecimal x) {

        Object[] values() {
            return new Object[] {id, n, s, b, d == null ? null : Date.valueOf(d), x};
        }

        boolean sameAs(Scratch o) {
            return id.equals(o.id) && Objects.equals(n, o.n) && Objects.equals(s, o.s)
                    && Objects.equals(b, o.b) && Objects.equals(d, o.d)
                    && (x == null ? o.x == null : o.x != null && x.compareTo(o.x) == 0);
        }
    }

    private static List<Scratch> awkwardRows() {
        return List.of(
                new Scratch(1L, 1, "plain", true, LocalDate.of(2024, 2, 29), new BigDecimal("12.5")),
                new Scratch(2L, -2, "tab\there", false, LocalDate.of(1999, 12, 31), new BigDecimal("1E+3")),
                new Scratch(3L, 0, "line\nbreak and\r\nwindows", null, null, null),
                new Scratch(4L, null, "back\\slash\\", true, LocalDate.of(2000, 1, 1), new BigDecimal("-0.001")),
                new Scratch(5L, 5, "\\N", false, LocalDate.of(2023, 6, 6), BigDecimal.ZERO),
                new Scratch(6L, 6, "", true, LocalDate.of(2023, 6, 7), new BigDecimal("99999999999.999")),
                new Scratch(7L, 7, null, null, null, null),
                new Scratch(8L, Integer.MAX_VALUE, "Åre, Västra Götaland, Örebro: åäö ÅÄÖ", true,
                        LocalDate.of(2021, 1, 1), new BigDecimal("0.1")),
                new Scratch(9L, 9, "\\t is not a tab, \\\\ two backslashes", null, LocalDate.of(2020, 2, 2),
                        new BigDecimal("3")),
                new Scratch(Long.MAX_VALUE, Integer.MIN_VALUE, "\\.", false, LocalDate.of(1970, 1, 1),
                        new BigDecimal("-12345678901.5")));
    }

    private static void roundTrip(JdbcTemplate jdbc, BulkInsert bulk) {
        List<Scratch> written = awkwardRows();
        bulk.insert("bulk_scratch", COLUMNS, written.stream().map(Scratch::values).toList());
        bulk.insert("bulk_scratch", COLUMNS, List.of()); // nothing, and no failure

        List<Scratch> read = readBack(jdbc);
        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            assertThat(read.get(i)).as("row %d", i).matches(written.get(i)::sameAs, "same as " + written.get(i));
        }
        // the awkward strings in particular, exactly
        assertThat(read).extracting(Scratch::s).containsExactlyElementsOf(
                written.stream().map(Scratch::s).toList());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_scratch WHERE s IS NULL", Integer.class))
                .as("only the row written with null has a null string").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT LENGTH(s) FROM bulk_scratch WHERE id = 5", Integer.class))
                .as("\\N stays a two-character string").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT s FROM bulk_scratch WHERE id = 6", String.class))
                .as("the empty string stays empty").isNotNull().isEmpty();
        assertThat(jdbc.queryForObject("SELECT x FROM bulk_scratch WHERE id = 2", BigDecimal.class))
                .isEqualByComparingTo("1000");
    }

    /** Inserted in a transaction rolled back: no row; in one committed: the rows. */
    private static void rollbackThenCommit(DataSource dataSource, JdbcTemplate jdbc, BulkInsert bulk) {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        List<Object[]> rows = awkwardRows().stream().map(Scratch::values).toList();

        Integer seenInside = tx.execute(status -> {
            bulk.insert("bulk_scratch", COLUMNS, rows);
            status.setRollbackOnly();
            return count(jdbc);
        });
        assertThat(seenInside).as("rows seen inside the transaction").isEqualTo(rows.size());
        assertThat(count(jdbc)).as("rows after rollback").isZero();

        tx.executeWithoutResult(status -> bulk.insert("bulk_scratch", COLUMNS, rows));
        assertThat(count(jdbc)).as("rows after commit").isEqualTo(rows.size());
        assertThat(readBack(jdbc)).extracting(Scratch::s)
                .containsExactlyElementsOf(awkwardRows().stream().map(Scratch::s).toList());
    }

    private static int count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM bulk_scratch", Integer.class);
    }

    private static List<Scratch> readBack(JdbcTemplate jdbc) {
        return jdbc.query("SELECT id, n, s, b, d, x FROM bulk_scratch ORDER BY id", BulkInsertIT::scratch);
    }

    private static Scratch scratch(ResultSet rs, int rowNum) throws SQLException {
        return new Scratch(rs.getObject("id", Long.class), rs.getObject("n", Integer.class), rs.getString("s"),
                rs.getObject("b", Boolean.class), rs.getObject("d", LocalDate.class), rs.getBigDecimal("x"));
    }

    /** A fresh in-memory H2 database holding the scratch table. */
    private static JdbcTemplate h2Scratch() {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:bulkinsert_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "sa", ""));
        jdbc.execute(CREATE);
        return jdbc;
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(Arrays.asList(rows));
    }
}
