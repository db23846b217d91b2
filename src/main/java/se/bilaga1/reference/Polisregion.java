package se.bilaga1.reference;

import se.bilaga1.support.HeaderNames;
import se.bilaga1.support.Memo;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The seven police regions, as every source writes them ({@code Polisregion Stockholm}, {@code Öst}, {@code ost}). */
public enum Polisregion {
    NORD("Nord"), MITT("Mitt"), BERGSLAGEN("Bergslagen"), STOCKHOLM("Stockholm"), OST("Öst"), VAST("Väst"), SYD("Syd");

    private final String namn;

    Polisregion(String namn) {
        this.namn = namn;
    }

    public String namn() {
        return namn;
    }

    private static final Pattern PREFIX = Pattern.compile("^(polisregion|region)_");

    /** Every permit and case names its region: the few spellings a delivery uses are folded and matched once each. */
    private static final Memo<String, Optional<Polisregion>> PARSED = Memo.of(Polisregion::match);

    public static Optional<Polisregion> parse(String raw) {
        return PARSED.apply(raw);
    }

    private static Optional<Polisregion> match(String raw) {
        String folded = PREFIX.matcher(HeaderNames.fold(raw)).replaceFirst("");
        return Arrays.stream(values()).filter(r -> HeaderNames.fold(r.namn).equals(folded)).findFirst();
    }

    public static String vocabulary() {
        return String.join(", ", Arrays.stream(values()).map(Polisregion::namn).toList());
    }
}
