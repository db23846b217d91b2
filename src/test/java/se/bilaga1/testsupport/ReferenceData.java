package se.bilaga1.testsupport;

import java.nio.file.Path;

/** The repository's reference data (reference/README.md says where each file comes from), from the project root. */
public final class ReferenceData {

    /** The 290 municipalities: {@code kommunkod,kommun,lanskod,lan,polisregion}. */
    public static final Path KOMMUNER = Path.of("reference/kommuner.csv");

    /** The report's printed cells of Tabell 1–8: {@code tabell;rad;kolumn;varde}. */
    public static final Path PUBLICERAT_2024 = Path.of("reference/bilaga1-2024-publicerat.csv");

    private ReferenceData() {
    }
}
