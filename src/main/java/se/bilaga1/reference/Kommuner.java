package se.bilaga1.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 290 municipalities (reference data in {@code dim_kommun}): every source's municipality code is checked
 * against them. Codes keep their leading zero ({@code 0114}); a code a spreadsheet stripped to {@code 114} is
 * given it back before the check.
 */
@Component
public class Kommuner {

    /** One municipality with its county and police region. */
    public record Kommun(String kommunkod, String namn, String lanskod, String lan, String polisregion) {
    }

    private final JdbcTemplate jdbc;
    private volatile Map<String, Kommun> byCode;

    public Kommuner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality a code names, after restoring a lost leading zero; empty when no municipality has it. */
    public Optional<Kommun> lookup(String raw) {
        return Optional.ofNullable(all().get(normalise(raw)));
    }

    public Map<String, Kommun> all() {
        if (byCode == null) {
            Map<String, Kommun> loaded = new LinkedHashMap<>();
            jdbc.query("SELECT kommunkod, kommun, lanskod, lan, polisregion FROM dim_kommun ORDER BY kommunkod",
                    rs -> {
                        loaded.put(rs.getString(1), new Kommun(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    });
            byCode = Map.copyOf(loaded);
        }
        return byCode;
    }

    /** {@code 114} → {@code 0114}; anything else unchanged but trimmed. */
    public static String normalise(String raw) {
        String code = raw == null ? "" : raw.strip();
        return code.length() == 3 && isDigit(code.charAt(0)) && isDigit(code.charAt(1)) && isDigit(code.charAt(2))
                ? "0" + code : code;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The reason a code is refused, for quarantine. */
    public static String unknownReason() {
        return "not a Swedish municipality code: expected one of the 290 four-digit codes, e.g. 0114";
    }
}
