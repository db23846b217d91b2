package se.bilaga1.bra;

import java.util.regex.Pattern;

import se.bilaga1.ingest.SheetRow;
import se.bilaga1.support.Memo;

/** Rows after a Brå table whose first cell starts with Källa, Anm, Not, * or a footnote number are notes. */
final class BraNotes {

    private static final Pattern NOTE_START =
            Pattern.compile("(?i)^(källa|kalla|anm|not\\b|noter|\\*|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\\d{1,2}\\)).*", Pattern.DOTALL);

    private static final Pattern MARK_START = Pattern.compile("[*¹²³⁴⁵⁶⁷⁸⁹⁰]|\\(?\\d{1,2}\\)\\s");

    private BraNotes() {
    }

    /** Asked of every row: a detail extract's first cells are a handful of years. */
    private static final Memo<String, Boolean> FOOTNOTE = Memo.of(text -> NOTE_START.matcher(text).matches());

    static boolean isFootnote(String firstText) {
        return FOOTNOTE.apply(firstText);
    }

    /**
     * A row above a table's header that opens with a footnote mark ({@code ¹ Från 2022 …}, {@code * Preliminära})
     * is a footnote as one below it is, so its text goes with the table's notes wherever it is printed; other title
     * rows stay titles ({@code Anmälda brott 2024} is no note, although it starts as {@code Anm.} does).
     */
    static String titleKind(SheetRow row) {
        return MARK_START.matcher(row.firstText()).lookingAt() ? "fotnot" : "titel";
    }
}
