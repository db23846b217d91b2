package se.bilaga1.publish;

/**
 * A count as it may leave the warehouse: its value, or hidden ({@code ..}) by the disclosure check, in which case the
 * value is not carried at all, so no writer can show it by mistake.
 */
public record ShownCount(Long value) {

    public static final String HIDDEN_MARK = "..";
    public static final ShownCount HIDDEN = new ShownCount(null);

    public static ShownCount of(long value) {
        return new ShownCount(value);
    }

    public boolean hidden() {
        return value == null;
    }

    /** {@code 12}, or {@code ..} when hidden. */
    public String text() {
        return hidden() ? HIDDEN_MARK : String.valueOf(value);
    }

    /** The value as a figure for a table ({@link Long}), or the mark as text when hidden. */
    public Object cell() {
        return hidden() ? HIDDEN_MARK : value;
    }
}
