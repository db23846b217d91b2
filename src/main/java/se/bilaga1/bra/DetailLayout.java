package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.ColumnLayout;
import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.FileRejectedException;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.reference.Kommuner;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SwedishNumber;

/**
 * Brå's detail extract, one row per count: {@code ar;manad;kommunkod;lagrum;antal} (+ optional labels). A row whose
 * ar is not the year its file's name gives goes to quarantine, as does a bad cell.
 */
class DetailLayout extends ColumnLayout {

    static final List<String> REQUIRED = List.of("ar", "lagrum", "antal");
    static final List<String> OPTIONAL = List.of("manad", "kommunkod", "brottstyp", "kommun");

    private final Kommuner kommuner;
    /** Every fact's provenance column: the same on each row. */
    private final String antalColumn;
    /** The year(s) the file's name gives, which every row's ar must agree with; null when the name gives none. */
    private final FileNameYear.Span nameYears;

    private DetailLayout(HeaderMatch header, Kommuner kommuner, String fileName) {
        super("bra.detalj", header);
        this.kommuner = kommuner;
        this.antalColumn = header.describe("antal");
        this.nameYears = FileNameYear.span(fileName).orElse(null);
    }

    /**
     * The detail layout if {@code row} is its header; null if the row is not a detail header at all.
     *
     * @throws FileRejectedException when the row is a detail header missing a required column
     */
    static DetailLayout fromHeader(SheetRow row, ColumnAliases aliases, Kommuner kommuner, String fileName)
            throws FileRejectedException {
        HeaderMatch match = HeaderMatch.of(row, BraLayoutDetector.SOURCE, REQUIRED, OPTIONAL, aliases);
        if (match.isComplete()) {
            return new DetailLayout(match, kommuner, fileName);
        }
        boolean looksLikeDetail = match.has("antal") || (match.has("ar") && match.columns().size() >= 2);
        if (looksLikeDetail) {
            throw new FileRejectedException("the detail header on row " + row.rowNo() + " lacks the required column(s) "
                    + String.join(", ", match.missing()) + ": expected ar;manad;kommunkod;lagrum;antal"
                    + " (manad, kommunkod, brottstyp and kommun optional).");
        }
        return null;
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        if (BraNotes.isFootnote(row.firstText())) {
            return RowOutcome.note(source, "fotnot");
        }
        List<QuarantineEntry> errors = new ArrayList<>();
        Integer ar = whole(row, "ar", 1990, 2100, true, errors);
        String outside = ar == null || nameYears == null ? null : nameYears.outside("ar", ar);
        if (outside != null) {
            errors.add(entry("ar", text(row, "ar"), outside));
        }
        Integer manad = whole(row, "manad", 1, 12, false, errors);
        String kommunkod = kommunkod(row, errors);
        String lagrum = null;
        String lagrumText = text(row, "lagrum");
        var parsed = Lagrum.parse(lagrumText);
        if (parsed.isPresent()) {
            lagrum = parsed.get();
        } else {
            errors.add(entry("lagrum", lagrumText, "no statute recognised: expected e.g. 'BrB 4:1a' or '4 kap. 1 a § BrB'"));
        }
        String antalText = text(row, "antal");
        long antal = antal(antalText, errors);
        if (!errors.isEmpty()) {
            return new RowOutcome.Quarantined(source, errors);
        }
        return new RowOutcome.Loaded(source, List.of(new BraFacts.DetailCount(ar, manad, kommunkod, lagrum, antal,
                antalColumn)));
    }

    /** The row's count, or -1 with the reason in {@code errors}. */
    private long antal(String antalText, List<QuarantineEntry> errors) {
        long plain = SwedishNumber.plainDigits(antalText);
        if (plain >= 0) {
            return plain;
        }
        try {
            SwedishNumber.Parsed count = SwedishNumber.parseCount(antalText);
            if (count.hasValue()) {
                return count.value().longValueExact();
            }
            errors.add(entry("antal", antalText, "no count: the detail layout needs a whole number on every row"));
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(entry("antal", antalText, e.getMessage()));
        }
        return -1;
    }

    private Integer whole(SheetRow row, String column, int min, int max, boolean required, List<QuarantineEntry> errors) {
        String raw = text(row, column);
        if (raw.isBlank()) {
            if (required) {
                errors.add(entry(column, raw, "blank: " + column + " is required"));
            }
            return null;
        }
        try {
            long plain = SwedishNumber.plainDigits(raw);
            int value = plain >= 0 && plain <= max ? (int) plain : SwedishNumber.parseCount(raw).value().intValueExact();
            if (value < min || value > max) {
                errors.add(entry(column, raw, "out of range: expected " + min + "–" + max));
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            errors.add(entry(column, raw, "expected a whole number " + min + "–" + max));
            return null;
        }
    }

    /** Municipality code, checked against the 290 (a code that lost its leading zero to a spreadsheet gets it back). */
    private String kommunkod(SheetRow row, List<QuarantineEntry> errors) {
        String raw = text(row, "kommunkod").strip();
        if (raw.isEmpty()) {
            return null;
        }
        Optional<Kommuner.Kommun> kommun = kommuner.lookup(raw);
        if (kommun.isEmpty()) {
            errors.add(entry("kommunkod", raw, Kommuner.unknownReason()));
            return null;
        }
        return kommun.get().kommunkod();
    }

    private String text(SheetRow row, String column) {
        return header.text(row, column);
    }

    private QuarantineEntry entry(String column, String raw, String reason) {
        return header.error(column, raw, reason);
    }
}
