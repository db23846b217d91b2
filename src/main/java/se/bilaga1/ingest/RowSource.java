package se.bilaga1.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The non-blank rows of one delivered file, streamed: memory does not grow with the file. Blank rows are
 * skipped and not counted as read.
 */
public interface RowSource extends Iterator<SheetRow>, Closeable {

    /** The sheet read, or null for a CSV file. */
    String sheetName();

    /** A description of the encoding and separator (CSV) or null. */
    default String encoding() {
        return null;
    }

    /**
     * Something about the file the analyst should know although it loads (sheets not read, an odd encoding), for the
     * file's message; null when there is nothing to say.
     */
    default String remark() {
        return null;
    }

    /**
     * Opens the file as the kind its bytes say it is. For xlsx, the first sheet whose folded name contains
     * one of {@code preferredSheetWords}, else the first sheet (for .xls the same), once {@link ZipGuard} has found the zip sound. A kind
     * that is not read (a password-protected workbook), an unsound zip and text whose bytes contradict its
     * byte-order mark are rejected.
     */
    static RowSource open(Path file, FileKind kind, List<String> preferredSheetWords)
            throws IOException, FileRejectedException {
        if (kind.rejection() != null) {
            throw new FileRejectedException(kind.rejection());
        }
        if (kind == FileKind.XLSX) {
            ZipGuard.check(file);
            return XlsxRowSource.open(file, preferredSheetWords);
        }
        if (kind == FileKind.XLS) {
            return XlsRowSource.open(file, preferredSheetWords);
        }
        CsvDialect dialect = CsvDialect.detect(file);
        if (dialect.refusal() != null) {
            throw new FileRejectedException(dialect.refusal());
        }
        return CsvRowSource.open(file, dialect);
    }
}
