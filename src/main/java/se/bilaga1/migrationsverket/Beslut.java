package se.bilaga1.migrationsverket;

import java.time.LocalDate;

/** One granted permit of the extract. {@code columnName} names the lagrum column, its provenance in the file. */
record Beslut(LocalDate beslutsdatum, String personLopnr, Tillstand tillstand, Boolean forlangning, Kon kon,
        SokandePart sokandePart, Boolean viaRegionkoordinator, String polisregion, String columnName) {
}
