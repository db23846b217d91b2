package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.bilaga1.ingest.Checksums;

/** Every published cell as one flat value: what snapshots keep, what is compared, what the checksum covers. */
public final class PublishedCells {

    private PublishedCells() {
    }

    /** A published cell: its value as plain text ({@code 1805}, {@code 0.333}), or its marker ({@code ..}). */
    public record PublishedCell(String tabell, String rad, String kolumn, String varde) {

        /** The cell's address, unique across the tables. */
        public String key() {
            return tabell + "\u0000" + rad + "\u0000" + kolumn;
        }
    }

    public static List<PublishedCell> of(List<PublishedTable> tables) {
        List<PublishedCell> cells = new ArrayList<>();
        for (PublishedTable t : tables) {
            for (PublishedTable.Row row : t.rows()) {
                for (int i = 0; i < t.columns().size(); i++) {
                    PublishedTable.Cell cell = row.cells().get(i);
                    cells.add(new PublishedCell(t.tabell(), row.rad(), t.columns().get(i),
                            cell.value() == null ? cell.marker() : plain(cell.value())));
                }
            }
        }
        return cells;
    }

    /** The SHA-256 over the cells in table order: equal when every published cell is equal. */
    public static String checksum(List<PublishedCell> cells) {
        return Checksums.sha256(cells.stream().map(c -> c.key().replace('\u0000', '\t') + "\t" + c.varde()).toList());
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
