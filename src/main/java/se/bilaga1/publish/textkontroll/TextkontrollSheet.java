package se.bilaga1.publish.textkontroll;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import se.bilaga1.publish.SafeText;

/**
 * The workbook's sheet Textkontroll: the counts per status, then one row per finding with the CSV's columns; a
 * contradiction or a quoted hidden cell filled rose, frozen header, readable widths.
 */
public final class TextkontrollSheet {

    public static final String NAME = "Textkontroll";
    private static final int[] WIDTHS = {8, 60, 40, 24, 60, 50, 16};

    private TextkontrollSheet() {
    }

    public static void write(Workbook workbook, List<Finding> findings) {
        Sheet sheet = workbook.createSheet(NAME);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        CellStyle flagged = workbook.createCellStyle();
        flagged.cloneStyleFrom(wrap);
        flagged.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        sheet.createRow(0).createCell(0).setCellValue("Textkontroll: manusets siffror mot de publicerade cellerna – "
                + Textkontroll.summary(findings));
        sheet.getRow(0).getCell(0).setCellStyle(header);
        Row head = sheet.createRow(2);
        for (int i = 0; i < TextkontrollCsv.HEADER.size(); i++) {
            head.createCell(i).setCellValue(TextkontrollCsv.HEADER.get(i));
            head.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = 3;
        for (Finding f : findings) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.stycke());
            String[] texts = {f.mening(), f.pastaende(), f.iTexten(), f.iTabellerna(), f.celler(), f.status().label()};
            CellStyle style = f.status() == Status.MOTSAGS || f.status() == Status.DOLD_CELL ? flagged : wrap;
            for (int i = 0; i < texts.length; i++) {
                row.createCell(i + 1).setCellValue(SafeText.escape(texts[i]));
                row.getCell(i + 1).setCellStyle(style);
            }
        }
        sheet.createFreezePane(0, 3);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(2, Math.max(2, r - 1), 0, WIDTHS.length - 1));
    }
}
