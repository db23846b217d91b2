package se.bilaga1.publish;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import se.bilaga1.warehouse.RuleResult;

/** The sheet Avstämning: every rule result, FEL and VARNING coloured. */
final class ReconciliationSheet {

    private ReconciliationSheet() {
    }

    static void write(WorkbookStyles s, List<RuleResult> rules) {
        Sheet sheet = s.workbook.createSheet("Avstämning");
        s.headerRow(sheet, 0, new String[] {"Regel", "Tabell", "Beskrivning", "Vänster", "Höger", "Status"});
        int r = 1;
        for (RuleResult rule : rules) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, rule.regel());
            s.text(row, 1, rule.tabell());
            s.text(row, 2, rule.beskrivning());
            s.text(row, 3, rule.vanster());
            s.text(row, 4, rule.hoger());
            s.styled(row, 5, rule.status().name(), switch (rule.status()) {
                case FEL -> s.fel;
                case VARNING -> s.varning;
                default -> null;
            });
        }
        sheet.createFreezePane(0, 1);
        s.widths(sheet, 26, 10, 110, 10, 10, 9);
    }
}
