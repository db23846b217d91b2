package se.bilaga1.ingest;

import java.util.List;
import java.util.function.Function;

/** A layout read by column name (a long layout): its header's columns, and the extra ones it ignores. */
public abstract class ColumnLayout implements FileLayout {

    protected final HeaderMatch header;
    private final String name;

    /** {@code name}: the layout's short name in the run report, e.g. {@code bra.detalj}. */
    protected ColumnLayout(String name, HeaderMatch header) {
        this.name = name;
        this.header = header;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public List<String> ignoredColumns() {
        return header.ignored();
    }

    @Override
    public List<String> duplicatedColumns() {
        return header.duplicated();
    }

    @Override
    public boolean reads(int column) {
        return header.columns().containsValue(column);
    }

    /**
     * The cell in {@code column} as text, stripped, or null when blank; longer than {@code max} characters (the
     * warehouse column's width) it is an error and null.
     */
    protected String text(SheetRow row, String column, int max, List<QuarantineEntry> errors) {
        String value = header.text(row, column).strip();
        if (value.length() > max) {
            errors.add(header.error(column, value, "longer than " + max + " characters: expected at most " + max));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * The cell in {@code column} parsed by {@code parser}; when the parser refuses it (IllegalArgumentException),
     * a quarantine entry with the parser's message and null.
     */
    protected <T> T parse(SheetRow row, String column, Function<String, T> parser, List<QuarantineEntry> errors) {
        String raw = header.text(row, column);
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            errors.add(header.error(column, raw, e.getMessage()));
            return null;
        }
    }

    /** A yes/no cell as true/false; null for blank or Vet ej (an error too when {@code required} and blank). */
    protected Boolean yesNo(SheetRow row, String column, boolean required, List<QuarantineEntry> errors) {
        YesNo answer = parse(row, column, YesNo::parse, errors);
        if (answer == null && required && header.text(row, column).isBlank()) {
            errors.add(header.error(column, "", "blank: " + column + " needs Ja or Nej"));
        }
        return answer == null || answer == YesNo.VET_EJ ? null : answer == YesNo.JA;
    }
}
