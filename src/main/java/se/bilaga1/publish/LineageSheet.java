package se.bilaga1.publish;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import se.bilaga1.warehouse.Lineage;

/** The sheet Spårbarhet: every published cell's sources, corrections and rules. */
final class LineageSheet {

    private LineageSheet() {
    }

    /**
     * The sheet Spårbarhet: every published cell with its lineage, one line per source file, correction and rule
     * result. Coordinator case files are named, never with how many cases they gave the cell (a regional figure) nor a
     * case key.
     */
    static void write(WorkbookStyles s, List<Lineage.CellLineage> lineage) {
        Sheet sheet = s.workbook.createSheet("Spårbarhet");
        s.put(sheet, 0, 0, "Spårbarhet: varifrån varje publicerad cell kommer", s.title);
        s.headerRow(sheet, 1, new String[] {"Tabell", "Rad", "Kolumn", "Värde", "Art", "Fil", "SHA-256", "Blad", "Rader",
            "Kolumn i filen", "Korrigering eller regel", "Status", "Beskrivning", "Före / vänster",
            "Efter / höger"});
        int r = 2;
        for (Lineage.CellLineage c : lineage) {
            List<Lineage.Entry> entries = c.entries().isEmpty() ? java.util.Collections.singletonList(null) : c.entries();
            for (Lineage.Entry e : entries) {
                Row row = sheet.createRow(r++);
                s.text(row, 0, c.tabell());
                s.text(row, 1, c.rad());
                s.text(row, 2, c.kolumn());
                s.text(row, 3, c.varde());
                if (e == null) {
                    s.text(row, 4, "–");
                    continue;
                }
                s.text(row, 4, switch (e.art()) {
                    case KALLA -> "Källa";
                    case KORRIGERING -> "Korrigering";
                    case REGEL -> "Regel";
                });
                s.text(row, 5, e.fileName());
                s.text(row, 6, e.sha256());
                s.text(row, 7, e.sheet());
                s.text(row, 8, e.rows());
                s.text(row, 9, e.column());
                s.text(row, 10, e.ref());
                if (e.status() != null) {
                    s.styled(row, 11, e.status(), e.status().equals("FEL") ? s.fel : e.status().equals("VARNING") ? s.varning : null);
                }
                s.text(row, 12, e.beskrivning());
                s.text(row, 13, e.vanster());
                s.text(row, 14, e.hoger());
            }
        }
        sheet.createFreezePane(0, 2);
        s.widths(sheet, 10, 34, 18, 10, 12, 44, 66, 20, 12, 18, 26, 9, 90, 12, 12);
    }
}
