package se.bilaga1.warehouse;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import se.bilaga1.ingest.Checksums;

/**
 * The yearly rebuild's frozen results: per report year a numbered snapshot of the inputs (name and SHA-256),
 * the rule results and every published cell. A rebuild that reproduces the latest snapshot (same inputs, same
 * cells) records nothing new; one that differs records the next number and keeps the earlier ones.
 */
@Service
public class Snapshots {

    private final JdbcTemplate jdbc;

    public Snapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An input file as a snapshot keeps it. */
    public record Input(String fileName, String sha256, String status) {
    }

    public record Snapshot(long id, int reportYear, int number, LocalDateTime createdAt, boolean forced, String inputsSha256,
            String cellsSha256) {
    }

    /** A published cell whose value differs between two snapshots ({@code fore} or {@code efter} null: absent). */
    public record MovedCell(String tabell, String rad, String kolumn, String fore, String efter) {
    }

    /** The snapshot a rebuild ended with, and how it compares with the one before. */
    public record Outcome(Snapshot snapshot, boolean recorded, Optional<Snapshot> previous, List<MovedCell> moved) {

        /**
         * One line for the workbook's overview. It names the snapshot, not the run, so that rebuilding the same
         * inputs again writes the same cells.
         */
        public String describe() {
            String head = "Ögonblicksbild " + snapshot.number() + " av rapportår " + snapshot.reportYear() + ", "
                    + snapshot.createdAt().withNano(0).toString().replace('T', ' ') + (snapshot.forced() ? " (med --force)" : "");
            return previous.map(p -> head + "; " + moved.size() + " publicerade celler ändrade sedan ögonblicksbild "
                    + p.number()).orElse(head + "; den första för året");
        }
    }

    public Optional<Snapshot> latest(int reportYear) {
        return jdbc.query("SELECT id, report_year, snapshot_no, created_at, forced, inputs_sha256, cells_sha256 FROM snapshot"
                + " WHERE report_year = ? ORDER BY snapshot_no DESC", rs -> rs.next() ? Optional.of(snapshot(rs))
                        : Optional.<Snapshot>empty(), reportYear);
    }

    public List<Snapshot> all(int reportYear) {
        return jdbc.query("SELECT id, report_year, snapshot_no, created_at, forced, inputs_sha256, cells_sha256 FROM snapshot"
                + " WHERE report_year = ? ORDER BY snapshot_no", (rs, i) -> snapshot(rs), reportYear);
    }

    public List<Input> inputs(long snapshotId) {
        return jdbc.query("SELECT file_name, sha256, status FROM snapshot_input WHERE snapshot_id = ? ORDER BY file_name",
                (rs, i) -> new Input(rs.getString(1), rs.getString(2), rs.getString(3)), snapshotId);
    }

    /**
     * What differs between the latest snapshot's inputs and {@code inputs} (name → SHA-256): lines such as
     * {@code changed bra/x.xlsx}; empty when there is no snapshot yet or the inputs are the same.
     */
    public List<String> inputDifferences(int reportYear, Map<String, String> inputs) {
        Optional<Snapshot> latest = latest(reportYear);
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<String, String> before = new LinkedHashMap<>();
        inputs(latest.get().id()).forEach(i -> before.put(i.fileName(), i.sha256()));
        List<String> differences = new ArrayList<>();
        for (String name : new TreeSet<>(union(before.keySet(), inputs.keySet()))) {
            String was = before.get(name);
            String is = inputs.get(name);
            if (was == null) {
                differences.add("new " + name);
            } else if (is == null) {
                differences.add("removed " + name);
            } else if (!was.equals(is)) {
                differences.add("changed " + name);
            }
        }
        return differences;
    }

    /**
     * Records the rebuild's result as the next snapshot of {@code reportYear}, unless it equals the latest one.
     * Runs in the caller's transaction.
     */
    public Outcome record(int reportYear, long jobExecutionId, boolean forced, List<Input> inputs, List<RuleResult> rules,
            List<PublishedCells.PublishedCell> cells) {
        String inputsSha = Checksums.sha256(inputs.stream().sorted((a, b) -> a.fileName().compareTo(b.fileName()))
                .map(i -> i.fileName() + "\t" + i.sha256() + "\t" + i.status()).toList());
        String cellsSha = PublishedCells.checksum(cells);
        Optional<Snapshot> latest = latest(reportYear);
        if (latest.isPresent() && latest.get().inputsSha256().equals(inputsSha) && latest.get().cellsSha256().equals(cellsSha)) {
            Optional<Snapshot> previous = byNumber(reportYear, latest.get().number() - 1);
            return new Outcome(latest.get(), false, previous, previous.map(p -> moved(p, latest.get())).orElse(List.of()));
        }
        int number = latest.map(s -> s.number() + 1).orElse(1);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO snapshot (report_year, snapshot_no, job_execution_id, created_at, forced,"
                    + " inputs_sha256, cells_sha256) VALUES (?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setInt(1, reportYear);
            ps.setInt(2, number);
            ps.setLong(3, jobExecutionId);
            ps.setTimestamp(4, Timestamp.valueOf(now));
            ps.setBoolean(5, forced);
            ps.setString(6, inputsSha);
            ps.setString(7, cellsSha);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO snapshot_input (snapshot_id, file_name, sha256, status) VALUES (?,?,?,?)",
                inputs.stream().map(i -> new Object[] {id, i.fileName(), i.sha256(), i.status()}).toList());
        List<Object[]> ruleRows = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleResult r = rules.get(i);
            ruleRows.add(new Object[] {id, i, r.regel(), r.tabell(), r.beskrivning(), r.vanster(), r.hoger(), r.status().name()});
        }
        jdbc.batchUpdate("INSERT INTO snapshot_rule (snapshot_id, seq, regel, tabell, beskrivning, vanster, hoger, status)"
                + " VALUES (?,?,?,?,?,?,?,?)", ruleRows);
        List<Object[]> cellRows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            PublishedCells.PublishedCell c = cells.get(i);
            cellRows.add(new Object[] {id, i, c.tabell(), c.rad(), c.kolumn(), c.varde()});
        }
        jdbc.batchUpdate("INSERT INTO snapshot_cell (snapshot_id, seq, tabell, rad, kolumn, varde) VALUES (?,?,?,?,?,?)",
                cellRows);
        Snapshot recorded = new Snapshot(id, reportYear, number, now, forced, inputsSha, cellsSha);
        return new Outcome(recorded, true, latest, latest.map(p -> moved(p, recorded)).orElse(List.of()));
    }

    /** The outcome for the latest snapshot of the year, compared with the one before (for publishing it again). */
    public Optional<Outcome> latestOutcome(int reportYear) {
        return latest(reportYear).map(s -> {
            Optional<Snapshot> previous = byNumber(reportYear, s.number() - 1);
            return new Outcome(s, true, previous, previous.map(p -> moved(p, s)).orElse(List.of()));
        });
    }

    /** The published cells whose value differs from snapshot {@code before} to snapshot {@code after}, in table order. */
    public List<MovedCell> moved(Snapshot before, Snapshot after) {
        Map<String, PublishedCells.PublishedCell> old = new LinkedHashMap<>();
        cells(before.id()).forEach(c -> old.put(c.key(), c));
        List<MovedCell> moved = new ArrayList<>();
        for (PublishedCells.PublishedCell c : cells(after.id())) {
            PublishedCells.PublishedCell was = old.remove(c.key());
            if (was == null || !Objects.equals(was.varde(), c.varde())) {
                moved.add(new MovedCell(c.tabell(), c.rad(), c.kolumn(), was == null ? null : was.varde(), c.varde()));
            }
        }
        old.values().forEach(c -> moved.add(new MovedCell(c.tabell(), c.rad(), c.kolumn(), c.varde(), null)));
        return moved;
    }

    public List<PublishedCells.PublishedCell> cells(long snapshotId) {
        return jdbc.query("SELECT tabell, rad, kolumn, varde FROM snapshot_cell WHERE snapshot_id = ? ORDER BY seq",
                (rs, i) -> new PublishedCells.PublishedCell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                snapshotId);
    }

    private Optional<Snapshot> byNumber(int reportYear, int number) {
        return jdbc.query("SELECT id, report_year, snapshot_no, created_at, forced, inputs_sha256, cells_sha256 FROM snapshot"
                + " WHERE report_year = ? AND snapshot_no = ?", rs -> rs.next() ? Optional.of(snapshot(rs))
                        : Optional.<Snapshot>empty(), reportYear, number);
    }

    private static Snapshot snapshot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Snapshot(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getTimestamp(4).toLocalDateTime(), rs.getBoolean(5),
                rs.getString(6), rs.getString(7));
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
