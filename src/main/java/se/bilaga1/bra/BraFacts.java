package se.bilaga1.bra;

import java.math.BigDecimal;

/** The facts a Brå delivery yields, each with its provenance (sheet, row, column) in the file. */
final class BraFacts {

    private BraFacts() {
    }

    /** One statute × year cell of a published table. */
    public record PublishedCount(Measure measure, String lagrum, int ar, BigDecimal amount, String marker, String label,
            String columnName, String cellRef) {
    }

    /** One answer to the crime-prevention survey: a municipality or a city district ({@code kod} 1480-03). */
    public record Kartlaggning(int ar, String kod, String kommunkod, String typ, Boolean genomfort, Boolean identifierat) {
    }

    /** One row of a detail extract. */
    public record DetailCount(int ar, Integer manad, String kommunkod, String lagrum, long antal, String columnName) {
    }
}
