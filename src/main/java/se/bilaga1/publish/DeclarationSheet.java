package se.bilaga1.publish;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The sheet Kvalitetsdeklaration: the quality declaration, section by section. */
final class DeclarationSheet {

    private DeclarationSheet() {
    }

    /**
     * The sheet Kvalitetsdeklaration: the same headings, paragraphs and tables as {@code bilaga1-N-kvalitet.md}, one
     * table under the other; figures as numbers, shares as percentages.
     */
    static void write(WorkbookStyles s, QualityDeclaration declaration) {
        Sheet sheet = s.workbook.createSheet("Kvalitetsdeklaration");
        int r = 0;
        int widest = 2;
        for (QualityDeclarationText.Block block : QualityDeclarationText.blocks(declaration)) {
            if (block instanceof QualityDeclarationText.Heading h) {
                if (h.level() > 1 && r > 0) {
                    r++;
                }
                s.put(sheet, r++, 0, h.text(), h.level() == 3 ? s.header : s.title);
            } else if (block instanceof QualityDeclarationText.Paragraph p) {
                s.put(sheet, r++, 0, p.text(), null);
            } else if (block instanceof QualityDeclarationText.Table t) {
                s.headerRow(sheet, r++, t.headings().toArray(String[]::new));
                widest = Math.max(widest, t.headings().size());
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof Long n) {
                            s.number(row, i, n);
                        } else if (v instanceof QualityDeclarationText.Share share) {
                            Cell cell = row.createCell(i);
                            cell.setCellValue(share.value().doubleValue());
                            cell.setCellStyle(s.share);
                        } else {
                            s.text(row, i, String.valueOf(v));
                        }
                    }
                }
            }
        }
        int[] w = new int[widest];
        java.util.Arrays.fill(w, 14);
        w[0] = 42;
        w[1] = 40;
        w[2] = 30;
        if (w.length > 3) {
            w[3] = 66;
        }
        s.widths(sheet, w);
    }
}
