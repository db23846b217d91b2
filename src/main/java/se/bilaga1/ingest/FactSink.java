package se.bilaga1.ingest;


import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** Where one source's facts go: written in the chunk's transaction, removable per file. */
public interface FactSink {

    /** The source folder whose facts this sink writes ({@code bra}, {@code regionkoordinatorer}, …). */
    String source();

    void write(List<RowOutcome.Loaded> loaded);

    /** Removes every fact the file contributed (a file that failed mid-way, was replaced or retired). */
    void deleteFacts(long sourceFileId);

    /**
     * The duplicate keys already in the warehouse when a load step starts, in the form the source's layout checks
     * them: a nightly run loads only new files and a restarted step resumes mid-way, and both must still catch a
     * record given twice. Empty for sources without such keys.
     */
    default Set<String> loadedKeys() {
        return Set.of();
    }

    /** The values of {@code columns} (SQL expressions) joined by '|', over the facts of the files kept. */
    static Set<String> keptKeys(JdbcTemplate jdbc, String table, String... columns) {
        Set<String> keys = new HashSet<>();
        jdbc.query("SELECT " + String.join(", ", columns) + " FROM " + table + " t JOIN source_file f ON f.id = t.source_file_id"
                + " WHERE " + SourceFileRegistry.FACTS_KEPT, rs -> {
                    StringBuilder key = new StringBuilder();
                    for (int i = 1; i <= columns.length; i++) {
                        key.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    keys.add(key.toString());
                });
        return keys;
    }
}
