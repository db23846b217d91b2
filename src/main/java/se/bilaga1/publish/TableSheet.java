package se.bilaga1.publish;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import se.bilaga1.warehouse.PublishedTable;

/** A published table or breakdown in its printed layout, on the sheet it belongs to (several tables share a sheet, one after the other). */
final class TableSheet {

    private TableSheet() {
    }

    static void write(WorkbookStyles s, PublishedTable t) {
        Sheet sheet = s.workbook.getSheet(t.sheet()) != null ? s.workbook.getSheet(t.sheet()) : s.workbook.createSheet(t.sheet());
        int r = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 2;
        s.put(sheet, r, 0, t.title(), s.title);
        int headerRowNo = r + 2;
        int stub = t.stubHeadings().size();
        int levels = t.columns().stream().mapToInt(c -> c.split(" / ").length).max().orElse(1);
        for (int level = 0; level < levels; level++) {
            Row head = sheet.createRow(headerRowNo + level);
            for (int i = 0; i < stub; i++) {
                s.styled(head, i, level == levels - 1 ? t.stubHeadings().get(i) : "", s.header);
            }
            String previous = null;
            int groupStart = stub;
            for (int i = 0; i <= t.columns().size(); i++) {
                String[] parts = i < t.columns().size() ? t.columns().get(i).split(" / ") : new String[0];
                String label = level < parts.length ? parts[level] : "";
                boolean upperLevel = level < levels - 1;
                // an upper-level heading (the year over Kvinnor, Män, Totalt) is written once and merged over its group
                if (upperLevel && previous != null && (i == t.columns().size() || !label.equals(previous))) {
                    if (stub + i - 1 > groupStart) {
                        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(headerRowNo + level,
                                headerRowNo + level, groupStart, stub + i - 1));
                    }
                }
                if (i == t.columns().size()) {
                    break;
                }
                if (upperLevel && label.equals(previous)) {
                    s.styled(head, stub + i, "", s.numericHeader);
                } else {
                    s.styled(head, stub + i, label, upperLevel ? s.centeredHeader : s.numericHeader);
                    groupStart = stub + i;
                }
                previous = label;
            }
        }
        headerRowNo += levels - 1;
        int firstDataRow = headerRowNo + 1;
        r = firstDataRow;
        for (PublishedTable.Row tr : t.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < tr.printedLabels().size(); i++) {
                s.text(row, i, tr.printedLabels().get(i));
            }
            for (int i = 0; i < tr.cells().size(); i++) {
                PublishedTable.Cell cell = tr.cells().get(i);
                if (cell.value() == null) {
                    s.styled(row, stub + i, cell.marker(), s.text);
                } else {
                    Cell xc = row.createCell(stub + i);
                    xc.setCellValue(cell.value().doubleValue());
                    xc.setCellStyle(t.shareColumns().contains(t.columns().get(i)) ? s.share : s.integer);
                }
            }
        }
        int lastDataRow = r - 1;
        r++;
        for (String n : t.notes()) {
            s.put(sheet, r++, 0, n, s.note);
        }
        if (!t.chartSeries().isEmpty() && !t.rows().isEmpty()) {
            int top = headerRowNo - 1 - (levels - 1);
            Charts.barChart(sheet, t, top, firstDataRow, lastDataRow);
            // an empty row below the chart, so that the next table on the sheet starts under it
            if (sheet.getRow(top + Charts.HEIGHT_ROWS) == null) {
                sheet.createRow(top + Charts.HEIGHT_ROWS);
            }
        }
        if (sheet.getPaneInformation() == null) {
            sheet.createFreezePane(stub, headerRowNo + 1);
        }
        int[] w = new int[stub + t.columns().size()];
        for (int i = 0; i < w.length; i++) {
            // a second table on the same sheet keeps the first one's wider columns
            w[i] = Math.max(i < stub ? stubWidth(t, i) : 11, sheet.getColumnWidth(i) / 256);
        }
        s.widths(sheet, w);
    }

    /** A stub column as wide as its longest label, within reason. */
    private static int stubWidth(PublishedTable t, int column) {
        int longest = t.rows().stream().mapToInt(r -> column < r.printedLabels().size() ? r.printedLabels().get(column).length() : 0)
                .max().orElse(0);
        return Math.max(8, Math.min(75, longest + 2));
    }
}
