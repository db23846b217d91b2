package se.bilaga1.bra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.bilaga1.ingest.SheetRow;

/** Keys a table's header gives more than one column, e.g. {@code BrB 4:1a (B and D)}: which holds the figure is unknown. */
final class DuplicateColumns {

    private DuplicateColumns() {
    }

    static List<String> of(Map<Integer, String> keyOfColumn) {
        Map<String, Integer> first = new HashMap<>();
        List<String> duplicated = new ArrayList<>();
        keyOfColumn.forEach((column, key) -> {
            Integer earlier = first.putIfAbsent(key, column);
            if (earlier != null) {
                duplicated.add(key + " (" + SheetRow.columnLetters(earlier) + " and " + SheetRow.columnLetters(column) + ")");
            }
        });
        return duplicated;
    }
}
