package se.bilaga1.kommunenkat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.RowOutcome;

/** Writes the survey answers, one row per municipality and year, with their provenance. */
@Component
public class KommunenkatFactSink implements FactSink {

    private final JdbcTemplate jdbc;

    public KommunenkatFactSink(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(List<RowOutcome.Loaded> loaded) {
        List<Object[]> rows = new ArrayList<>();
        for (RowOutcome.Loaded row : loaded) {
            for (Object fact : row.facts()) {
                KommunSvar s = (KommunSvar) fact;
                rows.add(new Object[] {row.source().fileId(), s.ar(), s.kommunkod(), s.besvarad(), name(s.styrdokumentPmh()),
                        name(s.styrdokumentBarn()), name(s.kunskapsstodPmh()), name(s.kunskapsstodBarn()),
                        row.source().sheetName(), row.source().rowNo()});
            }
        }
        jdbc.batchUpdate("INSERT INTO kommunenkat_svar (source_file_id, ar, kommunkod, besvarad, styrdokument_pmh,"
                + " styrdokument_barn, kunskapsstod_pmh, kunskapsstod_barn, sheet_name, row_no) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public void deleteFacts(long sourceFileId) {
        jdbc.update("DELETE FROM kommunenkat_svar WHERE source_file_id = ?", sourceFileId);
    }
}
