package se.bilaga1.migrationsverket;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bilaga1.support.Memo;

/**
 * The two permits of 5 kap. 15 § utlänningslagen, from any of the spellings the extracts use:
 * {@code 5 kap. 15 § 1 st. UtL}, {@code första stycket}, {@code 5:15 andra st.}, {@code betänketid}.
 */
public enum Tillstand {
    /** 1 st.: a permit for a witness (bevisperson) in a criminal investigation or trial. */
    BEVISPERSON,
    /** 2 st.: a reflection period (betänketid) for a presumed victim. */
    BETANKETID;

    /**
     * Chapter and section, {@code 5 kap. 15 §} or {@code 5:15}, with the section's letter if it has one:
     * {@code 5 kap. 15 a §} and {@code 5:15a} are another section than 15 §.
     */
    private static final Pattern CHAPTER_SECTION = Pattern.compile(
            "(\\d+)\\s*kap\\.?\\s*(\\d+)\\s*([a-z])?\\s*§|(\\d+)\\s*:\\s*(\\d+)(?:\\s?([a-z])(?!\\p{L}))?");
    private static final String ORDINAL = "(?:1|2|första|forsta|andra|1:a|2:a)";
    /** One paragraph or several, {@code 1 st.}, {@code andra stycket}, {@code första och andra stycket}. */
    private static final Pattern PARAGRAPHS = Pattern.compile("(?<![\\d\\p{L}])(" + ORDINAL + "(?:\\s*(?:,|/|&|och|eller|samt)\\s*"
            + ORDINAL + ")*)\\s*(?:st\\.?|stycket|stycke|styckena)(?!\\p{L})");
    private static final Pattern FIRST = Pattern.compile("(?<![\\d\\p{L}])(?:1|första|forsta|1:a)(?![\\d\\p{L}])");
    private static final Pattern SECOND = Pattern.compile("(?<![\\d\\p{L}])(?:2|andra|2:a)(?![\\d\\p{L}])");

    /** The permit a {@code lagrum} cell names, or empty when it names another statute or none. */
    /** An extract repeats a handful of spellings over every decision. */
    private static final Memo<String, Optional<Tillstand>> FROM_LAGRUM = Memo.of(Tillstand::fromLagrumUncached);

    public static Optional<Tillstand> fromLagrum(String raw) {
        return raw == null ? Optional.empty() : FROM_LAGRUM.apply(raw);
    }

    private static Optional<Tillstand> fromLagrumUncached(String raw) {
        String text = raw == null ? "" : raw.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher statute = CHAPTER_SECTION.matcher(text);
        if (statute.find()) {
            boolean colon = statute.group(1) == null;
            String chapter = colon ? statute.group(4) : statute.group(1);
            String section = colon ? statute.group(5) : statute.group(2);
            String letter = colon ? statute.group(6) : statute.group(3);
            if (!chapter.equals("5") || !section.equals("15") || letter != null) {
                return Optional.empty();
            }
            text = text.substring(0, statute.start()) + " " + text.substring(statute.end());
        }
        boolean first = text.contains("bevisperson");
        boolean second = text.contains("betänketid") || text.contains("betanketid");
        Matcher paragraphs = PARAGRAPHS.matcher(text);
        while (paragraphs.find()) {
            first |= FIRST.matcher(paragraphs.group(1)).find();
            second |= SECOND.matcher(paragraphs.group(1)).find();
        }
        if (first == second) {
            return Optional.empty();
        }
        return Optional.of(first ? BEVISPERSON : BETANKETID);
    }
}
