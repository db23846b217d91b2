package se.bilaga1.ingest;

/**
 * A source whose loaded records the analysts' corrections can change. The source knows its record keys, its
 * fields and their vocabularies; the corrections step only dispatches by {@code kalla}.
 */
public interface CorrectionTarget {

    /** The source folder's name, as the corrections file writes it in {@code kalla}. */
    String kalla();

    /**
     * Sets {@code falt} of the record {@code nyckel} to {@code nyttVarde}.
     *
     * @return the value before (as stored)
     * @throws IllegalArgumentException saying why: no such record, field or value
     */
    String apply(String nyckel, String falt, String nyttVarde);

    /** Puts back a value {@link #apply} returned. */
    void revert(String nyckel, String falt, String tidigareVarde);

    /**
     * The record key as the outputs (workbook, reconciliation, run report) may show it. A source whose keys point
     * at a person masks what identifies the record; by default the key is shown as given.
     */
    default String shownKey(String nyckel) {
        return nyckel;
    }
}
