package se.bilaga1.korrigeringar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.bilaga1.ingest.ColumnLayout;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.ingest.IsoDates;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;

/**
 * One correction per row. A correction must say who decided, why and when: a row missing any of them, or with
 * an id already given, goes to quarantine; whether its record exists is checked when it is applied.
 */
class KorrigeringLayout extends ColumnLayout {

    static final List<String> REQUIRED = List.of("id", "kalla", "nyckel", "falt", "nytt_varde", "motivering", "beslutad_av",
            "datum");

    private final Set<String> ids;

    KorrigeringLayout(HeaderMatch header, Set<String> ids) {
        super("korrigeringar", header);
        this.ids = ids;
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        List<QuarantineEntry> errors = new ArrayList<>();
        for (String column : List.of("id", "kalla", "nyckel", "falt", "motivering", "beslutad_av")) {
            if (header.text(row, column).isBlank()) {
                errors.add(header.error(column, "", "blank: a correction needs its " + column));
            }
        }
        LocalDate datum = parse(row, "datum", IsoDates::parse, errors);
        String id = header.text(row, "id").strip();
        if (errors.isEmpty() && !ids.add(id)) {
            errors.add(header.error("id", id, "correction " + id + " is given twice: the first one stays"));
        }
        if (!errors.isEmpty()) {
            return new RowOutcome.Quarantined(source, errors);
        }
        return new RowOutcome.Loaded(source, List.of(new Korrigering(id, header.text(row, "kalla").strip(),
                header.text(row, "nyckel").strip(), header.text(row, "falt").strip(), header.text(row, "nytt_varde").strip(),
                header.text(row, "motivering").strip(), header.text(row, "beslutad_av").strip(), datum)));
    }
}
