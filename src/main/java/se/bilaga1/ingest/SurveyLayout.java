package se.bilaga1.ingest;

import se.bilaga1.reference.Kommuner;

import java.util.List;

/**
 * A survey answered once per municipality and year: its rows' year (an {@code ar} cell, else the file name's
 * year), the municipality reference, and the keys answered in this run so a second answer is caught.
 */
public abstract class SurveyLayout extends ColumnLayout {

    protected final Kommuner kommuner;
    protected final SurveyAnswers answers;
    private final Integer fileYear;
    /** The year(s) the file's name gives, which an ar cell must agree with; null when the name gives none. */
    private final FileNameYear.Span nameYears;

    /** {@code fileName}: the file's own name, whose year stands in for a missing ar column and bounds a given one. */
    protected SurveyLayout(String name, HeaderMatch header, Kommuner kommuner, SurveyAnswers answers, String fileName) {
        super(name, header);
        this.kommuner = kommuner;
        this.answers = answers;
        this.fileYear = FileNameYear.of(fileName).orElse(null);
        this.nameYears = FileNameYear.span(fileName).orElse(null);
    }

    /**
     * The row's survey year; null with an error added when neither the ar cell nor the file name gives one, or when
     * the ar cell names a year the file name does not.
     */
    protected Integer year(SheetRow row, List<QuarantineEntry> errors) {
        if (!header.has("ar")) {
            return fileYear;
        }
        String raw = header.text(row, "ar").strip();
        if (raw.isEmpty() && fileYear != null) {
            return fileYear;
        }
        try {
            int year = SwedishNumber.parseCount(raw).value().intValueExact();
            if (year >= 1990 && year <= 2100) {
                String outside = nameYears == null ? null : nameYears.outside("ar", year);
                if (outside == null) {
                    return year;
                }
                errors.add(header.error("ar", raw, outside));
                return null;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        errors.add(header.error("ar", raw, "expected a survey year 1990–2100"));
        return null;
    }
}
