package se.bilaga1.ingest;

import java.time.DateTimeException;
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
        String plain = raw == null ? "" : raw.strip();
        if (isPlainDate(plain)) {
            // the usual case, 2024-03-05 alone: read by hand, without the pattern (every permit has a date)
            try {
                return LocalDate.of(digits(plain, 0, 4), digits(plain, 5, 7), digits(plain, 8, 10));
            } catch (DateTimeException e) {
                throw notADate(raw);
            }
        }
        Matcher m = ISO.matcher(plain);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // falls through to the message below: 2024-02-30 is no date
            }
        }
        throw notADate(raw);
    }

    private static IllegalArgumentException notADate(String raw) {
        String text = raw == null ? "" : raw.strip();
        boolean number = !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.');
        return new IllegalArgumentException(QuarantineEntry.quote(raw) + (number
                ? " is a number, not a date (a day number whose cell is not formatted as a date?): expected an ISO date"
                        + " such as 2024-03-05, or a cell formatted as a date"
                : " is not a date: expected an ISO date such as 2024-03-05"));
    }

    /** {@code dddd-dd-dd} with ASCII digits, as the pattern's first group matches it. */
    private static boolean isPlainDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
