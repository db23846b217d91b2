package se.bilaga1.reconcile;

import java.math.BigDecimal;

/** Figures as the reconciliation prints them: plain digits, {@code ..} where missing. */
final class Figures {

    private Figures() {
    }

    static String print(BigDecimal value) {
        if (value == null) {
            return "..";
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
