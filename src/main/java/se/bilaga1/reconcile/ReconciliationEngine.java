package se.bilaga1.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.YearTables;

/** Runs every rule, in the catalogue's order ({@link RuleId}), and keeps the results of the run in the warehouse. */
@Service
public class ReconciliationEngine {

    private final List<ReconciliationRule> rules;
    private final JdbcTemplate jdbc;

    public ReconciliationEngine(List<ReconciliationRule> rules, JdbcTemplate jdbc) {
        this.rules = inCatalogueOrder(rules);
        this.jdbc = jdbc;
    }

    /** The rules in {@link RuleId}'s order: exactly one per id, or the application does not start. */
    static List<ReconciliationRule> inCatalogueOrder(List<ReconciliationRule> rules) {
        java.util.Map<RuleId, ReconciliationRule> byId = new java.util.EnumMap<>(RuleId.class);
        for (ReconciliationRule rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules with the id " + rule.id().id());
            }
        }
        java.util.Set<RuleId> missing = java.util.EnumSet.allOf(RuleId.class);
        missing.removeAll(byId.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("rules declared in RuleId without an implementation: " + missing);
        }
        return List.copyOf(byId.values());
    }

    /**
     * Runs every rule over the tables a run built once after its loads ({@code Bilaga1Tables.year}), and keeps the
     * results.
     */
    public List<RuleResult> run(YearTables built, Long jobExecutionId) {
        int reportYear = built.reportYear();
        RuleContext context = RuleContext.of(built);
        List<RuleResult> results = new ArrayList<>();
        for (ReconciliationRule rule : rules) {
            results.addAll(rule.check(context));
        }
        jdbc.update("DELETE FROM reconciliation_result WHERE report_year = ?", reportYear);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            RuleResult r = results.get(i);
            rows.add(new Object[] {jobExecutionId, reportYear, i + 1, r.regel(), r.tabell(), r.beskrivning(), r.vanster(),
                    r.hoger(), r.status().name()});
        }
        jdbc.batchUpdate("INSERT INTO reconciliation_result (job_execution_id, report_year, seq, regel, tabell, beskrivning,"
                + " vanster, hoger, status) VALUES (?,?,?,?,?,?,?,?,?)", rows);
        if (jobExecutionId != null) {
            // the run keeps its own findings when a later run replaces the year's current ones
            jdbc.update("DELETE FROM reconciliation_history WHERE job_execution_id = ?", jobExecutionId);
            jdbc.batchUpdate("INSERT INTO reconciliation_history (job_execution_id, report_year, seq, regel, tabell,"
                    + " beskrivning, vanster, hoger, status) VALUES (?,?,?,?,?,?,?,?,?)", rows);
        }
        return results;
    }

    /** The stored results of the latest run for the report year, in order: the year's current findings. */
    public List<RuleResult> results(int reportYear) {
        return jdbc.query("SELECT regel, tabell, beskrivning, vanster, hoger, status FROM reconciliation_result"
                + " WHERE report_year = ? ORDER BY seq", RESULT, reportYear);
    }

    /** The results a run found (its own execution or, restarted, its instance's executions), in order. */
    public List<RuleResult> resultsOfRun(List<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT regel, tabell, beskrivning, vanster, hoger, status FROM reconciliation_history"
                + " WHERE job_execution_id IN (" + String.join(",", java.util.Collections.nCopies(jobExecutionIds.size(), "?"))
                + ") ORDER BY job_execution_id, seq", RESULT, jobExecutionIds.toArray());
    }

    private static final org.springframework.jdbc.core.RowMapper<RuleResult> RESULT = (rs, i) -> new RuleResult(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            RuleResult.Status.valueOf(rs.getString(6)));
}
