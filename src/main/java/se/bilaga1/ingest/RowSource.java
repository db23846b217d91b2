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
     * Opens the file as the kind its bytes say it is. For xlsx, the first sheet whose folded name contains
     * one of {@code preferredSheetWords}, else the first sheet.
     */
    static RowSource open(Path file, FileKind kind, List<String> preferredSheetWords) throws IOException {
        return switch (kind) {
            case XLSX -> XlsxRowSource.open(file, preferredSheetWords);
            case CSV -> CsvRowSource.open(file, CsvDialect.detect(file));
            case XLS -> throw new IOException("an old Excel 97-2003 (.xls) workbook: save it as .xlsx or .csv");
        };
    }
}
