package se.bilaga1.warehouse;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;


/**
 * The lineage of every published cell: the facts it summed, by reference (file id, name, SHA-256, sheet, a row range
 * and a column, as the cell's provenance has them; a coordinator case file is named, never with a count of its cases
 * nor a case key), the corrections that moved it (with the cell's value before and after), and the
 * rule results that checked it. Recorded when a run publishes, keyed to the run and, for a yearly rebuild, to its
 * snapshot, so a snapshot's lineage still points at the files it was built from after later runs replaced them.
 *
 * <p>Which rule results checked a cell is read from what a result names, the simplest honest match: a result of
 * the cell's table that names a cell's provenance ({@code …, rad 5, kolumn F (2024)}) checked that cell only;
 * otherwise one that names row labels of the table checked those rows; one that names years (file names aside)
 * checked those years' cells; the rest checked every cell of the table.
 */
@Service
public class Lineage {

    /** What a lineage entry is. */
    public static final String SOURCE = "KALLA";
    public static final String CORRECTION = "KORRIGERING";
    public static final String RULE = "REGEL";

    /** Run and snapshot a lineage is recorded for ({@code snapshotId} null: a nightly run). */
    public record Key(long jobExecutionId, Long snapshotId) {
    }

    /**
     * One line of a cell's lineage. A source: file (id, name, SHA-256), sheet, rows and column. A correction: {@code ref} its id, {@code vanster}/{@code hoger}
     * the cell before/after the corrections. A rule: {@code ref} the rule, its status, description and both figures.
     */
    public record Entry(String art, Long fileId, String fileName, String sha256, String sheet, String rows, String column,
            String ref, String status, String beskrivning, String vanster, String hoger) {

        static Entry source(Long fileId, String fileName, String sha256, String sheet, String rows, String column) {
            return new Entry(SOURCE, fileId, fileName, sha256, sheet, rows, column, null, null, null, null, null);
        }
    }

    /** A published cell and its lineage. */
    public record CellLineage(String tabell, String rad, String kolumn, String varde, List<Entry> entries) {

        public List<Entry> of(String art) {
            return entries.stream().filter(e -> e.art().equals(art)).toList();
        }
    }

    /** A recorded lineage: the run it belongs to. */
    public record Recorded(long id, int reportYear, long jobExecutionId, Integer snapshotNo, LocalDateTime createdAt) {
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    private static final Pattern FILE = Pattern.compile("\\S+\\.(xlsx|csv|txt)", Pattern.CASE_INSENSITIVE);

    /** Where the coordinators' case files are, under the input folder. */
    static final String CASE_FOLDER = "regionkoordinatorer/";

    private final JdbcTemplate jdbc;

    public Lineage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lineage of every cell of {@code tables}, in table order. */
    public List<CellLineage> of(int reportYear, List<PublishedTable> tables, List<RuleResult> rules,
            List<Corrections.MovedCell> moved, List<Corrections.Correction> corrections) {
        Map<String, Long> fileIds = fileIds();
        Map<String, Corrections.Correction> byId = new HashMap<>();
        corrections.forEach(c -> byId.putIfAbsent(c.id(), c));
        Map<String, Corrections.MovedCell> movedByKey = new HashMap<>();
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
                    Corrections.MovedCell m = movedByKey.get(t.tabell() + "\u0000" + row.rad() + "\u0000" + kolumn);
                    if (m != null) {
                        for (String id : m.korrigeringar()) {
                            Corrections.Correction c = byId.get(id);
                            String what = c == null ? null : c.falt() + " → " + c.nyttVarde() + (c.motivering() == null
                                    || c.motivering().isBlank() ? "" : ": " + c.motivering());
                            entries.add(new Entry(CORRECTION, null, c == null ? null : c.fileName(), null, null,
                                    c == null ? null : String.valueOf(c.rowNo()), null, id, c == null ? null : c.status(),
                                    what, m.fore(), m.efter()));
                        }
                    }
                    for (RuleResult r : tableRules) {
                        if (checks(r, t, row.rad(), kolumn)) {
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
    private static boolean isCaseFile(String fileName) {
        return fileName != null && fileName.startsWith(CASE_FOLDER);
    }

    /** Whether rule result {@code r} (of table {@code t}) checked the cell at {@code rad} × {@code kolumn}. */
    static boolean checks(RuleResult r, PublishedTable t, String rad, String kolumn) {
        String text = r.beskrivning() == null ? "" : r.beskrivning();
        // names a cell's provenance: that cell only
        Set<String> namedCells = new LinkedHashSet<>();
        for (PublishedTable.Row row : t.rows()) {
            for (int i = 0; i < t.columns().size(); i++) {
                for (Provenance p : row.cells().get(i).provenance()) {
                    if (!isCaseProvenance(p) && p.rows() != null && text.contains(p.describe())) {
                        namedCells.add(row.rad() + "\u0000" + t.columns().get(i));
                    }
                }
            }
        }
        if (!namedCells.isEmpty()) {
            return namedCells.contains(rad + "\u0000" + kolumn);
        }
        List<String> namedRows = t.rows().stream().map(PublishedTable.Row::rad).filter(label -> names(text, label)).toList();
        if (!namedRows.isEmpty() && !namedRows.contains(rad)) {
            return false;
        }
        Set<Integer> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(FILE.matcher(text).replaceAll(" "));
        while (m.find()) {
            years.add(Integer.valueOf(m.group()));
        }
        Integer year = yearOf(kolumn, rad);
        return years.isEmpty() || year == null || years.contains(year);
    }

    private static boolean names(String text, String label) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(label) + "(?!\\p{L})").matcher(text).find();
    }

    /** The year a cell is of: the one its column names, else its row's; null if neither names one. */
    static Integer yearOf(String kolumn, String rad) {
        for (String s : new String[] {kolumn, rad}) {
            Matcher m = YEAR.matcher(s == null ? "" : s);
            if (m.find()) {
                return Integer.valueOf(m.group());
            }
        }
        return null;
    }

    private Map<String, Long> fileIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT file_name, sha256, id FROM source_file WHERE status = 'LOADED'",
                rs -> {
                    ids.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getLong(3));
                });
        return ids;
    }

    /**
     * Records {@code lineage} for report year N, in the caller's transaction. It replaces the lineage recorded
     * earlier for the same snapshot (a rebuild that reproduced it), or for a nightly run the previous nightly
     * lineage of the year; the lineage of every other snapshot stays.
     */
    public long record(int reportYear, Key key, List<CellLineage> lineage) {
        List<Long> stale = key.snapshotId() == null
                ? jdbc.queryForList("SELECT id FROM lineage_run WHERE report_year = ? AND snapshot_id IS NULL", Long.class,
                        reportYear)
                : jdbc.queryForList("SELECT id FROM lineage_run WHERE report_year = ? AND snapshot_id = ?", Long.class,
                        reportYear, key.snapshotId());
        for (Long id : stale) {
            jdbc.update("DELETE FROM cell_lineage WHERE lineage_run_id = ?", id);
            jdbc.update("DELETE FROM lineage_run WHERE id = ?", id);
        }
        GeneratedKeyHolder holder = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO lineage_run (report_year, job_execution_id, snapshot_id, created_at)"
                    + " VALUES (?,?,?,?)", new String[] {"id"});
            ps.setInt(1, reportYear);
            ps.setLong(2, key.jobExecutionId());
            if (key.snapshotId() == null) {
                ps.setNull(3, java.sql.Types.BIGINT);
            } else {
                ps.setLong(3, key.snapshotId());
            }
            ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now().withNano(0)));
            return ps;
        }, holder);
        long runId = holder.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (CellLineage c : lineage) {
            List<Entry> entries = c.entries().isEmpty() ? java.util.Collections.singletonList(null) : c.entries();
            for (Entry e : entries) {
                rows.add(new Object[] {runId, seq++, c.tabell(), c.rad(), c.kolumn(), c.varde(), e == null ? "-" : e.art(),
                    e == null ? null : e.fileId(), e == null ? null : e.fileName(), e == null ? null : e.sha256(),
                    e == null ? null : e.sheet(), e == null ? null : e.rows(), e == null ? null : e.column(),
                    e == null ? null : e.ref(), e == null ? null : e.status(),
                    e == null ? null : cut(e.beskrivning(), 4000), e == null ? null : cut(e.vanster(), 100),
                    e == null ? null : cut(e.hoger(), 100)});
            }
        }
        jdbc.batchUpdate("INSERT INTO cell_lineage (lineage_run_id, seq, tabell, rad, kolumn, varde, art, source_file_id,"
                + " file_name, sha256, sheet_name, rader, kolumn_ref, ref, status, beskrivning, vanster, hoger)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        return runId;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The lineage recorded last for report year N, or for its snapshot {@code snapshotNo} when given. */
    public Optional<Recorded> recorded(int reportYear, Integer snapshotNo) {
        String sql = "SELECT l.id, l.report_year, l.job_execution_id, s.snapshot_no, l.created_at FROM lineage_run l"
                + " LEFT JOIN snapshot s ON s.id = l.snapshot_id WHERE l.report_year = ?"
                + (snapshotNo == null ? "" : " AND s.snapshot_no = ?") + " ORDER BY l.id DESC";
        Object[] args = snapshotNo == null ? new Object[] {reportYear} : new Object[] {reportYear, snapshotNo};
        return jdbc.query(sql, rs -> rs.next() ? Optional.of(new Recorded(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                rs.getObject(4) == null ? null : rs.getInt(4), rs.getTimestamp(5).toLocalDateTime()))
                : Optional.<Recorded>empty(), args);
    }

    /** The recorded lineage of one cell, from the warehouse alone. */
    public Optional<CellLineage> cell(long lineageRunId, String tabell, String rad, String kolumn) {
        List<Object[]> rows = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        jdbc.query("SELECT varde, art, source_file_id, file_name, sha256, sheet_name, rader, kolumn_ref, ref, status,"
                + " beskrivning, vanster, hoger FROM cell_lineage WHERE lineage_run_id = ? AND tabell = ? AND rad = ?"
                + " AND kolumn = ? ORDER BY seq", rs -> {
                    rows.add(new Object[] {rs.getString(1)});
                    if (!rs.getString(2).equals("-")) {
                        entries.add(new Entry(rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
                    }
                }, lineageRunId, tabell, rad, kolumn);
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new CellLineage(tabell, rad, kolumn, (String) rows.get(0)[0], entries));
    }

    /** The cells of a recorded lineage whose table and row are as given (for telling what a misspelt name could be). */
    public List<String> rows(long lineageRunId, String tabell) {
        return jdbc.queryForList("SELECT DISTINCT rad FROM cell_lineage WHERE lineage_run_id = ? AND tabell = ? ORDER BY rad",
                String.class, lineageRunId, tabell);
    }

    /** Row numbers as ranges: {@code 2–20, 24}. */
    static String ranges(List<String> rows) {
        List<Integer> numbers = new ArrayList<>();
        for (String r : rows) {
            try {
                numbers.add(Integer.valueOf(r));
            } catch (NumberFormatException e) {
                return String.join(", ", rows);
            }
        }
        java.util.Collections.sort(numbers);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int from = numbers.get(i);
            while (i + 1 < numbers.size() && numbers.get(i + 1) <= numbers.get(i) + 1) {
                i++;
            }
            out.add(from == numbers.get(i) ? String.valueOf(from) : from + "–" + numbers.get(i));
        }
        return String.join(", ", out);
    }

    /** The lineage of a cell as {@code ./jobs/explain} prints it: never a row of a case file, never a case key. */
    public static String describe(CellLineage c) {
        StringBuilder out = new StringBuilder();
        out.append(c.tabell()).append(" · ").append(c.rad()).append(" · ").append(c.kolumn()).append(" = ")
                .append(c.varde()).append('\n');
        List<Entry> sources = c.of(SOURCE);
        out.append("Källor (").append(sources.size()).append(sources.size() == 1 ? " fil" : " filer").append("):\n");
        for (Entry e : sources) {
            out.append("  ").append(e.fileName()).append("  SHA-256 ").append(e.sha256())
                    .append(e.sheet() == null ? "" : ", blad " + e.sheet()).append(", rad ").append(e.rows())
                    .append(", kolumn ").append(e.column()).append('\n');
        }
        if (sources.isEmpty()) {
            out.append("  (ingen: cellen har inget värde ur någon fil)\n");
        }
        if (sources.stream().anyMatch(e -> isCaseFile(e.fileName()))) {
            out.append("  Ärendefilerna namnges utan antal ärenden per fil (en regional uppgift); inga ärende-id visas.\n");
        }
        List<Entry> corrections = c.of(CORRECTION);
        if (corrections.isEmpty()) {
            out.append("Korrigeringar: ingen flyttade cellen\n");
        } else {
            Entry first = corrections.get(0);
            out.append("Korrigeringar: ").append(corrections.size()).append(" flyttade cellen från ").append(first.vanster())
                    .append(" till ").append(first.hoger()).append(":\n");
            // corrections alike (same status, change and reason, same file) on one line: their ids, and the file's rows
            Map<String, List<Entry>> alike = new LinkedHashMap<>();
            for (Entry e : corrections) {
                alike.computeIfAbsent(e.status() + "\u0000" + e.beskrivning() + "\u0000" + e.fileName(),
                        k -> new ArrayList<>()).add(e);
            }
            for (List<Entry> group : alike.values()) {
                Entry e = group.get(0);
                out.append("  ").append(String.join(", ", group.stream().map(Entry::ref).toList())).append(" (")
                        .append(group.size() == 1 ? "" : group.size() + " korrigeringar, ").append(e.status()).append(") ")
                        .append(e.beskrivning()).append(e.fileName() == null ? "" : " [" + e.fileName() + " rad "
                                + ranges(group.stream().map(Entry::rows).toList()) + "]").append('\n');
            }
        }
        List<Entry> rules = c.of(RULE);
        out.append("Regler (").append(rules.size()).append("):\n");
        for (Entry e : rules) {
            out.append("  ").append(e.status()).append(' ').append(e.ref()).append(": ").append(e.beskrivning()).append(" (")
                    .append(e.vanster()).append(" mot ").append(e.hoger()).append(")\n");
        }
        return out.toString();
    }
}
