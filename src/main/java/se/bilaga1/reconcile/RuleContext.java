package se.bilaga1.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.YearTables;

/** What a rule checks: the report year, and the published tables and national breakdowns, built once per run. */
public final class RuleContext {

    private final int reportYear;
    private final Map<String, PublishedTable> tables;

    private RuleContext(int reportYear, Map<String, PublishedTable> tables) {
        this.reportYear = reportYear;
        this.tables = tables;
    }

    /** A context over the tables a run built once: the published tables and the national breakdowns. */
    public static RuleContext of(YearTables built) {
        List<PublishedTable> all = new java.util.ArrayList<>(built.published());
        all.addAll(built.breakdowns());
        return of(built.reportYear(), all);
    }

    /** A context over tables given as they are (to check crafted tables in tests). */
    public static RuleContext of(int reportYear, List<PublishedTable> tables) {
        Map<String, PublishedTable> map = new LinkedHashMap<>();
        tables.forEach(t -> map.put(t.tabell(), t));
        return new RuleContext(reportYear, map);
    }

    public int reportYear() {
        return reportYear;
    }

    public boolean has(String tabell) {
        return tables.containsKey(tabell);
    }

    public PublishedTable table(String tabell) {
        PublishedTable table = tables.get(tabell);
        if (table == null) {
            throw new IllegalArgumentException("no table " + tabell);
        }
        return table;
    }
}
