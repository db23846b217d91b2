package se.bilaga1.warehouse;

import java.math.BigDecimal;

/** Numbers as the outputs print them: plain digits, a decimal point for shares, no trailing zeros. */
public final class Figures {

    private Figures() {
    }

    /** The figure, or nothing where it is missing (the flat CSV, PX and workbook mark missing cells themselves). */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** The figure, or {@code ..} where it is missing: as the reconciliation prints both sides of a check. */
    public static String print(BigDecimal value) {
        return value == null ? ".." : plain(value);
    }
}
