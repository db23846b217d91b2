package se.bilaga1.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The floors of issue 9: what the fastest bare readers and loaders on the JVM do with the same files, each timed
 * from inside the JVM (start-up not counted, as the pipeline's step times do not count it). Each floor runs twice
 * in its JVM, the first pass cold (class loading, JIT), the second warm: the floor is the warm pass, the fastest
 * the bare code goes. One line on stdout: {@code FLOOR <mode> <rows> <warm millis> <sum> <cold millis>}.
 *
 * <pre>
 * Floors xlsx-read [--sum] FILE...      fastexcel-reader, first sheet; rows after the header row
 * Floors csv-read  [--sum] [--charset C] FILE...   BufferedReader.readLine + String.split(";")
 * Floors xls-read  [--sum] FILE...      POI's HSSF event model (HSSFEventFactory), first sheet; rows after the header
 * Floors pg-copy   [--sum] --url JDBC [--user U] [--password P] FILE...   COPY FROM STDIN (pgJDBC CopyManager)
 * Floors h2-batch  [--sum] --dir DIR [--batch N] FILE...   H2 file database, JDBC batches
 * Floors sql       --url JDBC [--user U] [--password P] STATEMENT   (a helper: create or drop a schema)
 * </pre>
 *
 * The read floors sum the last column ({@code --sum}; numbers, spaces as thousands separators, blank = 0) or else
 * count its non-blank cells. The load floors first read the rows into memory (not timed), type each column
 * ({@code bigint} if every non-blank value is a whole number, else {@code varchar}), create a scratch table (not
 * timed) and time only the load and its commit; the warm pass loads into a new table. A file ending in {@code .xlsx} is read with fastexcel-reader,
 * anything else as a {@code ;}-CSV in UTF-8 or, with {@code --charset}, another encoding.
 */
public final class Floors {

    private Floors() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Floors xlsx-read|xls-read|csv-read|pg-copy|h2-batch|sql [options] FILE...");
            System.exit(2);
        }
        String mode = args[0];
        List<String> files = new ArrayList<>();
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--sum" -> opts.put("sum", "true");
                case "--charset", "--url", "--user", "--password", "--dir", "--batch" -> opts.put(args[i].substring(2), args[++i]);
                default -> files.add(args[i]);
            }
        }
        boolean sum = opts.containsKey("sum");
        Charset charset = Charset.forName(opts.getOrDefault("charset", "UTF-8"));
        long[] result;
        long coldMillis;
        long warmMillis;
        switch (mode) {
            case "xlsx-read", "xls-read", "csv-read" -> {
                long start = System.nanoTime();
                result = read(mode, files, charset, sum);
                coldMillis = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                long[] again = read(mode, files, charset, sum);
                warmMillis = (System.nanoTime() - start) / 1_000_000;
                check(result, again);
            }
            case "pg-copy" -> {
                Table t = Table.load(files, charset);
                try (Connection c = DriverManager.getConnection(opts.get("url"), opts.getOrDefault("user", "postgres"),
                        opts.getOrDefault("password", ""))) {
                    c.setAutoCommit(false);
                    long[] millis = new long[2];
                    for (int pass = 0; pass < 2; pass++) {
                        t.create(c, "bigint", "varchar");
                        c.commit();
                        long start = System.nanoTime();
                        t.copy(c);
                        c.commit();
                        millis[pass] = (System.nanoTime() - start) / 1_000_000;
                    }
                    coldMillis = millis[0];
                    warmMillis = millis[1];
                }
                result = new long[] {t.rows.size(), sum ? t.sumLast() : t.countLast()};
            }
            case "h2-batch" -> {
                Table t = Table.load(files, charset);
                int batch = Integer.parseInt(opts.getOrDefault("batch", "1000"));
                Path dir = Path.of(opts.get("dir")).toAbsolutePath();
                Files.createDirectories(dir);
                try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("floor"), "sa", "")) {
                    c.setAutoCommit(false);
                    long[] millis = new long[2];
                    for (int pass = 0; pass < 2; pass++) {
                        t.create(c, "bigint", "varchar");
                        c.commit();
                        long start = System.nanoTime();
                        t.insert(c, batch);
                        c.commit();
                        millis[pass] = (System.nanoTime() - start) / 1_000_000;
                    }
                    coldMillis = millis[0];
                    warmMillis = millis[1];
                }
                result = new long[] {t.rows.size(), sum ? t.sumLast() : t.countLast()};
            }
            case "sql" -> {
                try (Connection c = DriverManager.getConnection(opts.get("url"), opts.getOrDefault("user", "postgres"),
                        opts.getOrDefault("password", "")); Statement s = c.createStatement()) {
                    s.execute(String.join(" ", files));
                }
                return;
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        System.out.println("FLOOR " + mode + " " + result[0] + " " + warmMillis + " " + result[1] + " " + coldMillis);
    }

    private static long[] read(String mode, List<String> files, Charset charset, boolean sum) throws IOException {
        long[] total = new long[2];
        for (String f : files) {
            long[] r = switch (mode) {
                case "xlsx-read" -> readXlsx(Path.of(f), sum);
                case "xls-read" -> readXls(Path.of(f), sum);
                default -> readCsv(Path.of(f), charset, sum);
            };
            total[0] += r[0];
            total[1] += r[1];
        }
        return total;
    }

    private static void check(long[] first, long[] second) {
        if (first[0] != second[0] || first[1] != second[1]) {
            throw new IllegalStateException("two passes disagree");
        }
    }

    // ------------------------------------------------------------------ read floors

    /** Walks a workbook's data rows as cell texts. */
    private interface RowWalk {
        void forEach(Path file, Consumer<String[]> sink) throws IOException;
    }

    /** {rows, sum or count of the last column}. */
    static long[] readXlsx(Path file, boolean sum) throws IOException {
        return readRows(Floors::forEachXlsxRow, file, sum);
    }

    /** {rows, sum or count of the last column}. */
    static long[] readXls(Path file, boolean sum) throws IOException {
        return readRows(Floors::forEachXlsRow, file, sum);
    }

    private static long[] readRows(RowWalk walk, Path file, boolean sum) throws IOException {
        long[] acc = new long[2];
        walk.forEach(file, values -> {
            acc[0]++;
            String last = values[values.length - 1];
            acc[1] += sum ? parseLong(last) : last.isEmpty() ? 0 : 1;
        });
        return acc;
    }

    /** {rows, sum or count of the last column}. */
    static long[] readCsv(Path file, Charset charset, boolean sum) throws IOException {
        long rows = 0;
        long acc = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16)) {
            String header = r.readLine();
            int last = header.split(";", -1).length - 1;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(";", -1);
                rows++;
                acc += sum ? parseLong(f[last]) : f[last].isEmpty() ? 0 : 1;
            }
        }
        return new long[] {rows, acc};
    }

    /**
     * Every data row of the first sheet as its cell texts, as wide as the header: the header is the first row with
     * at least three cells (title rows above it skipped), blank rows after it skipped.
     */
    static void forEachXlsxRow(Path file, Consumer<String[]> sink) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = wb.getFirstSheet();
            int width = -1;
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (width < 0) {
                        if (row.getPhysicalCellCount() >= 3) {
                            width = row.getCellCount();
                        }
                        continue;
                    }
                    if (row.getPhysicalCellCount() == 0) {
                        continue;
                    }
                    String[] values = new String[width];
                    for (int i = 0; i < width; i++) {
                        Cell c = i < row.getCellCount() ? row.getCell(i) : null;
                        values[i] = c == null ? "" : c.getText();
                    }
                    sink.accept(values);
                }
            }
        }
    }

    /**
     * Every data row of an .xls's first sheet as its cell texts, as {@link #forEachXlsxRow} gives them, read by POI's
     * HSSF event model (records pushed one at a time, shared strings held, no workbook in memory): the bare floor of
     * what the pipeline's record-by-record reader does.
     */
    static void forEachXlsRow(Path file, Consumer<String[]> sink) throws IOException {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            XlsRows rows = new XlsRows(sink);
            org.apache.poi.hssf.eventusermodel.HSSFRequest request = new org.apache.poi.hssf.eventusermodel.HSSFRequest();
            request.addListenerForAllRecords(rows);
            new org.apache.poi.hssf.eventusermodel.HSSFEventFactory().processWorkbookEvents(request, fs);
            rows.flush();
        }
    }

    /** Collects the first sheet's cells row by row from HSSF's records. */
    private static final class XlsRows implements org.apache.poi.hssf.eventusermodel.HSSFListener {
        private final Consumer<String[]> sink;
        private org.apache.poi.hssf.record.SSTRecord strings;
        private int sheets;
        private int row = -1;
        private int width = -1;
        private final List<String> cells = new ArrayList<>();

        XlsRows(Consumer<String[]> sink) {
            this.sink = sink;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record r) {
            if (r instanceof org.apache.poi.hssf.record.BOFRecord bof && bof.getType() == org.apache.poi.hssf.record.BOFRecord.TYPE_WORKSHEET) {
                sheets++;
            } else if (r instanceof org.apache.poi.hssf.record.SSTRecord sst) {
                strings = sst;
            } else if (sheets == 1 && r instanceof org.apache.poi.hssf.record.LabelSSTRecord label) {
                cell(label.getRow(), label.getColumn(), strings.getString(label.getSSTIndex()).getString());
            } else if (sheets == 1 && r instanceof org.apache.poi.hssf.record.NumberRecord number) {
                double v = number.getValue();
                cell(number.getRow(), number.getColumn(), v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
            }
        }

        private void cell(int rowNo, int column, String text) {
            if (rowNo != row) {
                flush();
                row = rowNo;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text);
        }

        void flush() {
            if (cells.isEmpty()) {
                return;
            }
            if (width < 0) {
                if (cells.size() >= 3) {
                    width = cells.size(); // the header
                }
            } else {
                String[] values = new String[width];
                for (int i = 0; i < width; i++) {
                    values[i] = i < cells.size() ? cells.get(i) : "";
                }
                sink.accept(values);
            }
            cells.clear();
        }
    }

    /** A whole number as written: digits with spaces between groups, or a numeric cell's {@code 12.0}; blank = 0. */
    static long parseLong(String s) {
        long v = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                v = v * 10 + (ch - '0');
                any = true;
            } else if (ch == '.') {
                break; // 12.0 from a numeric cell
            } else if (ch != ' ' && ch != '\u00a0' && ch != '\u2009') {
                throw new NumberFormatException(s);
            }
        }
        return any ? v : 0;
    }

    static boolean isWhole(String s) {
        if (s.isEmpty()) {
            return true;
        }
        try {
            parseLong(s);
            return s.indexOf('.') < 0 || s.endsWith(".0");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ load floors

    /** The rows of the given files in memory, typed per column: Long, String (deduplicated) or null. */
    static final class Table {
        final int width;
        final boolean[] numeric;
        final List<Object[]> rows;

        private Table(int width, boolean[] numeric, List<Object[]> rows) {
            this.width = width;
            this.numeric = numeric;
            this.rows = rows;
        }

        static Table load(List<String> files, Charset charset) throws IOException {
            List<String[]> raw = new ArrayList<>();
            for (String f : files) {
                Path p = Path.of(f);
                if (f.endsWith(".xlsx")) {
                    forEachXlsxRow(p, raw::add);
                } else if (f.endsWith(".xls")) {
                    forEachXlsRow(p, raw::add);
                } else {
                    try (BufferedReader r = Files.newBufferedReader(p, charset)) {
                        r.readLine();
                        for (String line; (line = r.readLine()) != null; ) {
                            if (!line.isEmpty()) {
                                raw.add(line.split(";", -1));
                            }
                        }
                    }
                }
            }
            int width = raw.isEmpty() ? 0 : raw.get(0).length;
            boolean[] numeric = new boolean[width];
            for (int c = 0; c < width; c++) {
                final int col = c;
                numeric[c] = raw.stream().allMatch(v -> isWhole(v[col]));
            }
            Map<String, String> dedup = new HashMap<>();
            List<Object[]> rows = new ArrayList<>(raw.size());
            for (String[] v : raw) {
                Object[] row = new Object[width];
                for (int c = 0; c < width; c++) {
                    row[c] = v[c].isEmpty() ? null : numeric[c] ? (Object) parseLong(v[c]) : dedup.computeIfAbsent(v[c], s -> s);
                }
                rows.add(row);
            }
            return new Table(width, numeric, rows);
        }

        long sumLast() {
            return rows.stream().mapToLong(r -> r[width - 1] instanceof Long l ? l : 0).sum();
        }

        long countLast() {
            return rows.stream().filter(r -> r[width - 1] != null).count();
        }

        void create(Connection c, String intType, String textType) throws SQLException {
            StringBuilder ddl = new StringBuilder("CREATE TABLE floor_rows (");
            for (int i = 0; i < width; i++) {
                ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(' ').append(numeric[i] ? intType : textType);
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS floor_rows");
                s.execute(ddl.append(')').toString());
            }
        }

        /** COPY floor_rows FROM STDIN in PostgreSQL's text format, written in 64 KiB pieces. */
        void copy(Connection c) throws SQLException {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY floor_rows FROM STDIN");
            try {
                StringBuilder sb = new StringBuilder(1 << 17);
                for (Object[] row : rows) {
                    for (int i = 0; i < width; i++) {
                        if (i > 0) {
                            sb.append('\t');
                        }
                        Object v = row[i];
                        if (v == null) {
                            sb.append("\\N");
                        } else if (v instanceof Long l) {
                            sb.append(l.longValue());
                        } else {
                            escape((String) v, sb);
                        }
                    }
                    sb.append('\n');
                    if (sb.length() >= 1 << 16) {
                        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        sb.setLength(0);
                    }
                }
                byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }

        private static void escape(String s, StringBuilder sb) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }

        /** INSERT … VALUES (?, …) in JDBC batches of {@code batch} rows. */
        void insert(Connection c, int batch) throws SQLException {
            String marks = "?, ".repeat(width);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO floor_rows VALUES (" + marks.substring(0,
                    marks.length() - 2) + ")")) {
                int n = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < width; i++) {
                        Object v = row[i];
                        if (v == null) {
                            ps.setNull(i + 1, numeric[i] ? Types.BIGINT : Types.VARCHAR);
                        } else if (v instanceof Long l) {
                            ps.setLong(i + 1, l);
                        } else {
                            ps.setString(i + 1, (String) v);
                        }
                    }
                    ps.addBatch();
                    if (++n % batch == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }
}
