package se.bilaga1.testsupport;

/**
 * The per-file detail sums the load step keeps ({@code bra_detail_sum}) against the detail rows themselves: the keys
 * (file, statute, year) whose sum, row count or row span differ, on either side. Zero when the marts read from the
 * sums give what the rows would. Plain SQL for H2 and PostgreSQL alike.
 */
public final class DetailSumsCheck {

    private static final String FROM_ROWS = "SELECT source_file_id, lagrum, ar, SUM(antal) AS antal, COUNT(*) AS row_count,"
            + " MIN(row_no) AS min_row, MAX(row_no) AS max_row FROM bra_detail_count GROUP BY source_file_id, lagrum, ar";
    private static final String KEPT = "SELECT source_file_id, lagrum, ar, antal, row_count, min_row, max_row FROM bra_detail_sum";

    /** How many keys disagree. */
    public static final String DISAGREEING = "SELECT COUNT(*) FROM ((" + FROM_ROWS + " EXCEPT " + KEPT + ") UNION ALL ("
            + KEPT + " EXCEPT " + FROM_ROWS + ")) disagreeing";

    private DetailSumsCheck() {
    }
}
