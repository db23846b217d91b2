package se.bilaga1.migrationsverket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.bilaga1.ingest.ColumnLayout;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.ingest.IsoDates;
import se.bilaga1.reference.Polisregion;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;

/**
 * One granted permit per row. An unknown statute, a date that is not one, an empty person key, or an applicant,
 * yes/no answer or police region outside its vocabulary sends the row to quarantine; a sex other than Kvinna or
 * Man is loaded as unknown, as the contract says.
 */
class BeslutLayout extends ColumnLayout {

    /** The statute's column as provenance names it: the same on every row of the file. */
    private final String lagrumColumn;

    BeslutLayout(HeaderMatch header) {
        super("migrationsverket.beslut", header);
        this.lagrumColumn = header.describe("lagrum");
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        List<QuarantineEntry> errors = new ArrayList<>();

        LocalDate beslutsdatum = null;
        String dateText = header.text(row, "beslutsdatum");
        try {
            beslutsdatum = IsoDates.parse(dateText);
        } catch (IllegalArgumentException e) {
            errors.add(header.error("beslutsdatum", dateText, e.getMessage()));
        }
        String person = header.text(row, "person_lopnr").strip();
        text(row, "person_lopnr", 100, errors); // the warehouse's width: longer is a broken cell
        if (person.isEmpty()) {
            errors.add(header.error("person_lopnr", person, "empty person key: every permit needs its person_lopnr"));
        }
        String lagrum = header.text(row, "lagrum");
        Optional<Tillstand> tillstand = Tillstand.fromLagrum(lagrum);
        if (tillstand.isEmpty()) {
            errors.add(header.error("lagrum", lagrum, "not a permit under 5 kap. 15 § UtL: expected '5 kap. 15 § 1 st. UtL'"
                    + " or 'första stycket' (bevisperson), '5 kap. 15 § 2 st. UtL' or 'andra stycket' (betänketid)"));
        }
        Boolean forlangning = yesNo(row, "forlangning", false, errors);
        Boolean viaRegionkoordinator = yesNo(row, "via_regionkoordinator", false, errors);
        SokandePart sokande = null;
        String sokandeText = header.text(row, "sokande_part");
        if (!sokandeText.isBlank()) {
            sokande = SokandePart.parse(sokandeText).orElse(null);
            if (sokande == null) {
                errors.add(header.error("sokande_part", sokandeText,
                        "unknown applicant: expected Åklagarmyndigheten, Polismyndigheten or Socialnämnd eller motsvarande"));
            }
        }
        String region = null;
        String regionText = header.text(row, "polisregion");
        if (!regionText.isBlank()) {
            region = Polisregion.parse(regionText).map(Polisregion::namn).orElse(null);
            if (region == null) {
                errors.add(header.error("polisregion", regionText, "unknown police region: expected " + Polisregion.vocabulary()));
            }
        }
        if (!errors.isEmpty()) {
            return new RowOutcome.Quarantined(source, errors);
        }
        return new RowOutcome.Loaded(source, List.of(new Beslut(beslutsdatum, person, tillstand.get(), forlangning,
                Kon.parse(header.text(row, "kon")), sokande, viaRegionkoordinator, region, lagrumColumn)));
    }
}
