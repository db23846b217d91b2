package se.bilaga1.ingest;

import java.util.List;

/** A layout read by column name (a long layout): its header's columns, and the extra ones it ignores. */
public abstract class ColumnLayout implements FileLayout {

    protected final HeaderMatch header;

    protected ColumnLayout(HeaderMatch header) {
        this.header = header;
    }

    @Override
    public List<String> ignoredColumns() {
        return header.ignored();
    }
}
