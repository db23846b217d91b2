package se.bilaga1.bra;

import java.util.regex.Pattern;

import se.bilaga1.support.Memo;

/** Rows after a Brå table whose first cell starts with Källa, Anm, Not, * or a footnote number are notes. */
final class BraNotes {

    private static final Pattern NOTE_START =
            Pattern.compile("(?i)^(källa|kalla|anm|not\\b|noter|\\*|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\\d{1,2}\\)).*", Pattern.DOTALL);

    private BraNotes() {
    }

    /** Asked of every row: a detail extract's first cells are a handful of years. */
    private static final Memo<String, Boolean> FOOTNOTE = Memo.of(text -> NOTE_START.matcher(text).matches());

    static boolean isFootnote(String firstText) {
        return FOOTNOTE.apply(firstText);
    }
}
