package se.bilaga1.bra;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bilaga1.support.Memo;

/**
 * A statute (chapter and section of a law), normalised to a key such as {@code BrB 4:1a} from any of the
 * spellings Brå and the report use: {@code 4 kap. 1 a § BrB Människohandel}, {@code BrB 4 kap.} +
 * {@code Människohandel (1a §)}, {@code BrB 4:1a}, {@code 6 kap 11 §}.
 */
public final class Lagrum {

    /** {@code BrB 4:1a}, {@code 4:1b}: a bare {@code 12:30} (no law in front, no section letter) is a time, not a statute. */
    private static final Pattern COLON_FORM = Pattern.compile(
            "(?<![\\d:])(?:\\b((?i:BrB|UtL))\\s*)?(\\d{1,2})\\s*:\\s*(\\d{1,3})\\s*([a-z])?(?![\\p{L}\\d:])");
    private static final Pattern CHAPTER = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*kap(?:itlet)?\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION = Pattern.compile("(?<!\\d)(\\d{1,3})\\s*([a-z])?\\s*§");
    private static final Pattern UTL = Pattern.compile("\\bUtL\\b|utlänningslag", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL = Pattern.compile("\\b(totalt|summa|samtliga)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The key a published table's total row ({@code Totalt}, {@code Summa}, {@code Samtliga brott}) is loaded under:
     * no statute, the figure the table states for its rows together, checked against their sum.
     */
    public static final String TOTALT = "Totalt";

    /** A detail extract repeats a few dozen spellings over millions of rows. */
    private static final Memo<String, Optional<String>> PARSED = Memo.of(Lagrum::parseUncached);

    private Lagrum() {
    }

    /** The key ({@code BrB 4:1a}) of the statute named in {@code text}, if the text names one. */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return PARSED.apply(text);
    }

    /** Whether a row label that names no statute names the table's total. */
    static boolean isTotal(String label) {
        return TOTAL.matcher(label).find();
    }

    private static Optional<String> parseUncached(String text) {
        String law = UTL.matcher(text).find() ? "UtL" : "BrB";
        Matcher colon = COLON_FORM.matcher(text);
        while (colon.find()) {
            if (colon.group(1) != null || colon.group(4) != null) {
                return Optional.of(key(law, colon.group(2), colon.group(3), colon.group(4)));
            }
        }
        Matcher chapter = CHAPTER.matcher(text);
        if (!chapter.find()) {
            return Optional.empty();
        }
        String rest = text.substring(0, chapter.start()) + " " + text.substring(chapter.end());
        Matcher section = SECTION.matcher(rest);
        if (!section.find()) {
            return Optional.empty();
        }
        return Optional.of(key(law, chapter.group(1), section.group(1), section.group(2)));
    }

    private static String key(String law, String chapter, String section, String letter) {
        return law + " " + Integer.parseInt(chapter) + ":" + Integer.parseInt(section) + (letter == null ? "" : letter);
    }
}
