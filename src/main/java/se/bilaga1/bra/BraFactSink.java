package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.BulkInsert;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.RowOutcome;

/** Writes Brå facts to the staging tables, with provenance (file, sheet, row, column) on every one. */
@Component
class BraFactSink implements FactSink {

    private static final List<String> PUBLISHED = List.of("source_file_id", "measure", "lagrum", "ar", "amount", "marker",
            "label", "sheet_name", "row_no", "column_name", "cell_ref");
    /** A detail row's sheet and count column are its file's: kept once per file and key, in the sums. */
    private static final List<String> DETAIL = List.of("source_file_id", "ar", "manad", "kommunkod", "lagrum", "antal",
            "row_no");
    private static final List<String> SURVEY = List.of("source_file_id", "ar", "kod", "kommunkod", "typ",
            "genomfort_kartlaggning", "identifierat", "sheet_name", "row_no");

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final DetailSums detailSums;

    BraFactSink(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.detailSums = new DetailSums(jdbc);
    }

    @Override
    public String source() {
        return BraLayoutDetector.SOURCE;
    }

    /** The crime-prevention survey's keys, år|kod, as {@link KartlaggningLayout} checks them. */
    @Override
    public Set<String> loadedKeys() {
        return FactSink.keptKeys(jdbc, "bra_kartlaggning", "t.ar", "t.kod");
    }

    @Override
    public void write(List<RowOutcome.Loaded> loaded) {
        List<Object[]> published = new ArrayList<>();
        List<Object[]> survey = new ArrayList<>();
        DetailSums.Gathered sums = new DetailSums.Gathered();
        // the detail rows go to the server as they are made; the few others wait until its COPY is done
        bulk.insert("bra_detail_count", DETAIL, detail -> {
            for (RowOutcome.Loaded row : loaded) {
                long fileId = row.source().fileId();
                String sheet = row.source().sheetName();
                int rowNo = row.source().rowNo();
                for (Object fact : row.facts()) {
                    if (fact instanceof BraFacts.DetailCount d) {
                        detail.add(fileId).add(d.ar()).add(d.manad()).add(d.kommunkod()).add(d.lagrum())
                                .add(d.antal()).add(rowNo).end();
                        sums.add(fileId, d.lagrum(), d.ar(), d.antal(), rowNo, sheet, d.columnName());
                    } else if (fact instanceof BraFacts.PublishedCount p) {
                        published.add(new Object[] {fileId, p.measure().name(), p.lagrum(), p.ar(), p.amount(),
                                p.marker(), truncate(p.label()), sheet, rowNo, p.columnName(), p.cellRef()});
                    } else if (fact instanceof BraFacts.Kartlaggning k) {
                        survey.add(new Object[] {fileId, k.ar(), k.kod(), k.kommunkod(), k.typ(), k.genomfort(),
                                k.identifierat(), sheet, rowNo});
                    }
                }
            }
        });
        bulk.insert("bra_published_count", PUBLISHED, published);
        detailSums.add(sums);
        bulk.insert("bra_kartlaggning", SURVEY, survey);
    }

    @Override
    public void deleteFacts(long sourceFileId) {
        jdbc.update("DELETE FROM bra_kartlaggning WHERE source_file_id = ?", sourceFileId);
        jdbc.update("DELETE FROM bra_published_count WHERE source_file_id = ?", sourceFileId);
        jdbc.update("DELETE FROM bra_detail_count WHERE source_file_id = ?", sourceFileId);
        jdbc.update("DELETE FROM bra_detail_sum WHERE source_file_id = ?", sourceFileId);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
