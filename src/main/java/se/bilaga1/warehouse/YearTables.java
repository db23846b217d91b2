package se.bilaga1.warehouse;

import java.util.List;
import java.util.Optional;

/**
 * Everything built from the warehouse for report year N, at one moment: the published tables, the national
 * breakdowns beside them, and the exact regional counts (which leave only through the disclosure boundary). A run
 * builds it once after its loads, and its checks, snapshot and outputs all read the same one ({@link
 * Bilaga1Tables#year}).
 */
public record YearTables(int reportYear, List<PublishedTable> published, List<PublishedTable> breakdowns,
        Optional<RegionalCounts> regionalCounts) {

    public YearTables {
        published = List.copyOf(published);
        breakdowns = List.copyOf(breakdowns);
    }
}
