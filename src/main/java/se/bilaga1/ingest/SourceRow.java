package se.bilaga1.ingest;

/** The item of every load step: one row of one file, with the layout that knows how to read it. */
public record SourceRow(LoadingFile file, Phase phase, SheetRow row) {

    /** Where the row stands in its file. */
    public enum Phase {
        /** A title row before the header. */
        TITLE,
        /** The header row. */
        HEADER,
        /** A row below the header: data or a footnote. */
        BODY
    }

    /** A file being loaded: its registry entry, the sheet read and the detected layout. */
    public record LoadingFile(RegisteredFile file, String sheetName, FileLayout layout) {
    }

    public long fileId() {
        return file.file().id();
    }

    public String sheetName() {
        return file.sheetName();
    }

    public int rowNo() {
        return row.rowNo();
    }
}
