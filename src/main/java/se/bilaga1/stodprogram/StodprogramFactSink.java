package se.bilaga1.stodprogram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.BulkInsert;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.RowOutcome;

/** Writes the programmes' counts and funds with their provenance. */
@Component
class StodprogramFactSink implements FactSink {

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    StodprogramFactSink(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public String source() {
        return StodprogramLayoutDetector.SOURCE;
    }

    /** Keys as {@link StodprogramLayout} checks them: program|år|kategori, and program|år|medel for the funds. */
    @Override
    public Set<String> loadedKeys() {
        Set<String> keys = new HashSet<>(FactSink.keptKeys(jdbc, "stodprogram_antal", "t.program", "t.ar", "t.kategori"));
        keys.addAll(FactSink.keptKeys(jdbc, "stodprogram_medel", "t.program", "t.ar", "'medel'"));
        return keys;
    }

    @Override
    public void write(List<RowOutcome.Loaded> loaded) {
        List<Object[]> antal = new ArrayList<>();
        List<Object[]> medel = new ArrayList<>();
        for (RowOutcome.Loaded row : loaded) {
            for (Object fact : row.facts()) {
                if (fact instanceof StodprogramLayout.Antal a) {
                    antal.add(new Object[] {row.source().fileId(), a.program(), a.ar(), a.kategori(), a.antal(),
                            row.source().sheetName(), row.source().rowNo()});
                } else if (fact instanceof StodprogramLayout.Medel m) {
                    medel.add(new Object[] {row.source().fileId(), m.program(), m.ar(), m.medelKr(), row.source().sheetName(),
                            row.source().rowNo()});
                }
            }
        }
        bulk.insert("stodprogram_antal", List.of("source_file_id", "program", "ar", "kategori", "antal", "sheet_name",
                "row_no"), antal);
        bulk.insert("stodprogram_medel", List.of("source_file_id", "program", "ar", "medel_kr", "sheet_name", "row_no"),
                medel);
    }

    @Override
    public void deleteFacts(long sourceFileId) {
        jdbc.update("DELETE FROM stodprogram_antal WHERE source_file_id = ?", sourceFileId);
        jdbc.update("DELETE FROM stodprogram_medel WHERE source_file_id = ?", sourceFileId);
    }
}
