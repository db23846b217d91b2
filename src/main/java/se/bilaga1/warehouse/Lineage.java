package se.bilaga1.warehouse;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The lineage of every published cell: the facts it summed, by reference (file id, name, SHA-256, sheet, a row range
 * and a column, as the cell's provenance has them; a coordinator case file is named, never with a count of its cases
 * nor a case key), the corrections that moved it (with the cell's value before and after), and the
 * rule results that checked it. Recorded when a run publishes, keyed to the run and, for a yearly rebuild, to its
 * snapshot, so a snapshot's lineage still points at the files it was built from after later runs replaced them.
 * Which rule results checked a cell: {@link RuleCoverage}; the recorded lineage: {@link LineageStore}; how explain
 * prints it: {@link LineageText}.
 */
@Service
public class Lineage {

    /** What a lineage entry is: a source file, a correction that moved the cell, a rule that checked it. */
    public enum Art {
        KALLA, KORRIGERING, REGEL
    }

    public static final Art SOURCE = Art.KALLA;
    public static final Art CORRECTION = Art.KORRIGERING;
    public static final Art RULE = Art.REGEL;

    /** Run and snapshot a lineage is recorded for ({@code snapshotId} null: a nightly run). */
    public record Key(long jobExecutionId, Long snapshotId) {
    }

    /**
     * One line of a cell's lineage. A source: file (id, name, SHA-256), sheet, rows and column. A correction: {@code ref} its id, {@code vanster}/{@code hoger}
     * the cell before/after the corrections. A rule: {@code ref} the rule, its status, description and both figures.
     */
    public record Entry(Art art, Long fileId, String fileName, String sha256, String sheet, String rows, String column,
            String ref, String status, String beskrivning, String vanster, String hoger) {

        static Entry source(Long fileId, String fileName, String sha256, String sheet, String rows, String column) {
            return new Entry(SOURCE, fileId, fileName, sha256, sheet, rows, column, null, null, null, null, null);
        }
    }

    /** A published cell and its lineage. */
    public record CellLineage(String tabell, String rad, String kolumn, String varde, List<Entry> entries) {

        public List<Entry> of(Art art) {
            return entries.stream().filter(e -> e.art() == art).toList();
        }
    }

    /** A recorded lineage: the run it belongs to. */
    public record Recorded(long id, int reportYear, long jobExecutionId, Integer snapshotNo, LocalDateTime createdAt) {
    }

    /** Where the coordinators' case files are, under the input folder. */
    static final String CASE_FOLDER = "regionkoordinatorer/";

    private final LineageStore store;

    Lineage(LineageStore store) {
        this.store = store;
    }

    /** The lineage of every cell of {@code tables}, in table order. */
    public List<CellLineage> of(int reportYear, List<PublishedTable> tables, List<RuleResult> rules,
            List<Korrigeringar.MovedCell> moved, List<Korrigeringar.Correction> corrections) {
        Map<String, Long> fileIds = store.fileIds();
        Map<String, Korrigeringar.Correction> byId = new HashMap<>();
        corrections.forEach(c -> byId.putIfAbsent(c.id(), c));
        Map<String, Korrigeringar.MovedCell> movedByKey = new HashMap<>();
        moved.forEach(m -> movedByKey.put(m.tabell() + "\u0000" + m.rad() + "\u0000" + m.kolumn(), m));
        List<PublishedCells.PublishedCell> flat = PublishedCells.of(tables); // the same order as below
        List<CellLineage> all = new ArrayList<>();
        for (PublishedTable t : tables) {
            List<RuleResult> tableRules = rules.stream().filter(r -> t.tabell().equals(r.tabell())).toList();
            for (PublishedTable.Row row : t.rows()) {
                for (int i = 0; i < t.columns().size(); i++) {
                    PublishedTable.Cell cell = row.cells().get(i);
                    String kolumn = t.columns().get(i);
                    String varde = flat.get(all.size()).varde();
                    List<Entry> entries = new ArrayList<>(sources(cell, fileIds));
                    Korrigeringar.MovedCell m = movedByKey.get(t.tabell() + "\u0000" + row.rad() + "\u0000" + kolumn);
                    if (m != null) {
                        for (String id : m.korrigeringar()) {
                            Korrigeringar.Correction c = byId.get(id);
                            String what = c == null ? null : c.falt() + " → " + c.nyttVarde() + (c.motivering() == null
                                    || c.motivering().isBlank() ? "" : ": " + c.motivering());
                            entries.add(new Entry(CORRECTION, null, c == null ? null : c.fileName(), null, null,
                                    c == null ? null : String.valueOf(c.rowNo()), null, id, c == null ? null : c.status(),
                                    what, m.fore(), m.efter()));
                        }
                    }
                    for (RuleResult r : tableRules) {
                        if (RuleCoverage.checks(r, t, row.rad(), kolumn)) {
                            entries.add(new Entry(RULE, null, null, null, null, null, null, r.regel(), r.status().name(),
                                    r.beskrivning(), r.vanster(), r.hoger()));
                        }
                    }
                    all.add(new CellLineage(t.tabell(), row.rad(), kolumn, varde, entries));
                }
            }
        }
        return all;
    }

    /**
     * A cell's sources, one line per file as its provenance names it. A coordinator case file is named like any other
     * (file, SHA-256, sheet, the year's row range): never with how many cases it gave the cell, which is a regional
     * figure; what of the range may leave is the disclosure boundary's to decide.
     */
    private static List<Entry> sources(PublishedTable.Cell cell, Map<String, Long> fileIds) {
        List<Entry> entries = new ArrayList<>();
        for (Provenance p : cell.provenance()) {
            entries.add(Entry.source(fileIds.get(p.fileName() + "\u0000" + p.sha256()), p.fileName(), p.sha256(),
                    p.sheetName(), p.rows(), p.column()));
        }
        return entries;
    }

    /** Coordinator case files: their rows point at single victims. */
    static boolean isCaseProvenance(Provenance p) {
        return isCaseFile(p.fileName());
    }

    /** Whether a file is a coordinator case file (the lineage never counts its cases). */
    static boolean isCaseFile(String fileName) {
        return fileName != null && fileName.startsWith(CASE_FOLDER);
    }

    /**
     * Records {@code lineage} for report year N, in the caller's transaction. It replaces the lineage recorded
     * earlier for the same snapshot (a rebuild that reproduced it), or for a nightly run the previous nightly
     * lineage of the year; the lineage of every other snapshot stays.
     */
    public long record(int reportYear, Key key, List<CellLineage> lineage) {
        return store.record(reportYear, key, lineage);
    }

    /** The lineage recorded last for report year N, or for its snapshot {@code snapshotNo} when given. */
    public Optional<Recorded> recorded(int reportYear, Integer snapshotNo) {
        return store.recorded(reportYear, snapshotNo);
    }

    /** The recorded lineage of one cell, from the warehouse alone. */
    public Optional<CellLineage> cell(long lineageRunId, String tabell, String rad, String kolumn) {
        return store.cell(lineageRunId, tabell, rad, kolumn);
    }

    /** The rows of a table in a recorded lineage (for telling what a misspelt name could be). */
    public List<String> rows(long lineageRunId, String tabell) {
        return store.rows(lineageRunId, tabell);
    }

    /** The lineage of a cell as {@code ./jobs/explain} prints it: never a row of a case file, never a case key. */
    public static String describe(CellLineage c) {
        return LineageText.describe(c);
    }
}
