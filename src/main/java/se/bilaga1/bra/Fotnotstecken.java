package se.bilaga1.bra;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A footnote mark printed after a figure or a label ({@code 1 055¹}, {@code 185*}, {@code 185 ²)}, {@code Män²},
 * {@code 4 kap. 1 a § BrB 3)}): split off so the figure reads as a number and the label matches, the mark itself
 * kept by the caller. Only a mark after some text counts: a cell that is a mark alone is no figure.
 */
final class Fotnotstecken {

    /**
     * Stars; superscript digits, with or without a closing parenthesis; a plain number in parentheses or followed by
     * one, but only after a space, where it cannot be the last digits of the figure ({@code 1 0552)} stays whole).
     */
    private static final Pattern TRAILING = Pattern.compile(
            "^(.*?\\S)\\s*(\\*+|\\(?[¹²³⁴⁵⁶⁷⁸⁹⁰]+[)⁾]?|(?<=\\s)\\(?\\d{1,2}\\))$", Pattern.DOTALL);

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
        // the common case, on every cell: no mark character at the end
        if (text.isEmpty() || !mayEndInMark(text.charAt(text.length() - 1))) {
            return new Split(text, null);
        }
        Matcher m = TRAILING.matcher(text);
        if (!m.matches()) {
            return new Split(text, null);
        }
        return new Split(m.group(1).strip(), m.group(2));
    }

    private static boolean mayEndInMark(char last) {
        return last == '*' || last == ')' || last == '⁾' || "¹²³⁴⁵⁶⁷⁸⁹⁰".indexOf(last) >= 0;
    }
}
