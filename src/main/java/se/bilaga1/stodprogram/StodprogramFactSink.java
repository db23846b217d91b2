package se.bilaga1.stodprogram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.RowOutcome;

/** Writes the programmes' counts and funds with their provenance. */
@Component
public class StodprogramFactSink implements FactSink {

    private final JdbcTemplate jdbc;

    public StodprogramFactSink(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        if (!antal.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO stodprogram_antal (source_file_id, program, ar, kategori, antal, sheet_name, row_no)"
                    + " VALUES (?,?,?,?,?,?,?)", antal);
        }
        if (!medel.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO stodprogram_medel (source_file_id, program, ar, medel_kr, sheet_name, row_no)"
                    + " VALUES (?,?,?,?,?,?)", medel);
        }
    }

    @Override
    public void deleteFacts(long sourceFileId) {
        jdbc.update("DELETE FROM stodprogram_antal WHERE source_file_id = ?", sourceFileId);
        jdbc.update("DELETE FROM stodprogram_medel WHERE source_file_id = ?", sourceFileId);
    }
}
