package se.bilaga1.migrationsverket;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.RowOutcome;

/** Writes permits to the warehouse with their provenance. */
@Component
public class MigrationsverketFactSink implements FactSink {

    private final JdbcTemplate jdbc;

    public MigrationsverketFactSink(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(List<RowOutcome.Loaded> loaded) {
        List<Object[]> rows = new ArrayList<>();
        for (RowOutcome.Loaded row : loaded) {
            for (Object fact : row.facts()) {
                Permit p = (Permit) fact;
                rows.add(new Object[] {row.source().fileId(), Date.valueOf(p.beslutsdatum()), p.beslutsdatum().getYear(),
                        p.personLopnr(), p.tillstand().name(), p.forlangning(), p.kon().name(),
                        p.sokandePart() == null ? null : p.sokandePart().name(), p.viaRegionkoordinator(), p.polisregion(),
                        row.source().sheetName(), row.source().rowNo(), p.columnName()});
            }
        }
        jdbc.batchUpdate("INSERT INTO migrationsverket_permit (source_file_id, beslutsdatum, ar, person_lopnr, tillstand,"
                + " forlangning, kon, sokande_part, via_regionkoordinator, polisregion, sheet_name, row_no, column_name)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    @Override
    public void deleteFacts(long sourceFileId) {
        jdbc.update("DELETE FROM migrationsverket_permit WHERE source_file_id = ?", sourceFileId);
    }
}
