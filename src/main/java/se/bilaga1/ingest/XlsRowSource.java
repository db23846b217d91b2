package se.bilaga1.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;

/**
 * Streams a sheet of an Excel 97-2003 workbook (.xls, BIFF8) record by record with POI's HSSF event model, never
 * HSSFWorkbook (which builds the whole workbook in memory). The records are pulled from
 * {@link RecordFactoryInputStream}, the stream HSSFEventFactory pushes from, so that one row is held at a time; the
 * cells come out as {@link XlsCells} says (cached formula values, dates as ISO dates).
 * Sheets are chosen as for xlsx: the first visible sheet whose name holds a preferred word, else the first visible one;
 * hidden sheets are named on the file's message. Limits: {@link #MAX_FILE_BYTES}, and the format's own 65,536 rows
 * and 256 columns: a record beyond them is a damaged file.
 */
final class XlsRowSource implements RowSource {

    /** Far above the largest .xls (65,536 rows of a few columns is some MB); a larger one is no workbook of ours. */
    static final long MAX_FILE_BYTES = 256L << 20;
    static final int MAX_ROWS = 65_536;
    static final int MAX_COLUMNS = 256;

    private final POIFSFileSystem fs;
    private final InputStream stream;
    private final RecordFactoryInputStream records;
    private final String sheetName;
    private final String remark;
    private final XlsCells cells;
    private int depth = 1; // inside the chosen sheet's substream
    private int currentRow = -1;
    private String[] row = new String[0];
    private int width;
    private boolean ended;
    private SheetRow next;

    private XlsRowSource(POIFSFileSystem fs, InputStream stream, RecordFactoryInputStream records, String sheetName,
            String remark, XlsCells cells) {
        this.fs = fs;
        this.stream = stream;
        this.records = records;
        this.sheetName = sheetName;
        this.remark = remark;
        this.cells = cells;
    }

    static XlsRowSource open(Path file, List<String> preferredSheetWords) throws IOException, FileRejectedException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new FileRejectedException("an .xls of " + size + " bytes, more than the " + MAX_FILE_BYTES
                    + " an Excel 97-2003 workbook of 65,536 rows takes: expected the table as .xlsx, .xls or .csv");
        }
        POIFSFileSystem fs = null;
        InputStream stream = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")) {
                throw new FileRejectedException(fs.getRoot().hasEntryCaseInsensitive("Book")
                        ? "an Excel 5.0/95 workbook, older than Excel 97-2003, which is not read: expected .xlsx, .xls or .csv"
                        : "an OLE2 file holding no Excel workbook (another Office document?): expected .xlsx, .xls or .csv");
            }
            stream = fs.createDocumentInputStream(fs.getRoot().getEntryCaseInsensitive("Workbook").getName());
            RecordFactoryInputStream records = new RecordFactoryInputStream(stream, false);
            XlsCells cells = new XlsCells();
            FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(r -> { }, java.util.Locale.ROOT);
            List<BoundSheetRecord> sheets = globals(records, formats, cells);
            SheetChoice chosen = SheetChoice.of(sheets, BoundSheetRecord::getSheetname,
                    s -> s.isHidden() || s.isVeryHidden(), preferredSheetWords);
            skipToSheet(records, chosen.index());
            cells.formats(formats);
            return new XlsRowSource(fs, stream, records, sheets.get(chosen.index()).getSheetname(), chosen.remark(), cells);
        } catch (EncryptedDocumentException e) {
            close(stream, fs);
            throw new FileRejectedException("a password-protected (encrypted) workbook, which cannot be read without its"
                    + " password: expected the workbook saved without a password, as .xlsx, .xls or .csv");
        } catch (OldExcelFormatException e) {
            close(stream, fs);
            throw new FileRejectedException("an Excel workbook older than Excel 97-2003, which is not read: expected"
                    + " .xlsx, .xls or .csv");
        } catch (FileRejectedException e) {
            close(stream, fs);
            throw e;
        } catch (IOException | RuntimeException e) {
            close(stream, fs); // a truncated or damaged container, or records that break the format
            throw corrupt(e);
        }
    }

    /** The workbook's globals, up to their EOF: sheets, shared strings, formats, date system. */
    private static List<BoundSheetRecord> globals(RecordFactoryInputStream records, FormatTrackingHSSFListener formats,
            XlsCells cells) throws FileRejectedException {
        Record first = records.nextRecord();
        if (!(first instanceof BOFRecord bof) || bof.getType() != BOFRecord.TYPE_WORKBOOK) {
            throw new FileRejectedException("an .xls that does not begin as a workbook: damaged, not read; expected a"
                    + " workbook saved again by Excel, as .xlsx, .xls or .csv");
        }
        List<BoundSheetRecord> sheets = new ArrayList<>();
        for (Record r = records.nextRecord(); r != null && r.getSid() != EOFRecord.sid; r = records.nextRecord()) {
            formats.processRecordInternally(r);
            if (r instanceof BoundSheetRecord sheet) {
                sheets.add(sheet);
            } else if (r instanceof SSTRecord sst) {
                cells.strings(sst);
            } else if (r instanceof DateWindow1904Record window) {
                cells.date1904(window.getWindowing() == 1);
            }
        }
        if (sheets.isEmpty()) {
            throw new FileRejectedException("the workbook has no sheet");
        }
        return sheets;
    }

    /** Past the substreams of the sheets before the chosen one (each BOF to its EOF, charts nested inside). */
    private static void skipToSheet(RecordFactoryInputStream records, int index) throws FileRejectedException {
        int seen = -1;
        int depth = 0;
        for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
            if (r instanceof BOFRecord) {
                if (depth == 0 && ++seen == index) {
                    return;
                }
                depth++;
            } else if (r.getSid() == EOFRecord.sid) {
                depth--;
            }
        }
        throw corrupt(new RecordFormatException("it ends before its sheet " + (index + 1) + ": truncated"));
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public String remark() {
        return remark;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && !ended) {
                Record r = records.nextRecord();
                if (r == null) {
                    throw new RecordFormatException("the sheet ends without its end record: the file is truncated");
                }
                step(r);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(corrupt(e).getMessage(), e);
        }
        return next != null;
    }

    private void step(Record r) {
        if (r instanceof BOFRecord) {
            depth++; // a chart or other object inside the sheet: its records are no cells of the sheet
            return;
        }
        if (r.getSid() == EOFRecord.sid) {
            if (--depth == 0) {
                ended = true;
                flush();
            }
            return;
        }
        if (depth != 1) {
            return;
        }
        for (XlsCells.Cell cell : cells.of(r)) {
            if (cell.row() < 0 || cell.row() >= MAX_ROWS || cell.column() < 0 || cell.column() >= MAX_COLUMNS) {
                throw new RecordFormatException("a cell at row " + (cell.row() + 1) + ", column " + (cell.column() + 1)
                        + ", outside the 65,536 rows and 256 columns of the format");
            }
            if (cell.row() != currentRow) {
                flush();
                currentRow = cell.row();
            }
            put(cell.column(), cell.text());
        }
    }

    private void put(int column, String text) {
        if (column >= row.length) {
            row = Arrays.copyOf(row, Math.max(column + 1, row.length * 2));
        }
        row[column] = text;
        width = Math.max(width, column + 1);
    }

    /** The row gathered so far, when it holds anything, becomes the next row. */
    private void flush() {
        if (currentRow < 0 || width == 0) {
            return;
        }
        List<String> values = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            values.add(row[i] == null ? "" : row[i]);
        }
        Arrays.fill(row, 0, width, null);
        width = 0;
        SheetRow candidate = new SheetRow(currentRow + 1, values);
        if (!candidate.isBlank()) {
            next = candidate;
        }
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow out = next;
        next = null;
        return out;
    }

    private static FileRejectedException corrupt(Exception e) {
        return new FileRejectedException("a damaged .xls (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()) + "): not read; expected the workbook saved again by Excel, as .xlsx, .xls or .csv");
    }

    private static void close(InputStream stream, POIFSFileSystem fs) {
        try {
            if (stream != null) {
                stream.close();
            }
            if (fs != null) {
                fs.close();
            }
        } catch (IOException ignored) {
            // closing after a failure: the failure is what is reported
        }
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            fs.close();
        }
    }
}
