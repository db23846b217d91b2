package se.bilaga1.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the sources deliver them: ISO {@code 2024-03-05}, possibly with a time after it (an Excel export). */
public final class IsoDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

    private IsoDates() {
    }

    /** @throws IllegalArgumentException saying what was expected */
    public static LocalDate parse(String raw) {
        Matcher m = ISO.matcher(raw == null ? "" : raw.strip());
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // falls through to the message below: 2024-02-30 is no date
            }
        }
        String text = raw == null ? "" : raw.strip();
        boolean number = !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.');
        throw new IllegalArgumentException(QuarantineEntry.quote(raw) + (number
                ? " is a number, not a date (a day number whose cell is not formatted as a date?): expected an ISO date"
                        + " such as 2024-03-05, or a cell formatted as a date"
                : " is not a date: expected an ISO date such as 2024-03-05"));
    }
}
