package se.bilaga1.migrationsverket;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.BulkInsert;
import se.bilaga1.ingest.SingleTableFactSink;

/** Writes permits to the warehouse with their provenance. */
@Component
class MigrationsverketFactSink extends SingleTableFactSink<Beslut> {

    MigrationsverketFactSink(JdbcTemplate jdbc, BulkInsert bulk) {
        super(jdbc, bulk, MigrationsverketLayoutDetector.SOURCE, Beslut.class, "migrationsverket_permit", "beslutsdatum", "ar", "person_lopnr", "tillstand",
                "forlangning", "kon", "sokande_part", "via_regionkoordinator", "polisregion", "column_name");
    }

    @Override
    protected Object[] values(Beslut p) {
        // the date as java.time: COPY writes it as ISO text, JDBC binds it as a DATE
        return new Object[] {p.beslutsdatum(), p.beslutsdatum().getYear(), p.personLopnr(),
            p.tillstand().name(), p.forlangning(), p.kon().name(), p.sokandePart() == null ? null : p.sokandePart().name(),
            p.viaRegionkoordinator(), p.polisregion(), p.columnName()};
    }
}
