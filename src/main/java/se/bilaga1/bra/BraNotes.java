package se.bilaga1.bra;

import java.util.regex.Pattern;

/** Rows after a Brå table whose first cell starts with Källa, Anm, Not, * or a footnote number are notes. */
final class BraNotes {

    private static final Pattern NOTE_START =
            Pattern.compile("(?i)^(källa|kalla|anm|not\\b|noter|\\*|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\\d{1,2}\\)).*", Pattern.DOTALL);

    private BraNotes() {
    }

    static boolean isFootnote(String firstText) {
        return NOTE_START.matcher(firstText).matches();
    }
}
