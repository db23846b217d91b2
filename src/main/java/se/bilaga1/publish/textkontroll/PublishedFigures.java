package se.bilaga1.publish.textkontroll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bilaga1.warehouse.PublishedCells.PublishedCell;

/**
 * The published cells a manuscript is checked against, by {@code tabell | rad | kolumn}: only cells that passed the
 * disclosure boundary (a hidden one holds {@code ..}). A reference may add cells ({@code A + B}) and carries the
 * statement's year ({@code {år}}).
 */
final class PublishedFigures {

    private final Map<String, String> cells = new LinkedHashMap<>();

    PublishedFigures(List<PublishedCell> published) {
        for (PublishedCell c : published) {
            cells.put(key(c.tabell(), c.rad(), c.kolumn()), c.varde());
        }
    }

    /** What a reference resolved to for a year: the sum, the cells by name, whether one is hidden or missing. */
    record Value(BigDecimal value, List<String> cells, boolean hidden, String missing) {

        boolean usable() {
            return value != null && !hidden && missing == null;
        }

        String names() {
            return String.join(" + ", cells);
        }
    }

    Value resolve(String reference, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        boolean hidden = false;
        String missing = null;
        for (String part : reference.replace("{år}", String.valueOf(year)).split("\\s\\+\\s")) {
            String[] p = part.split("\\s*\\|\\s*");
            String name = p[0].strip() + " | " + p[1].strip() + " | " + p[2].strip();
            names.add(name);
            String v = cells.get(key(p[0].strip(), p[1].strip(), p[2].strip()));
            if (v == null) {
                // a table publishes no row for a category without cases in any year (Annat, Organhandel): 0 then, if the
                // table has the column at all
                if (hasColumn(p[0].strip(), p[2].strip())) {
                    continue;
                }
                missing = name;
            } else if (v.equals("..")) {
                hidden = true;
            } else {
                sum = sum.add(new BigDecimal(v));
            }
        }
        return new Value(missing == null ? sum : null, names, hidden, missing);
    }

    private boolean hasColumn(String tabell, String kolumn) {
        String prefix = tabell + "\u0000";
        String suffix = "\u0000" + kolumn;
        return cells.keySet().stream().anyMatch(k -> k.startsWith(prefix) && k.endsWith(suffix));
    }

    private static String key(String tabell, String rad, String kolumn) {
        return tabell + "\u0000" + rad + "\u0000" + kolumn;
    }
}
