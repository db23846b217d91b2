package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's first rows until one is a header the source recognises; the rows before it are title rows.
 * A file with no such row among its first {@value #MAX_TITLE_ROWS} is rejected, saying what was expected.
 */
public final class HeaderScan {

    public static final int MAX_TITLE_ROWS = 30;

    /** Tells whether a row is the header of a layout the source knows. */
    public interface Recogniser {
        /**
         * @param titles the rows read before this one
         * @return the layout whose header {@code row} is, or null when it is not a header
         * @throws FileRejectedException when the row is a header that cannot be used (a required column missing)
         */
        FileLayout recognise(SheetRow row, List<SheetRow> titles) throws FileRejectedException;
    }

    private HeaderScan() {
    }

    /** @param expected what a header looks like, for the rejection message */
    public static LayoutDetector.Detection scan(RegisteredFile file, RowSource rows, Recogniser recogniser, String expected)
            throws FileRejectedException {
        List<SheetRow> titles = new ArrayList<>();
        while (rows.hasNext() && titles.size() < MAX_TITLE_ROWS) {
            SheetRow row = rows.next();
            FileLayout layout = recogniser.recognise(row, titles);
            if (layout != null) {
                return new LayoutDetector.Detection(layout, titles, row);
            }
            titles.add(row);
        }
        throw new FileRejectedException(file.fileName() + ": no header found in the first " + MAX_TITLE_ROWS + " rows. Expected "
                + expected + ".");
    }
}
