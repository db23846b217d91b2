package se.bilaga1.ingest;

import java.util.List;

/**
 * One non-blank row of a sheet or CSV file: its 1-based row number and its cells as text; for a row the reader
 * could not read cleanly, its defect (such a row goes to quarantine as it is, never to a layout); and the columns
 * (0-based) whose cell is a formula the file holds no value for (its text is then the formula, e.g.
 * {@code =SUM(B2:B4)}).
 */
public record SheetRow(int rowNo, List<String> cells, Defect defect, List<Integer> formulasWithoutValue) {

    /** Why a row could not be read cleanly: the column (0-based; -1 for the whole line), the raw text, the reason. */
    public record Defect(int column, String raw, String reason) {
    }

    public SheetRow(int rowNo, List<String> cells) {
        this(rowNo, cells, null, List.of());
    }

    public SheetRow(int rowNo, List<String> cells, Defect defect) {
        this(rowNo, cells, defect, List.of());
    }

    public SheetRow(int rowNo, List<String> cells, List<Integer> formulasWithoutValue) {
        this(rowNo, cells, null, formulasWithoutValue);
    }

    public String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    public int width() {
        return cells.size();
    }

    public boolean isBlank() {
        if (defect != null) {
            return false;
        }
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The first non-blank cell, trimmed, or "". */
    public String firstText() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }

    /** The spreadsheet cell reference of column {@code index} on this row, e.g. {@code C7}. */
    public String cellRef(int index) {
        return columnLetters(index) + rowNo;
    }

    /** A column as quarantine and provenance name it: its letters and, where there is one, its header, e.g. {@code F (2024)}. */
    public static String describeColumn(SheetRow header, int index) {
        String name = header == null ? "" : header.cell(index).strip();
        return name.isEmpty() ? columnLetters(index) : columnLetters(index) + " (" + name + ")";
    }

    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }
}
