package se.bilaga1.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.bilaga1.ingest.CorrectionTarget;

/**
 * Applies the analysts' corrections after loading, by record key, each to the source it names; a correction
 * whose record, field or value does not exist is a FEL, never a silent no-op. Also tells which published cells
 * the corrections moved, with the values before and after, by rebuilding the tables with them reverted in a
 * transaction that is always rolled back.
 */
@Service
public class Korrigeringar {

    /** A correction with its outcome. */
    public record Correction(String id, String kalla, String nyckel, String falt, String nyttVarde, String motivering,
            String beslutadAv, String datum, String status, String tidigareVarde, String meddelande, String fileName,
            int rowNo) {
    }

    /** A published cell the corrections moved, and which of them moved it. */
    public record MovedCell(String tabell, String rad, String kolumn, String fore, String efter, List<String> korrigeringar) {
    }

    /** What the outputs show for the key of a correction that names no known source. */
    static final String HIDDEN_KEY = "(nyckel dold)";

    private final JdbcTemplate jdbc;
    private final Map<String, CorrectionTarget> targets = new LinkedHashMap<>();
    private final TransactionTemplate separate;

    public Korrigeringar(JdbcTemplate jdbc, List<CorrectionTarget> targets, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        targets.forEach(t -> this.targets.put(t.kalla(), t));
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @return how many corrections were applied (the others are FEL with their reason) */
    public int applyPending() {
        int applied = 0;
        for (Correction c : list("PENDING")) {
            CorrectionTarget target = targets.get(c.kalla());
            try {
                if (target == null) {
                    throw new IllegalArgumentException("'" + c.kalla() + "' is no source that corrections apply to: expected "
                            + String.join(", ", targets.keySet()));
                }
                String before = target.apply(c.nyckel(), c.falt(), c.nyttVarde());
                jdbc.update("UPDATE korrigering SET status = 'APPLIED', tidigare_varde = ? WHERE korrigering_id = ?"
                        + " AND status = 'PENDING'", before, c.id());
                applied++;
            } catch (IllegalArgumentException e) {
                jdbc.update("UPDATE korrigering SET status = 'FEL', meddelande = ? WHERE korrigering_id = ? AND status = 'PENDING'",
                        e.getMessage(), c.id());
            }
        }
        return applied;
    }

    /**
     * Takes every correction back to PENDING, the applied ones reverted last-first, so that a nightly run that
     * replaces or retires files applies them again over the facts as they will be (a corrections file that
     * changed, or a corrected record whose file changed, must not leave an old correction behind).
     *
     * @return how many applied corrections were reverted
     */
    public int revertAll() {
        List<Correction> applied = list("APPLIED");
        for (int i = applied.size() - 1; i >= 0; i--) {
            Correction c = applied.get(i);
            targets.get(c.kalla()).revert(c.nyckel(), c.falt(), c.tidigareVarde());
        }
        jdbc.update("UPDATE korrigering SET status = 'PENDING', tidigare_varde = NULL, meddelande = NULL"
                + " WHERE status IN ('APPLIED','FEL')");
        return applied.size();
    }

    /**
     * Every correction with its outcome, as the outputs show it: the key as its source shows it (a coordinator
     * case's id masked), and wholly masked when no source takes it, since nobody can tell what it identifies.
     */
    public List<Correction> all() {
        return list(null).stream().map(c -> {
            CorrectionTarget target = targets.get(c.kalla());
            String shown = target == null ? HIDDEN_KEY : target.shownKey(c.nyckel());
            return new Correction(c.id(), c.kalla(), shown, c.falt(), c.nyttVarde(), c.motivering(), c.beslutadAv(),
                    c.datum(), c.status(), c.tidigareVarde(), c.meddelande(), c.fileName(), c.rowNo());
        }).toList();
    }

    /**
     * The published cells that differ with the corrections reverted, with both values, and for each the corrections
     * whose own reversal moves it. {@code tables} builds the published tables named (all of them for null): the
     * attribution to single corrections rebuilds only the tables that moved.
     */
    public List<MovedCell> effects(Function<Set<String>, List<PublishedTable>> tables) {
        List<Correction> applied = list("APPLIED");
        if (applied.isEmpty()) {
            return List.of();
        }
        Map<String, String> after = cells(tables.apply(null));
        Map<String, String> before = cells(withReverted(applied, () -> tables.apply(null)));
        Map<String, MovedCell> moved = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(value, before.get(key))) {
                String[] k = key.split("\u0000");
                moved.put(key, new MovedCell(k[0], k[1], k[2], before.get(key), value, new ArrayList<>()));
            }
        });
        Set<String> movedTables = new HashSet<>();
        moved.values().forEach(m -> movedTables.add(m.tabell()));
        for (Correction c : applied) {
            if (movedTables.isEmpty()) {
                break;
            }
            Map<String, String> without = cells(withReverted(List.of(c), () -> tables.apply(movedTables)));
            moved.forEach((key, cell) -> {
                if (!Objects.equals(without.get(key), after.get(key))) {
                    cell.korrigeringar().add(c.id());
                }
            });
        }
        return List.copyOf(moved.values());
    }

    private List<PublishedTable> withReverted(List<Correction> corrections, Supplier<List<PublishedTable>> tables) {
        return separate.execute(status -> {
            for (int i = corrections.size() - 1; i >= 0; i--) {
                Correction c = corrections.get(i);
                targets.get(c.kalla()).revert(c.nyckel(), c.falt(), c.tidigareVarde());
            }
            List<PublishedTable> built = tables.get();
            status.setRollbackOnly();
            return built;
        });
    }

    private static Map<String, String> cells(List<PublishedTable> tables) {
        Map<String, String> cells = new LinkedHashMap<>();
        PublishedCells.of(tables).forEach(c -> cells.put(c.key(), c.varde()));
        return cells;
    }

    private List<Correction> list(String status) {
        return jdbc.query("SELECT k.korrigering_id, k.kalla, k.nyckel, k.falt, k.nytt_varde, k.motivering, k.beslutad_av,"
                + " k.datum, k.status, k.tidigare_varde, k.meddelande, f.file_name, k.row_no FROM korrigering k"
                + " JOIN source_file f ON f.id = k.source_file_id WHERE f.status = 'LOADED'"
                + (status == null ? "" : " AND k.status = '" + status + "'") + " ORDER BY k.korrigering_id, k.id",
                (rs, i) -> new Correction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), String.valueOf(rs.getDate(8)), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getInt(13)));
    }
}
