package se.bilaga1.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privacy tests' scanner: every sub-national count of coordinator cases from 1 to the threshold, computed from the
 * warehouse (per file: its cases, quarantined rows, rows read, and its cases per form, per sex and age group; per police
 * region and year: the same), and the outputs read as records (a workbook row, a Markdown or HTML table row, a line of
 * text) with a label per field where the output gives one. A record leaks when it names a file or region and one of
 * its fields is that file's or region's small count.
 */
public final class SmallCounts {

    private SmallCounts() {
    }

    /** A count of {@code what} that must not be shown beside {@code name} (a file name, or a police region). */
    public record Sensitive(String name, long value, String what) {
    }

    /** A record of an output: where it is, its fields and each field's label ("" where the output gives none). */
    public record Record(String where, List<String> labels, List<String> fields) {

        String label(int i) {
            return i < labels.size() ? labels.get(i) : "";
        }

        boolean names(String name, boolean exact) {
            return fields.stream().anyMatch(f -> exact ? f.strip().equals(name) : f.contains(name));
        }
    }

    /**
     * Labels whose fields are no count of a file or region even when they stand beside one: a file's notes (title,
     * header and footnote rows), and a published national cell's value and a rule's figures in the lineage.
     */
    public static final Set<String> NOT_A_REGIONAL_COUNT = Set.of("Noter", "notes", "Värde", "Före / vänster",
            "Efter / höger");

    private static final String CASES = " FROM regionkoordinator_case c JOIN source_file f ON f.id = c.source_file_id"
            + " WHERE f.status = 'LOADED'";
    private static final String GROUP = "CASE WHEN c.aldersgrupp = 'BARN' THEN 'BARN_' ELSE 'VUXEN_' END || c.kon";

    /** Every count of coordinator cases per file and per region and year that lies from 1 to {@code threshold}. */
    public static List<Sensitive> of(JdbcTemplate jdbc, int threshold) {
        List<Sensitive> all = new ArrayList<>();
        for (String by : List.of("f.file_name", "c.polisregion")) {
            for (String group : List.of("'alla'", "c.exploateringsform", GROUP, "c.kon", "c.aldersgrupp")) {
                jdbc.query("SELECT " + by + ", c.ar, " + group + ", COUNT(*)" + CASES + " GROUP BY " + by + ", c.ar, " + group,
                        rs -> {
                            all.add(new Sensitive(rs.getString(1), rs.getLong(4), rs.getInt(2) + " " + rs.getString(3)));
                        });
            }
        }
        jdbc.query("SELECT file_name, rows_loaded, rows_quarantined, rows_read - rows_notes, rows_read FROM source_file"
                + " WHERE source_name = 'regionkoordinatorer' AND status IN ('LOADED', 'REJECTED')", rs -> {
                    all.add(new Sensitive(rs.getString(1), rs.getLong(2), "laddade"));
                    all.add(new Sensitive(rs.getString(1), rs.getLong(3), "i karantän"));
                    all.add(new Sensitive(rs.getString(1), rs.getLong(4), "ärenderader lästa"));
                    if (rs.getLong(4) >= 1 && rs.getLong(4) <= threshold) {
                        all.add(new Sensitive(rs.getString(1), rs.getLong(5), "rader lästa"));
                    }
                });
        return all.stream().filter(s -> s.what().equals("rader lästa") || s.value() >= 1 && s.value() <= threshold).toList();
    }

    /** The records naming a sensitive file or region with its small count beside it, as readable lines. */
    public static List<String> leaks(List<Record> records, List<Sensitive> sensitive) {
        List<String> found = new ArrayList<>();
        for (Record r : records) {
            for (Sensitive s : sensitive) {
                boolean file = s.name().contains("/");
                if (!r.names(s.name(), !file)) {
                    continue;
                }
                for (int i = 0; i < r.fields().size(); i++) {
                    if (!NOT_A_REGIONAL_COUNT.contains(r.label(i)) && r.fields().get(i).strip().equals(String.valueOf(s.value()))) {
                        found.add(r.where() + ": " + s + " in " + r.fields() + " (field " + r.label(i) + ")");
                    }
                }
            }
        }
        return found;
    }

    /**
     * Every row of every sheet but those named, cells as shown, labelled by the last header row above it (a row of
     * two or more cells, all bold).
     */
    public static List<Record> workbook(Path xlsx, Set<String> sheetsLeftOut) throws IOException {
        List<Record> records = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : book) {
                if (sheetsLeftOut.contains(sheet.getSheetName())) {
                    continue;
                }
                List<String> labels = List.of();
                for (Row row : sheet) {
                    List<String> fields = new ArrayList<>();
                    boolean header = true;
                    for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                        Cell cell = row.getCell(i);
                        header &= cell == null || cell.getCellType() == CellType.BLANK
                                || book.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
                        fields.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                                ? String.valueOf((long) cell.getNumericCellValue()) : shown.formatCellValue(cell));
                    }
                    if (header && fields.stream().filter(f -> !f.isBlank()).count() >= 2) {
                        labels = fields;
                    }
                    records.add(new Record(sheet.getSheetName() + " row " + (row.getRowNum() + 1), labels, fields));
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return records;
    }

    /** Every row of every Markdown table, labelled by its header; every other line as text. */
    public static List<Record> markdown(String where, String md) {
        List<Record> records = new ArrayList<>();
        String[] lines = md.split("\n");
        List<String> labels = List.of();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("| ")) {
                records.addAll(text(where, lines[i]));
                continue;
            }
            List<String> cells = List.of(lines[i].substring(2, lines[i].length() - 2).split(" (?<!\\\\)\\| ", -1));
            if (i + 1 < lines.length && lines[i + 1].startsWith("| ---")) {
                labels = cells;
            } else if (!lines[i].startsWith("| ---")) {
                records.add(new Record(where + " line " + (i + 1), labels, cells.stream()
                        .map(c -> c.replaceAll("\\\\(.)", "$1")).toList()));
            }
        }
        return records;
    }

    private static final Pattern TR = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t([hd])[^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    /** Every row of every HTML table, labelled by the table's header cells; the page's other text as lines. */
    public static List<Record> html(String where, String page) {
        List<Record> records = new ArrayList<>();
        List<String> labels = List.of();
        Matcher tr = TR.matcher(page);
        while (tr.find()) {
            List<String> headers = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(tr.group(1));
            while (cell.find()) {
                (cell.group(1).equals("h") ? headers : cells).add(unescape(cell.group(2).replaceAll("<[^>]+>", "").strip()));
            }
            if (cells.isEmpty()) {
                labels = headers;
            } else {
                records.add(new Record(where, labels, cells));
            }
        }
        records.addAll(text(where, unescape(TR.matcher(page).replaceAll(" ").replaceAll("<[^>]+>", " "))));
        return records;
    }

    /**
     * Every line as a record of its words and figures; a figure is labelled by the word before it ({@code notes 1}),
     * so a line of the run report or of explain reads as fields.
     */
    public static List<Record> text(String where, String text) {
        List<Record> records = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> fields = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            String previous = "";
            for (String token : line.split("[\\s;|,:=+()]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                fields.add(token);
                labels.add(token.matches("\\d+") ? previous : "");
                previous = token;
            }
            records.add(new Record(where, labels, fields));
        }
        return records;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
