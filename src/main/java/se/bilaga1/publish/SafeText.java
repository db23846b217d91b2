package se.bilaga1.publish;

/**
 * Text bound for a spreadsheet or CSV never starts with {@code =}, {@code +}, {@code -} or {@code @} (nor a
 * tab or carriage return) unescaped: a leading apostrophe keeps a spreadsheet from reading it as a formula.
 */
public final class SafeText {

    private SafeText() {
    }

    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
