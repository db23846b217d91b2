package se.bilaga1.migrationsverket;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two permits of 5 kap. 15 § utlänningslagen, from any of the spellings the extracts use:
 * {@code 5 kap. 15 § 1 st. UtL}, {@code första stycket}, {@code 5:15 andra st.}, {@code betänketid}.
 */
public enum Tillstand {
    /** 1 st.: a permit for a witness (bevisperson) in a criminal investigation or trial. */
    BEVISPERSON,
    /** 2 st.: a reflection period (betänketid) for a presumed victim. */
    BETANKETID;

    private static final Pattern CHAPTER_SECTION = Pattern.compile("(\\d+)\\s*kap\\.?\\s*(\\d+)\\s*[a-z]?\\s*§|(\\d+)\\s*:\\s*(\\d+)");
    private static final Pattern FIRST = Pattern.compile("(?<![\\d\\p{L}])(1|första|forsta|1:a)\\s*(st\\.?|stycket|stycke)(?!\\p{L})");
    private static final Pattern SECOND = Pattern.compile("(?<![\\d\\p{L}])(2|andra|2:a)\\s*(st\\.?|stycket|stycke)(?!\\p{L})");

    /** The permit a {@code lagrum} cell names, or empty when it names another statute or none. */
    public static Optional<Tillstand> fromLagrum(String raw) {
        String text = raw == null ? "" : raw.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher statute = CHAPTER_SECTION.matcher(text);
        if (statute.find()) {
            String chapter = statute.group(1) != null ? statute.group(1) : statute.group(3);
            String section = statute.group(2) != null ? statute.group(2) : statute.group(4);
            if (!chapter.equals("5") || !section.equals("15")) {
                return Optional.empty();
            }
            text = text.substring(0, statute.start()) + " " + text.substring(statute.end());
        }
        boolean first = FIRST.matcher(text).find() || text.contains("bevisperson");
        boolean second = SECOND.matcher(text).find() || text.contains("betänketid") || text.contains("betanketid");
        if (first == second) {
            return Optional.empty();
        }
        return Optional.of(first ? BEVISPERSON : BETANKETID);
    }
}
