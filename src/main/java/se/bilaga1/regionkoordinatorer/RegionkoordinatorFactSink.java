package se.bilaga1.regionkoordinatorer;

import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.BulkInsert;
import se.bilaga1.ingest.SingleTableFactSink;

/** Writes the cases to the warehouse (and nowhere else). */
@Component
class RegionkoordinatorFactSink extends SingleTableFactSink<Arende> {

    RegionkoordinatorFactSink(JdbcTemplate jdbc, BulkInsert bulk) {
        super(jdbc, bulk, RegionkoordinatorLayoutDetector.SOURCE, Arende.class, "regionkoordinator_case", "polisregion", "ar", "arende_id", "kon", "alder", "aldersgrupp",
                "exploateringsform", "misstanke", "bransch", "hanvisande_aktor", "ursprungsland", "upptackt_via_akc",
                "narstaende_barn_i_sverige", "narstaende_barn_i_annat_land");
    }

    @Override
    protected Object[] values(Arende a) {
        return new Object[] {a.polisregion(), a.ar(), a.arendeId(), a.kon(), a.alder(), a.aldersgrupp(),
            a.exploateringsform(), a.misstanke(), a.bransch(), a.hanvisandeAktor(), a.ursprungsland(), a.upptacktViaAkc(),
            a.narstaendeBarnISverige(), a.narstaendeBarnIAnnatLand()};
    }

    @Override
    public Set<String> loadedKeys() {
        return keptKeys("t.polisregion", "t.ar", "t.arende_id");
    }
}
