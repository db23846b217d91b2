package se.bilaga1.publish;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook being written and the style set its sheets share: titles, headers, Swedish number formats, the FEL and
 * VARNING fills, and the cell helpers, which give a text a spreadsheet would take for a formula the quote-prefix
 * style (its value unchanged) and a hidden count its {@code ..}.
 */
final class WorkbookStyles {

    final XSSFWorkbook workbook = new XSSFWorkbook();
    final CellStyle title;
    final CellStyle header;
    final CellStyle numericHeader;
    final CellStyle centeredHeader;
    final CellStyle integer;
    final CellStyle share;
    final CellStyle text;
    final CellStyle note;
    final CellStyle fel;
    final CellStyle varning;

    WorkbookStyles() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        numericHeader = workbook.createCellStyle();
        numericHeader.cloneStyleFrom(header);
        numericHeader.setAlignment(HorizontalAlignment.RIGHT);
        centeredHeader = workbook.createCellStyle();
        centeredHeader.cloneStyleFrom(header);
        centeredHeader.setAlignment(HorizontalAlignment.CENTER);
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat(WorkbookWriter.INTEGER_FORMAT));
        share = workbook.createCellStyle();
        share.setDataFormat(workbook.createDataFormat().getFormat(WorkbookWriter.SHARE_FORMAT));
        text = workbook.createCellStyle();
        text.setAlignment(HorizontalAlignment.RIGHT);
        note = workbook.createCellStyle();
        note.setFont(italic);
        fel = filled(IndexedColors.ROSE);
        varning = filled(IndexedColors.LIGHT_YELLOW);
    }

    CellStyle filled(IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    void headerRow(Sheet sheet, int rowNo, String[] headings) {
        Row row = sheet.createRow(rowNo);
        for (int i = 0; i < headings.length; i++) {
            styled(row, i, headings[i], header);
        }
    }

    /** Each style as it is for text a spreadsheet would take for a formula: quote-prefixed, the value unchanged. */
    private final java.util.Map<CellStyle, CellStyle> quotePrefixed = new java.util.IdentityHashMap<>();
    private CellStyle quotePrefixedPlain;

    private CellStyle quotePrefixed(CellStyle base) {
        if (base == null) {
            if (quotePrefixedPlain == null) {
                quotePrefixedPlain = workbook.createCellStyle();
                quotePrefixedPlain.setQuotePrefixed(true);
            }
            return quotePrefixedPlain;
        }
        return quotePrefixed.computeIfAbsent(base, b -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    void put(Sheet sheet, int rowNo, int col, String value, CellStyle style) {
        Row row = sheet.getRow(rowNo) == null ? sheet.createRow(rowNo) : sheet.getRow(rowNo);
        styled(row, col, value, style);
    }

    void styled(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        // a text a spreadsheet would read as a formula keeps its value and gets the quote-prefix style instead
        CellStyle shown = SafeText.risky(text) ? quotePrefixed(style) : style;
        if (shown != null) {
            cell.setCellStyle(shown);
        }
    }

    void text(Row row, int col, String value) {
        if (value != null) {
            styled(row, col, value, null);
        }
    }

    /** A count that passed the disclosure check, or {@code ..} where it hides it. */
    void count(Row row, int col, ShownCount value) {
        if (value.hidden()) {
            styled(row, col, ShownCount.HIDDEN_MARK, text);
        } else {
            number(row, col, value.value());
        }
    }

    void number(Row row, int col, long value) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(integer);
    }

    /** Column widths in characters; printing (and PDF export) fits the sheet to one page wide, landscape. */
    static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
