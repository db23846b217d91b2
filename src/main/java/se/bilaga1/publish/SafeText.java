package se.bilaga1.publish;

/**
 * Text a spreadsheet would take for a formula: it starts with {@code =}, {@code +}, {@code -} or {@code @}, their
 * full-width forms ({@code ＝ ＋ － ＠}, which an input method may turn into the ASCII ones), a tab or a carriage
 * return. In the workbook such a cell keeps its value and gets the quote-prefix style ({@code WorkbookWriter}); in CSV,
 * which has no styles, it gets a leading apostrophe ({@link #escape}).
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /** For CSV: a risky text behind an apostrophe, anything else as it is. */
    public static String escape(String text) {
        return risky(text) ? "'" + text : text;
    }
}
