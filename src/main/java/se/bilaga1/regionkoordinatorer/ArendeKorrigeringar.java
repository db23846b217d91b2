package se.bilaga1.regionkoordinatorer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.bilaga1.ingest.CorrectionTarget;
import se.bilaga1.reference.Polisregion;
import se.bilaga1.ingest.YesNo;

/**
 * Korrigeringar of coordinator cases, keyed {@code polisregion/ar/arende_id} (e.g. {@code Stockholm/2024/ST-0042}).
 * The new value is checked against the field's vocabulary and stored as its code. A case's key never leaves the
 * warehouse, not even its region and year (fields of one person's case): the key is shown masked as a whole, and no
 * message quotes any part of it.
 */
@Component
class ArendeKorrigeringar implements CorrectionTarget {

    /** The fields a correction may change, each with how its new value is read. */
    private static final Map<String, Function<String, Optional<String>>> FIELDS = Map.of(
            "exploateringsform", v -> Exploateringsform.parse(v).map(Enum::name),
            "kon", Vocabulary.KON::parse,
            "aldersgrupp", Vocabulary.ALDERSGRUPP::parse,
            "misstanke", Vocabulary.MISSTANKE::parse,
            "bransch", Vocabulary.BRANSCH::parse,
            "hanvisande_aktor", v -> Optional.of(v.strip()).filter(s -> !s.isEmpty()),
            "ursprungsland", v -> Optional.of(v.strip()).filter(s -> !s.isEmpty()),
            "upptackt_via_akc", v -> {
                try {
                    YesNo answer = YesNo.parse(v);
                    return answer == YesNo.JA ? Optional.of("TRUE") : answer == YesNo.NEJ ? Optional.of("FALSE")
                            : Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            });

    /** What the outputs show in place of a case's key. */
    static final String HIDDEN_KEY = "(ärendenyckel dold)";

    private final JdbcTemplate jdbc;

    ArendeKorrigeringar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kalla() {
        return RegionkoordinatorLayoutDetector.SOURCE;
    }

    @Override
    public String apply(String nyckel, String falt, String nyttVarde) {
        Function<String, Optional<String>> reader = FIELDS.get(falt);
        if (reader == null) {
            throw new IllegalArgumentException("the field '" + falt + "' cannot be corrected: expected one of "
                    + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
        }
        String value = reader.apply(nyttVarde == null ? "" : nyttVarde)
                .orElseThrow(() -> new IllegalArgumentException("'" + nyttVarde + "' is not a value of " + falt));
        Object[] key = key(nyckel);
        List<String> before = jdbc.queryForList("SELECT CAST(" + falt + " AS VARCHAR(200)) FROM regionkoordinator_case"
                + " WHERE polisregion = ? AND ar = ? AND arende_id = ?", String.class, key);
        if (before.isEmpty()) {
            throw new IllegalArgumentException("no case with that key in the warehouse");
        }
        set(falt, value, key);
        return before.get(0);
    }

    @Override
    public void revert(String nyckel, String falt, String tidigareVarde) {
        set(falt, tidigareVarde, key(nyckel));
    }

    private void set(String falt, String value, Object[] key) {
        Object typed = falt.equals("upptackt_via_akc") && value != null ? Boolean.valueOf(value) : value;
        jdbc.update("UPDATE regionkoordinator_case SET " + falt + " = ? WHERE polisregion = ? AND ar = ? AND arende_id = ?",
                typed, key[0], key[1], key[2]);
    }

    /** The key masked as a whole: its region, year and id are all fields of one person's case. */
    @Override
    public String shownKey(String nyckel) {
        return HIDDEN_KEY;
    }

    /** {@code Stockholm/2024/ST-0042} → region name, year, case id. The messages never quote the key. */
    private static Object[] key(String nyckel) {
        String[] parts = nyckel == null ? new String[0] : nyckel.split("/", 3);
        if (parts.length != 3 || !parts[1].strip().matches("\\d{4}")) {
            throw new IllegalArgumentException("the key is not a case key: expected polisregion/ar/arende_id,"
                    + " e.g. Stockholm/2024/<arende_id>");
        }
        Polisregion region = Polisregion.parse(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                "the key does not start with a police region: expected " + Polisregion.vocabulary()));
        return new Object[] {region.namn(), Integer.parseInt(parts[1].strip()), parts[2].strip()};
    }
}
