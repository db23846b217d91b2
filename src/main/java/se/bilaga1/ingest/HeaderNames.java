package se.bilaga1.ingest;

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

    private HeaderNames() {
    }

    public static String fold(String header) {
        if (header == null) {
            return "";
        }
        String lower = Normalizer.normalize(header, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace('é', 'e');
        return SEPARATORS.matcher(lower).replaceAll("_").replaceAll("^_+|_+$", "");
    }
}
