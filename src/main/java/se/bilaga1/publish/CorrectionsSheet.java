package se.bilaga1.publish;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import se.bilaga1.warehouse.Korrigeringar;

/** The sheet Korrigeringar: every correction as the disclosure boundary shows it, and the published cells it moved. */
final class CorrectionsSheet {

    private CorrectionsSheet() {
    }

    static void write(WorkbookStyles s, List<ShownCorrection> corrections, List<Korrigeringar.MovedCell> moved) {
        Sheet sheet = s.workbook.createSheet("Korrigeringar");
        s.put(sheet, 0, 0, "Analytikernas korrigeringar", s.title);
        s.headerRow(sheet, 1, new String[] {"Id", "Källa", "Nyckel", "Fält", "Värde före", "Nytt värde", "Motivering",
            "Beslutad av", "Datum", "Status", "Fil och rad", "Meddelande", "Publicerade celler den flyttade"});
        int r = 2;
        for (ShownCorrection c : corrections) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, c.id());
            s.text(row, 1, c.kalla());
            s.text(row, 2, c.nyckel());
            s.text(row, 3, c.falt());
            s.text(row, 4, c.tidigareVarde());
            s.text(row, 5, c.nyttVarde());
            s.text(row, 6, c.motivering());
            s.text(row, 7, c.beslutadAv());
            s.text(row, 8, c.datum());
            s.styled(row, 9, c.status(), c.status().equals("FEL") ? s.fel : null);
            s.text(row, 10, c.fileName() + " rad " + c.rowNo());
            s.text(row, 11, c.meddelande());
            s.text(row, 12, c.movedText());
        }
        if (corrections.stream().anyMatch(ShownCorrection::aboutPerson)) {
            s.put(sheet, r++, 0, "En korrigering av ett ärende gäller en enskild person: dess nyckel (region och år), värdet"
                    + " före och motiveringen visas inte, bara vilka publicerade celler den flyttade.", s.note);
        }
        if (corrections.isEmpty()) {
            s.put(sheet, r++, 0, "Inga korrigeringar har tillämpats i denna körning.", s.note);
        }
        r++;
        s.put(sheet, r++, 0, "Publicerade celler som korrigeringarna flyttade", s.title);
        s.headerRow(sheet, r++, new String[] {"Tabell", "Rad", "Kolumn", "Före", "Efter", "Korrigeringar"});
        for (Korrigeringar.MovedCell m : moved) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, m.tabell());
            s.text(row, 1, m.rad());
            s.text(row, 2, m.kolumn());
            s.text(row, 3, m.fore());
            s.text(row, 4, m.efter());
            s.text(row, 5, String.join(", ", m.korrigeringar()));
        }
        if (moved.isEmpty()) {
            s.put(sheet, r, 0, "Ingen publicerad cell flyttades.", s.note);
        }
        sheet.createFreezePane(0, 2);
        s.widths(sheet, 10, 20, 28, 18, 22, 22, 60, 20, 12, 9, 50, 60, 80);
    }
}
