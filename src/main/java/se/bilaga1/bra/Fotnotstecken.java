package se.bilaga1.bra;

/**
 * A footnote mark printed after a figure or a label ({@code 1 055¹}, {@code 185*}, {@code 185 ²)}, {@code Män²},
 * {@code 4 kap. 1 a § BrB 3)}): split off so the figure reads as a number and the label matches, the mark itself
 * kept by the caller. Only a mark after some text counts: a cell that is a mark alone is no figure.
 */
final class Fotnotstecken {

    private static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰";

    /** A cell split: {@code text} without the mark, {@code mark} null when there was none. */
    record Split(String text, String mark) {
        boolean marked() {
            return mark != null;
        }
    }

    private Fotnotstecken() {
    }

    static Split split(String raw) {
        String text = raw == null ? "" : raw.strip();
        int start = markStart(text);
        String rest = start < 0 ? "" : text.substring(0, start).strip();
        return rest.isEmpty() ? new Split(text, null) : new Split(rest, text.substring(start));
    }

    /**
     * Where a trailing mark starts, or -1: stars; superscript digits, perhaps in parentheses; a plain number of one or
     * two digits closed by a parenthesis ({@code 2)}, {@code (2)}), only after a space, where it cannot be the last
     * digits of the figure ({@code 1 0552)} stays whole). Scanned from the end: a label may be long.
     */
    private static int markStart(String text) {
        int end = text.length();
        int i = end;
        while (i > 0 && text.charAt(i - 1) == '*') {
            i--;
        }
        if (i < end) {
            return i;
        }
        boolean closed = end > 0 && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == '⁾');
        int digitsEnd = closed ? end - 1 : end;
        i = digitsEnd;
        while (i > 0 && SUPERSCRIPTS.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i < digitsEnd) {
            return i > 0 && text.charAt(i - 1) == '(' ? i - 1 : i;
        }
        if (!closed || text.charAt(end - 1) != ')') {
            return -1;
        }
        while (i > 0 && digitsEnd - i < 2 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
            i--;
        }
        if (i == digitsEnd) {
            return -1;
        }
        int open = i > 0 && text.charAt(i - 1) == '(' ? i - 1 : i;
        return open > 0 && Character.isWhitespace(text.charAt(open - 1)) ? open : -1;
    }
}
