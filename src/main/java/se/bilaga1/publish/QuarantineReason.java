package se.bilaga1.publish;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Why a row of people (a coordinator case, a Migrationsverket permit) was quarantined, as an output may say it: one of
 * a few fixed texts, chosen by what the stored reason says, so no text of the row (its year, region, id, a category, a
 * date) can ever be quoted. The stored reason, which may quote the cell, stays in the warehouse. Each kind is picked by
 * an SQL {@code LIKE} pattern over the stored reason, so the counting is done where the rows are.
 */
enum QuarantineReason {

    DUPLICATE("%given twice%", "samma id förekommer redan i filen: den första raden står kvar"),
    OTHER_REGION("%does not belong in it%", "en annan polisregion än filens"),
    OTHER_YEAR("%is not the year the file name%", "ett annat år än filnamnets"),
    UNKNOWN_REGION("unknown police region%", "okänd polisregion"),
    BLANK_OR_EMPTY("blank%", "en tom cell där ett värde krävs"),
    EMPTY_KEY("empty %", "en tom nyckel (id) där varje rad behöver en"),
    TOO_LONG("longer than %", "ett för långt värde"),
    NOT_A_NUMBER("expected a whole number%", "inget heltal inom de tillåtna gränserna"),
    NOT_A_DATE("%not a date%", "inget datum"),
    FORMULA("a formula whose value%", "en formel utan sparat värde"),
    ROW_SHAPE("the row has %", "raden har färre celler än rubrikraden"),
    EXTRA_VALUE("a value %", "ett värde utanför rubrikradens kolumner"),
    UNREADABLE_QUOTE("a quote opened%", "ett citattecken som aldrig stängs"),
    UNREADABLE_LINE("a line of %", "en för lång rad"),
    UNREADABLE_NUL("a NUL %", "ett NUL-tecken (en nollbyte)"),
    UNREADABLE_BYTES("bytes that are not valid%", "byte som inte är giltig UTF-8"),
    OUTSIDE_VOCABULARY("%expected%", "ett värde utanför kolumnens förteckning"),
    OTHER("%", "värdet godtogs inte");

    private final String like;
    private final String text;

    QuarantineReason(String like, String text) {
        this.like = like;
        this.text = text;
    }

    /** What an output says. */
    String text() {
        return text;
    }

    /** The kind of a stored reason: the first whose pattern it matches, in declaration order. */
    static QuarantineReason of(String stored) {
        String reason = stored == null ? "" : stored;
        return Arrays.stream(values()).filter(k -> k.matches(reason)).findFirst().orElse(OTHER);
    }

    private boolean matches(String reason) {
        String core = like.replace("%", "");
        boolean open = like.startsWith("%");
        return open ? reason.contains(core) : reason.startsWith(core);
    }

    /** SQL giving the kind's name for a stored reason in {@code column}, as {@link #of} does. */
    static String sql(String column) {
        return "CASE " + Arrays.stream(values()).filter(k -> k != OTHER)
                .map(k -> "WHEN " + column + " LIKE '" + k.like + "' THEN '" + k.name() + "'").collect(Collectors.joining(" "))
                + " ELSE '" + OTHER.name() + "' END";
    }
}
