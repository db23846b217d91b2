package se.bilaga1.publish.textkontroll;

/** What the check found of one statement of the manuscript. */
public enum Status {
    /** The cells it names hold what the text says. */
    STAMMER("STÄMMER"),
    /** The cells it names hold something else: the finding gives them with their values. */
    MOTSAGS("MOTSÄGS"),
    /** The text quotes a cell that disclosure control hides: a finding of its own, whatever the value. */
    DOLD_CELL("DOLD CELL"),
    /** No subject, year or cell recognised: listed, never dropped. */
    EJ_KONTROLLERAD("EJ KONTROLLERAD");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** As the CSV, the sheet and the console print it. */
    public String label() {
        return label;
    }
}
