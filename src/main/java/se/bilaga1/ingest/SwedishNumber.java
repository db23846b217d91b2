package se.bilaga1.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Swedish statistics print them: thousands separated by space, no-break space or thin space
 * ({@code 1 055}), decimal comma ({@code 12,5}), {@code ..} for "uppgift saknas" and {@code –} or {@code -}
 * alone for "inget finns att redovisa" (zero).
 */
public final class SwedishNumber {

    /** Why a parsed cell holds what it holds. */
    public enum Marker {
        /** An ordinary number. */
        NONE,
        /** {@code ..}: the source says the figure is missing. */
        MISSING,
        /** {@code –} or {@code -} alone: a true zero. */
        DASH_ZERO,
        /** Nothing in the cell: missing. */
        BLANK
    }

    /** A parsed cell: {@code value} is null for MISSING and BLANK. */
    public record Parsed(BigDecimal value, Marker marker) {
        public boolean hasValue() {
            return value != null;
        }

        /** The marker as the output contract prints it, or null for a plain number. */
        public String printedMarker() {
            return switch (marker) {
                case MISSING, BLANK -> "..";
                default -> null;
            };
        }
    }

    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Digits before the decimal point the warehouse holds (NUMERIC(18,4)); more is no statistic but a broken cell. */
    static final int MAX_DIGITS = 14;

    private SwedishNumber() {
    }

    /**
     * Parses one cell.
     *
     * @throws NumberFormatException with a message saying what was expected, when the text is not a number
     */
    public static Parsed parse(String raw) {
        long plain = plainDigits(raw);
        if (plain >= 0) {
            return new Parsed(BigDecimal.valueOf(plain), Marker.NONE);
        }
        String text = raw == null ? "" : raw.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
        if (text.isEmpty()) {
            return new Parsed(null, Marker.BLANK);
        }
        if (text.equals("..")) {
            return new Parsed(null, Marker.MISSING);
        }
        if (text.equals("–") || text.equals("-") || text.equals("—") || text.equals("\u2212")) {
            return new Parsed(BigDecimal.ZERO, Marker.DASH_ZERO);
        }
        String normalised = GROUP_SEPARATORS.matcher(text).replaceAll("")
                .replace('\u2212', '-')
                .replace('–', '-')
                .replace(',', '.');
        if (!PLAIN.matcher(normalised).matches()) {
            throw new NumberFormatException(QuarantineEntry.quote(raw) + " is not a number: expected digits in Swedish"
                    + " format (1 055, 12,5), '..' for missing or '–' for zero");
        }
        if (wholeDigits(normalised) > MAX_DIGITS || normalised.length() > 40) {
            // before BigDecimal, which takes quadratic time over a cell of a million digits
            throw new NumberFormatException(QuarantineEntry.quote(raw) + " is too large: expected at most " + MAX_DIGITS
                    + " digits before the decimal comma");
        }
        return new Parsed(new BigDecimal(normalised), Marker.NONE);
    }

    /** The digits before the point of a plain number ({@code -0012.5} has 2). */
    private static int wholeDigits(String plain) {
        int start = plain.charAt(0) == '-' ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        while (start < end - 1 && plain.charAt(start) == '0') {
            start++;
        }
        return end - start;
    }

    /**
     * The value of a cell of only ASCII digits (the common case, millions of times per run: skips the regular
     * expressions), or -1 when it is anything else. A whole count that is plain digits is this, as {@link
     * #parseCount} would read it; a layout reading millions of them asks this first and keeps the long, making no
     * {@link Parsed} nor BigDecimal for the row.
     */
    public static long plainDigits(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Parses a whole, non-negative count; a decimal or negative number is an error. */
    public static Parsed parseCount(String raw) {
        Parsed parsed = parse(raw);
        if (parsed.hasValue() && parsed.value().scale() == 0 && parsed.value().signum() >= 0) {
            return parsed;
        }
        if (parsed.hasValue()) {
            BigDecimal v = parsed.value().stripTrailingZeros();
            if (v.signum() < 0 || v.scale() > 0) {
                throw new NumberFormatException(QuarantineEntry.quote(raw) + " is not a count: expected a whole number of 0"
                        + " or more");
            }
            return new Parsed(v.setScale(0), parsed.marker());
        }
        return parsed;
    }
}
