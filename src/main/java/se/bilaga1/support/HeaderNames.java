package se.bilaga1.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header folding as the input contract defines it: case-insensitive, å/ä→a, ö→o, é→e, and any run of
 * spaces, {@code _}, {@code -}, {@code .} or {@code /} is one separator. So {@code Kunskapsstöd prostitution MH}
 * and {@code KUNSKAPSSTÖD-PROSTITUTION-MH} fold to the same name.
 */
public final class HeaderNames {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0_\\-./]+");
    private static final Pattern EDGES = Pattern.compile("^_+|_+$");
    /** Cell values are folded too (Ja/Nej, regions, sexes): a few texts, on every row. */
    private static final Memo<String, String> FOLDED = Memo.of(HeaderNames::foldUncached);

    private HeaderNames() {
    }

    public static String fold(String header) {
        return header == null ? "" : FOLDED.apply(header);
    }

    private static String foldUncached(String header) {
        String lower = Normalizer.normalize(header, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace('é', 'e');
        return EDGES.matcher(SEPARATORS.matcher(lower).replaceAll("_")).replaceAll("");
    }
}
