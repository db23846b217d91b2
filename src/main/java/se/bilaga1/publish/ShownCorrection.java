package se.bilaga1.publish;

import java.util.List;

import se.bilaga1.warehouse.Korrigeringar;

/**
 * An analyst's correction as it may leave the warehouse. One of a source whose rows are people (a coordinator case)
 * is about one person: it shows its id, field, new category, status, who decided it and when, the corrections file's
 * row and the published (national) cells it moved with before and after; never the record's key (region and year),
 * its value before, or the reason written for it. Other corrections show everything.
 */
public record ShownCorrection(String id, String kalla, String nyckel, String falt, String tidigareVarde, String nyttVarde,
        String motivering, String beslutadAv, String datum, String status, String fileName, int rowNo, String meddelande,
        boolean aboutPerson, List<Korrigeringar.MovedCell> moved) {

    /** What an output shows in place of what a correction about a person withholds. */
    public static final String WITHHELD = "(visas inte: uppgift om en person)";

    static ShownCorrection of(Korrigeringar.Correction c, List<Korrigeringar.MovedCell> moved) {
        boolean person = PersonLevelSource.ofSource(c.kalla()).isPresent();
        List<Korrigeringar.MovedCell> its = moved.stream().filter(m -> m.korrigeringar().contains(c.id())).toList();
        return new ShownCorrection(c.id(), c.kalla(), person ? WITHHELD : c.nyckel(), c.falt(),
                person ? WITHHELD : c.tidigareVarde(), c.nyttVarde(), person ? WITHHELD : c.motivering(), c.beslutadAv(),
                c.datum(), c.status(), c.fileName(), c.rowNo(), c.meddelande(), person, its);
    }

    /** The correction as the lineage names it: without its reason when it is about a person. */
    static Korrigeringar.Correction forLineage(Korrigeringar.Correction c) {
        return PersonLevelSource.ofSource(c.kalla()).isEmpty() ? c : new Korrigeringar.Correction(c.id(), c.kalla(), WITHHELD,
                c.falt(), c.nyttVarde(), null, c.beslutadAv(), c.datum(), c.status(), null, c.meddelande(), c.fileName(),
                c.rowNo());
    }

    /** The cells it moved: {@code Tabell 1 · Sexuella ändamål · 2024: 147 → 166; …}. */
    public String movedText() {
        return String.join("; ", moved.stream().map(m -> m.tabell() + " · " + m.rad() + " · " + m.kolumn() + ": " + m.fore()
                + " → " + m.efter()).toList());
    }
}
