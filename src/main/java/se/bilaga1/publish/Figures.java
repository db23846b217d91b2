package se.bilaga1.publish;

import java.math.BigDecimal;

/** Numbers as the output contract prints them: plain digits, a decimal point for shares. */
final class Figures {

    private Figures() {
    }

    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
