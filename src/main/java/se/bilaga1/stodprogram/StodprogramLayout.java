package se.bilaga1.stodprogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.bilaga1.ingest.ColumnLayout;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.support.HeaderNames;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SwedishNumber;

/**
 * The support programmes' deliveries: {@code program;ar;kategori;antal} (people per category, the programme's
 * own Totalt among them) or {@code program;ar;medel_kr} (funds). An unknown programme or category, a bad
 * number, or a category given twice for a programme and year goes to quarantine.
 */
class StodprogramLayout extends ColumnLayout {

    /** People per category, or funds. */
    enum Kind { ANTAL, MEDEL }

    static final List<String> CATEGORIES = List.of("Vuxna", "Kvinnor", "Transkvinnor", "Män", "Flickor", "Pojkar", "Barn",
            "Totalt");

    record Antal(String program, int ar, String kategori, int antal) {
    }

    record Medel(String program, int ar, long medelKr) {
    }

    private final Kind kind;
    private final Set<String> seen;

    StodprogramLayout(HeaderMatch header, Kind kind, Set<String> seen) {
        super(kind == Kind.ANTAL ? "stodprogram.antal" : "stodprogram.medel", header);
        this.kind = kind;
        this.seen = seen;
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        if (row.firstText().startsWith("Källa") || row.firstText().startsWith("*")) {
            return RowOutcome.note(source, "fotnot");
        }
        List<QuarantineEntry> errors = new ArrayList<>();
        String programText = header.text(row, "program");
        Optional<String> program = program(programText);
        if (program.isEmpty()) {
            errors.add(header.error("program", programText, "expected NSP or ÅMP"));
        }
        Long ar = whole(row, "ar", errors);
        if (ar != null && (ar < 1990 || ar > 2100)) {
            errors.add(header.error("ar", header.text(row, "ar"), "expected a year 1990–2100"));
        }
        String kategori = null;
        Long amount;
        if (kind == Kind.ANTAL) {
            String kategoriText = header.text(row, "kategori");
            kategori = category(kategoriText).orElse(null);
            if (kategori == null) {
                errors.add(header.error("kategori", kategoriText, "expected one of " + String.join(", ", CATEGORIES)));
            }
            amount = whole(row, "antal", errors);
        } else {
            amount = whole(row, "medel_kr", errors);
        }
        if (errors.isEmpty() && !seen.add(program.get() + "|" + ar + "|" + (kategori == null ? "medel" : kategori))) {
            errors.add(header.error(kind == Kind.ANTAL ? "kategori" : "medel_kr", kategori == null ? "" : kategori,
                    program.get() + " " + ar + " " + (kategori == null ? "funds" : kategori)
                            + " given twice: the first one stays"));
        }
        if (!errors.isEmpty()) {
            return new RowOutcome.Quarantined(source, errors);
        }
        Object fact = kind == Kind.ANTAL ? new Antal(program.get(), ar.intValue(), kategori, amount.intValue())
                : new Medel(program.get(), ar.intValue(), amount);
        return new RowOutcome.Loaded(source, List.of(fact));
    }

    private Long whole(SheetRow row, String column, List<QuarantineEntry> errors) {
        String raw = header.text(row, column);
        try {
            SwedishNumber.Parsed parsed = SwedishNumber.parseCount(raw);
            if (parsed.hasValue()) {
                return parsed.value().longValueExact();
            }
            errors.add(header.error(column, raw, "blank: " + column + " needs a whole number"));
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(header.error(column, raw, e.getMessage()));
        }
        return null;
    }

    static Optional<String> program(String raw) {
        String folded = HeaderNames.fold(raw);
        return folded.equals("nsp") ? Optional.of("NSP") : folded.equals("amp") ? Optional.of("ÅMP") : Optional.empty();
    }

    static Optional<String> category(String raw) {
        String folded = HeaderNames.fold(raw);
        if (folded.equals("transkvinna")) {
            return Optional.of("Transkvinnor");
        }
        return CATEGORIES.stream().filter(c -> HeaderNames.fold(c).equals(folded)).findFirst();
    }
}
