package se.bilaga1.ingest;

/** Why one cell of a row kept the row out of the warehouse. {@code column} is the header name or cell reference. */
public record QuarantineEntry(String column, String rawValue, String reason) {

    /**
     * A raw value as a reason quotes it: in quotes, cut to 40 characters (the entry keeps the value itself; a reason
     * must stay readable when the cell holds megabytes).
     */
    public static String quote(String raw) {
        String text = String.valueOf(raw);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
