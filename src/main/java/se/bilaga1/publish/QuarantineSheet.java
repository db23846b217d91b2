package se.bilaga1.publish;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import se.bilaga1.ingest.SourceFileRegistry;

/** The sheet Karantän: quarantined rows per file and reason, and the first quarantined cells. */
final class QuarantineSheet {

    private QuarantineSheet() {
    }

    static void write(WorkbookStyles s, WorkbookWriter.Contents c) {
        Sheet sheet = s.workbook.createSheet("Karantän");
        // a rejected file has no rows here of its own, nor a file read with a warning (renamed, extra columns): each is
        // named first, with why, so no bad delivery goes unseen
        s.put(sheet, 0, 0, "Avvisade filer och filer med anmärkning", s.title);
        s.headerRow(sheet, 1, new String[] {"Fil", "Status", "Meddelande"});
        int r = 2;
        List<ShownFile> remarked = c.accounting().files().stream()
                .filter(f -> SourceFileRegistry.REJECTED.equals(f.status()) || (f.message() != null && !f.message().isBlank()))
                .toList();
        for (ShownFile f : remarked) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, f.fileName());
            s.text(row, 1, f.status());
            s.text(row, 2, f.message());
        }
        if (remarked.isEmpty()) {
            s.put(sheet, r++, 0, "Inga avvisade filer och inga anmärkningar.", s.note);
        }
        r++;
        s.put(sheet, r++, 0, "Rader i karantän per fil och orsak", s.title);
        s.headerRow(sheet, r++, new String[] {"Fil", "Orsak", "Rader"});
        for (ShownQuarantine.PerReason p : c.quarantine().perReason()) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, p.where());
            s.text(row, 1, p.reason());
            s.count(row, 2, p.rows());
        }
        if (c.quarantine().perReason().isEmpty()) {
            s.put(sheet, r++, 0, "Inga rader i karantän.", s.note);
        }
        r++;
        s.put(sheet, r++, 0, "De första " + QuarantineSummary.ROWS_SHOWN + " raderna i karantän", s.title);
        s.headerRow(sheet, r++, new String[] {"Fil", "Blad", "Rad", "Kolumn", "Värde", "Orsak"});
        for (ShownQuarantine.Row e : c.quarantine().rows()) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, e.fileName());
            s.text(row, 1, e.sheet());
            s.number(row, 2, e.row());
            s.text(row, 3, e.column());
            s.text(row, 4, e.value());
            s.text(row, 5, e.reason());
        }
        s.put(sheet, r, 0, "Regionkoordinatorernas rader i karantän listas inte en och en: en fil är en region och ett år,"
                + " så listan skulle räkna dem. De räknas per fil som radbalansen (Översikt) och per orsak för alla filer"
                + " ovan. Värdet i en persons rad visas aldrig, och orsaken bara med fasta ord.", s.note);
        sheet.createFreezePane(0, 2);
        s.widths(sheet, 40, 60, 10, 24, 30, 80);
    }
}
