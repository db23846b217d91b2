package se.bilaga1.ingest;

import java.util.List;

/** Where one source's facts go: written in the chunk's transaction, removable per file. */
public interface FactSink {

    void write(List<RowOutcome.Loaded> loaded);

    /** Removes every fact the file contributed (a file that failed mid-way leaves nothing behind). */
    void deleteFacts(long sourceFileId);
}
