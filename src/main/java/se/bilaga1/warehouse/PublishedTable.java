package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.List;


/**
 * A table of Bilaga 1 in its published layout: stub columns (row labels), one column per heading, the cells,
 * and the table's notes. {@code rad} is the row's name in the flat CSV.
 */
public record PublishedTable(String tabell, String title, String sheet, List<String> stubHeadings, List<String> columns,
        List<Row> rows, List<String> notes, List<String> shareColumns, List<String> chartSeries) {

    /** A table of counts, without shares or a chart. */
    public PublishedTable(String tabell, String title, String sheet, List<String> stubHeadings, List<String> columns,
            List<Row> rows, List<String> notes) {
        this(tabell, title, sheet, stubHeadings, columns, rows, notes, List.of(), List.of());
    }

    public record Row(String rad, List<String> printedLabels, List<Cell> cells) {
    }

    /** The cell at row {@code rad} and column {@code kolumn}, as the flat CSV names them. */
    public Cell cell(String rad, String kolumn) {
        int column = columns.indexOf(kolumn);
        Row row = rows.stream().filter(r -> r.rad().equals(rad)).findFirst().orElse(null);
        if (column < 0 || row == null) {
            throw new IllegalArgumentException(tabell + " has no cell " + rad + " × " + kolumn);
        }
        return row.cells().get(column);
    }

    /** A published figure: {@code value} null when missing, then {@code marker} is {@code ..} with a reason. */
    public record Cell(BigDecimal value, String marker, String reason, List<Provenance> provenance) {

        public static Cell missing(String reason) {
            return new Cell(null, "..", reason, List.of());
        }
    }
}
