package se.bilaga1.warehouse;

/**
 * One row of the reconciliation: a rule checked on one cell or pair of figures. {@code vanster} and
 * {@code hoger} are the two figures compared (e.g. the sum of the parts and the stated total).
 */
public record RuleResult(String regel, String tabell, String beskrivning, String vanster, String hoger, Status status) {

    public enum Status {
        OK, VARNING, FEL
    }
}
