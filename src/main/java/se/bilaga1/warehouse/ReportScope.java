package se.bilaga1.warehouse;

import java.util.List;
import java.util.stream.IntStream;

/** The years each table of Bilaga 1 shows for report year N, as the seed report does for N = 2024. */
public final class ReportScope {

    /** The five offences of Tabell 7, in the published order. */
    public static final List<String> TABELL_7_LAGRUM = List.of("BrB 4:1a", "BrB 4:1b", "BrB 6:9", "BrB 6:11", "BrB 6:12");
    /** The two offences of Tabell 8. */
    public static final List<String> TABELL_8_LAGRUM = List.of("BrB 4:1a", "BrB 4:1b");

    private ReportScope() {
    }

    /** Tabell 5 and 6: permits over the three years up to and including N. */
    public static List<Integer> tabell5Years(int reportYear) {
        return IntStream.rangeClosed(reportYear - 2, reportYear).boxed().toList();
    }

    /** Tabell 7: reported offences over the five years up to and including N. */
    public static List<Integer> tabell7Years(int reportYear) {
        return IntStream.rangeClosed(reportYear - 4, reportYear).boxed().toList();
    }

    /** Tabell 8: prosecution decisions over the six years before N (the latest Brå has published). */
    public static List<Integer> tabell8Years(int reportYear) {
        return IntStream.rangeClosed(reportYear - 6, reportYear - 1).boxed().toList();
    }
}
