package se.bilaga1.korrigeringar;

import java.sql.Date;

import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.BulkInsert;
import se.bilaga1.ingest.SingleTableFactSink;

/** Stores the corrections as delivered, PENDING until the corrections step applies them. */
@Component
class KorrigeringFactSink extends SingleTableFactSink<Korrigering> {

    KorrigeringFactSink(JdbcTemplate jdbc, BulkInsert bulk) {
        super(jdbc, bulk, KorrigeringLayoutDetector.SOURCE, Korrigering.class, "korrigering", "korrigering_id", "kalla", "nyckel", "falt", "nytt_varde",
                "motivering", "beslutad_av", "datum", "status");
    }

    @Override
    protected Object[] values(Korrigering k) {
        return new Object[] {k.id(), k.kalla(), k.nyckel(), k.falt(), k.nyttVarde(), k.motivering(), k.beslutadAv(),
            Date.valueOf(k.datum()), "PENDING"};
    }

    @Override
    public Set<String> loadedKeys() {
        return keptKeys("t.korrigering_id");
    }
}
