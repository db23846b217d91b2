package se.bilaga1.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams a CSV delivery (RFC 4180 quoting) in its detected encoding and separator. */
final class CsvRowSource implements RowSource {

    private final CsvDialect dialect;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private SheetRow next;

    private CsvRowSource(CsvDialect dialect, CSVParser parser) {
        this.dialect = dialect;
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvRowSource open(Path file, CsvDialect dialect) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false) // keeps record numbers equal to line numbers
                .setTrim(false)
                .get();
        return new CsvRowSource(dialect, CSVParser.parse(dialect.open(file), format));
    }

    @Override
    public String sheetName() {
        return null;
    }

    @Override
    public String encoding() {
        return dialect.describe();
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && records.hasNext()) {
                CSVRecord record = records.next();
                // values(), not the record's iterator: that builds a stream and a list per record (measured)
                SheetRow row = new SheetRow((int) record.getRecordNumber(), Arrays.asList(record.values()));
                if (!row.isBlank()) {
                    next = row;
                }
            }
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("the CSV file cannot be parsed: " + e.getCause().getMessage(), e);
        }
        return next != null;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = next;
        next = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
