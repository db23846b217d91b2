package se.bilaga1.ingest;

/** Why one cell of a row kept the row out of the warehouse. {@code column} is the header name or cell reference. */
public record QuarantineEntry(String column, String rawValue, String reason) {
}
