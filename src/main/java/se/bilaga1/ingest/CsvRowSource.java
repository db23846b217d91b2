package se.bilaga1.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/** Streams a CSV delivery (RFC 4180 quoting, {@link CsvReader}) in its detected encoding and separator. */
final class CsvRowSource implements RowSource {

    private final CsvDialect dialect;
    private final CsvReader reader;
    private SheetRow next;

    private CsvRowSource(CsvDialect dialect, CsvReader reader) {
        this.dialect = dialect;
        this.reader = reader;
    }

    static CsvRowSource open(Path file, CsvDialect dialect) throws IOException {
        return new CsvRowSource(dialect, new CsvReader(dialect.openReader(file), dialect.delimiter(),
                dialect.replacementIsDefect(), dialect.encodingName()));
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
    public String remark() {
        // a byte-order mark says UTF-8 and the bytes say otherwise: read as they say, and the analyst told so
        return dialect.utf8MarkOnWindows1252()
                ? "VARNING: a UTF-8 byte-order mark before Windows-1252 text: read as Windows-1252" : null;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                SheetRow row = reader.next();
                if (row == null) {
                    return false;
                }
                if (!row.isBlank()) {
                    next = row;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        reader.close();
    }
}
