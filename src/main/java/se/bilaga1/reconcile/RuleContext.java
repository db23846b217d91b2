package se.bilaga1.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bilaga1.warehouse.Bilaga1Tables;
import se.bilaga1.warehouse.PublishedTable;

/** What a rule checks: the report year, and the published tables and breakdowns, built once per reconciliation. */
public final class RuleContext {

    private final int reportYear;
    private final Bilaga1Tables builder;
    private Map<String, PublishedTable> tables;

    public RuleContext(int reportYear, Bilaga1Tables builder) {
        this.reportYear = reportYear;
        this.builder = builder;
    }

    /** A context over tables given as they are (to check crafted tables in tests). */
    public static RuleContext of(int reportYear, List<PublishedTable> tables) {
        RuleContext context = new RuleContext(reportYear, null);
        context.tables = index(tables);
        return context;
    }

    public int reportYear() {
        return reportYear;
    }

    public boolean has(String tabell) {
        ensureBuilt();
        return tables.containsKey(tabell);
    }

    public PublishedTable table(String tabell) {
        ensureBuilt();
        PublishedTable table = tables.get(tabell);
        if (table == null) {
            throw new IllegalArgumentException("no table " + tabell);
        }
        return table;
    }

    private void ensureBuilt() {
        if (tables == null) {
            List<PublishedTable> all = new java.util.ArrayList<>(builder.all(reportYear));
            all.addAll(builder.breakdowns(reportYear));
            tables = index(all);
        }
    }

    private static Map<String, PublishedTable> index(List<PublishedTable> list) {
        Map<String, PublishedTable> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(t.tabell(), t));
        return map;
    }
}
