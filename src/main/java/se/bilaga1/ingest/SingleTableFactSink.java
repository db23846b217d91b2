package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A source whose facts go to one table: each fact's values are written between its provenance, the source file
 * first and the sheet and row last, so the table's insert lists {@code source_file_id, …, sheet_name, row_no}.
 */
public abstract class SingleTableFactSink<T> implements FactSink {

    private final JdbcTemplate jdbc;
    private final String source;
    private final Class<T> type;
    private final String table;
    private final List<String> insertColumns;
    private final BulkInsert bulk;

    protected SingleTableFactSink(JdbcTemplate jdbc, BulkInsert bulk, String source, Class<T> type, String table,
            String... columns) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.source = source;
        this.type = type;
        this.table = table;
        List<String> insert = new ArrayList<>();
        insert.add("source_file_id");
        insert.addAll(List.of(columns));
        insert.add("sheet_name");
        insert.add("row_no");
        this.insertColumns = List.copyOf(insert);
    }

    @Override
    public String source() {
        return source;
    }

    /** The keys over {@code columns} of the facts kept (see {@link FactSink#loadedKeys()}). */
    protected Set<String> keptKeys(String... columns) {
        return FactSink.keptKeys(jdbc, table, columns);
    }

    /** The fact's values, in the order of the columns given to the constructor. */
    protected abstract Object[] values(T fact);

    @Override
    public void write(List<RowOutcome.Loaded> loaded) {
        bulk.insert(table, insertColumns, rows -> {
            for (RowOutcome.Loaded row : loaded) {
                for (Object fact : row.facts()) {
                    rows.add(row.source().fileId());
                    for (Object value : values(type.cast(fact))) {
                        rows.add(value);
                    }
                    rows.add(row.source().sheetName()).add(row.source().rowNo()).end();
                }
            }
        });
    }

    @Override
    public void deleteFacts(long sourceFileId) {
        jdbc.update("DELETE FROM " + table + " WHERE source_file_id = ?", sourceFileId);
    }
}
