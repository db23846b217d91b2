package se.bilaga1.publish;

import java.math.BigDecimal;
import java.util.List;

import se.bilaga1.warehouse.Provenance;

/**
 * A table of Bilaga 1 in its published layout: stub columns (row labels), one column per heading, the cells,
 * and the table's notes. {@code rad} is the row's name in the flat CSV.
 */
public record PublishedTable(String tabell, String title, String sheet, List<String> stubHeadings, List<String> columns,
        List<Row> rows, List<String> notes) {

    public record Row(String rad, List<String> printedLabels, List<Cell> cells) {
    }

    /** A published figure: {@code value} null when missing, then {@code marker} is {@code ..} with a reason. */
    public record Cell(BigDecimal value, String marker, String reason, List<Provenance> provenance) {

        public static Cell missing(String reason) {
            return new Cell(null, "..", reason, List.of());
        }
    }
}
