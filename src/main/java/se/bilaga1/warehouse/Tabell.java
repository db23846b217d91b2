package se.bilaga1.warehouse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The published tables and figures of Bilaga 1, in the order of the indicators (the order of the flat CSV, the PX
 * files and {@link Bilaga1Tables#all}), each with its indicator and the source it is built from. One list: the
 * warehouse builds them, reconciliation checks them, publishing writes them, the tests count them.
 */
public enum Tabell {

    FIGUR_3("Figur 3", 1, "kommunenkat"),
    FIGUR_4("Figur 4", 1, "kommunenkat"),
    FIGUR_5("Figur 5", 2, "bra"),
    TABELL_1("Tabell 1", 3, "regionkoordinatorer"),
    TABELL_2("Tabell 2", 3, "regionkoordinatorer"),
    TABELL_5("Tabell 5", 4, "migrationsverket"),
    TABELL_6("Tabell 6", 4, "migrationsverket"),
    TABELL_7("Tabell 7", 5, "bra"),
    TABELL_8("Tabell 8", 6, "bra"),
    FIGUR_6("Figur 6", 7, "kommunenkat"),
    FIGUR_7("Figur 7", 7, "kommunenkat"),
    TABELL_3("Tabell 3", 0, "stodprogram"),
    TABELL_4("Tabell 4", 0, "stodprogram");

    private final String id;
    private final int indikator;
    private final String source;

    Tabell(String id, int indikator, String source) {
        this.id = id;
        this.indikator = indikator;
        this.source = source;
    }

    /** As the report prints it and {@link PublishedTable#tabell()} holds it: {@code Tabell 7}, {@code Figur 3}. */
    public String id() {
        return id;
    }

    /** The indicator it answers; 0 for the support programmes' tables, published beside the indicators. */
    public int indikator() {
        return indikator;
    }

    /** The source folder the table is built from. */
    public String source() {
        return source;
    }

    public static Optional<Tabell> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** Every id, in the published order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Tabell::id).toList();
    }
}
