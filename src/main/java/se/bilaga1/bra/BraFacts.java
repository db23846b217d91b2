package se.bilaga1.bra;

import java.math.BigDecimal;

/** The facts a Brå delivery yields, each with its provenance (sheet, row, column) in the file. */
public final class BraFacts {

    private BraFacts() {
    }

    /** One statute × year cell of a published table. */
    public record PublishedCount(Measure measure, String lagrum, int ar, BigDecimal amount, String marker, String label,
            String columnName, String cellRef) {
    }

    /** One row of a detail extract. */
    public record DetailCount(int ar, Integer manad, String kommunkod, String lagrum, long antal, String columnName) {
    }
}
