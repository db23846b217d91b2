package se.bilaga1.warehouse;

import java.util.List;

import org.springframework.stereotype.Component;

/** Every table of Bilaga 1 for report year N, in the published order. */
@Component
public class Bilaga1Tables {

    private final PermitTables permits;
    private final OffenceTables offences;

    public Bilaga1Tables(PermitTables permits, OffenceTables offences) {
        this.permits = permits;
        this.offences = offences;
    }

    public List<PublishedTable> all(int reportYear) {
        return List.of(permits.tabell5(reportYear), permits.tabell6(reportYear), offences.tabell7(reportYear),
                offences.tabell8(reportYear));
    }
}
