package se.bilaga1.publish;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.Snapshots;

/** The sheet Översikt: when and how the workbook was built, the reconciliation in a line, every file's row accounting (as the disclosure boundary shows it), and the cells that moved since the previous snapshot. */
final class OverviewSheet {

    private OverviewSheet() {
    }

    static void write(WorkbookStyles s, WorkbookWriter.Contents c) {
        Sheet sheet = s.workbook.createSheet("Översikt");
        s.put(sheet, 0, 0, "Bilaga 1. Indikatorer – rapportår " + c.reportYear(), s.title);
        s.put(sheet, 1, 0, "Byggd", s.header);
        s.put(sheet, 1, 1, c.built(), null);
        long ok = c.rules().stream().filter(r -> r.status() == RuleResult.Status.OK).count();
        long warn = c.rules().stream().filter(r -> r.status() == RuleResult.Status.VARNING).count();
        long err = c.rules().stream().filter(r -> r.status() == RuleResult.Status.FEL).count();
        s.put(sheet, 2, 0, "Avstämning", s.header);
        s.put(sheet, 2, 1, c.rules().size() + " kontroller: " + ok + " OK, " + warn + " VARNING, " + err + " FEL"
                + " (se bladet Avstämning)", null);
        s.put(sheet, 3, 0, "Radbalans", s.header);
        s.put(sheet, 3, 1, "Rader lästa = laddade + i karantän + noter (titel-, rubrik- och fotnotsrader). Regionkoordinatorernas"
                + " filer är en polisregion och ett år var: deras antal är regionala och visas som .. där röjandekontrollen"
                + " döljer dem (som i Indikator 3 per region).", null);
        String[] headings = {"Källa", "Fil", "SHA-256", "Storlek (byte)", "Typ", "Layout", "Blad", "Teckenkodning", "Status",
                "Rader lästa", "Laddade", "I karantän", "Noter", "Balanserar", "Meddelande"};
        int first = 5;
        s.headerRow(sheet, first, headings);
        int r = first + 1;
        for (ShownFile f : c.accounting().files()) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, f.source());
            s.text(row, 1, f.fileName());
            s.text(row, 2, f.sha256());
            s.number(row, 3, f.sizeBytes());
            s.text(row, 4, f.kind());
            s.text(row, 5, f.layout());
            s.text(row, 6, f.sheetName());
            s.text(row, 7, f.encoding());
            s.text(row, 8, f.status());
            s.count(row, 9, f.read());
            s.count(row, 10, f.loaded());
            s.count(row, 11, f.quarantined());
            s.number(row, 12, f.notes());
            s.text(row, 13, f.balances() ? "ja" : "NEJ");
            s.text(row, 14, f.message());
        }
        if (!c.sinceSnapshot().isEmpty()) {
            // a rebuild that differs from the previous snapshot says which published cells moved, with both values
            r++;
            s.put(sheet, r++, 0, "Ändrat sedan föregående ögonblicksbild: " + c.sinceSnapshot().size() + " celler", s.title);
            s.headerRow(sheet, r++, new String[] {"Tabell", "Rad", "Kolumn", "Före", "Efter"});
            for (Snapshots.MovedCell m : c.sinceSnapshot()) {
                Row row = sheet.createRow(r++);
                s.text(row, 0, m.tabell());
                s.text(row, 1, m.rad());
                s.text(row, 2, m.kolumn());
                s.text(row, 3, m.fore() == null ? "(saknas)" : m.fore());
                s.text(row, 4, m.efter() == null ? "(saknas)" : m.efter());
            }
        }
        sheet.createFreezePane(0, first + 1);
        s.widths(sheet, 12, 40, 66, 14, 7, 32, 18, 16, 11, 11, 10, 11, 8, 11, 80);
    }
}
