package se.bilaga1.kommunenkat;

import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.BulkInsert;
import se.bilaga1.ingest.SingleTableFactSink;

/** Writes the survey answers, one row per municipality and year, with their provenance. */
@Component
class KommunenkatFactSink extends SingleTableFactSink<KommunSvar> {

    KommunenkatFactSink(JdbcTemplate jdbc, BulkInsert bulk) {
        super(jdbc, bulk, KommunenkatLayoutDetector.SOURCE, KommunSvar.class, "kommunenkat_svar", "ar", "kommunkod", "besvarad", "styrdokument_pmh",
                "styrdokument_barn", "kunskapsstod_pmh", "kunskapsstod_barn");
    }

    @Override
    protected Object[] values(KommunSvar s) {
        return new Object[] {s.ar(), s.kommunkod(), s.besvarad(), name(s.styrdokumentPmh()), name(s.styrdokumentBarn()),
            name(s.kunskapsstodPmh()), name(s.kunskapsstodBarn())};
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public Set<String> loadedKeys() {
        return keptKeys("t.ar", "t.kommunkod");
    }
}
