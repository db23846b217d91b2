package se.bilaga1.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

import se.bilaga1.ingest.SourceFileRegistry;
import se.bilaga1.publish.textkontroll.Finding;
import se.bilaga1.publish.textkontroll.TextkontrollSheet;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.Korrigeringar;
import se.bilaga1.warehouse.Lineage;
import se.bilaga1.warehouse.PublishedTable;
import se.bilaga1.warehouse.Snapshots;

/**
 * The consolidated workbook {@code bilaga1-N.xlsx}: overview, one sheet per indicator in the published layout,
 * reconciliation, corrections and a quarantine summary. Swedish number format, frozen headers, and no text
 * cell that a spreadsheet could take for a formula.
 */
public final class WorkbookWriter {

    /** Thousands grouped the Swedish way (1 055) whatever the reader's locale: the format carries sv-SE. */
    static final String INTEGER_FORMAT = "[$-41D]#,##0";
    /** Shares are stored as decimals (0.333) and shown as percentages with one decimal, Swedish style (33,3 %). */
    static final String SHARE_FORMAT = "[$-41D]0.0 %";

    /** Everything the workbook shows, gathered by the publish step. */
    public record Contents(int reportYear, String built, List<Snapshots.MovedCell> sinceSnapshot,
            ShownFile.Accounting accounting, List<PublishedTable> tables,
            List<PublishedTable> breakdowns, List<RuleResult> rules, List<ShownCorrection> corrections,
            List<Korrigeringar.MovedCell> movedCells, ShownQuarantine quarantine) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle numericHeader;
    private final CellStyle centeredHeader;
    private final CellStyle integer;
    private final CellStyle share;
    private final CellStyle text;
    private final CellStyle note;
    private final CellStyle fel;
    private final CellStyle varning;

    private WorkbookWriter() {
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
        integer.setDataFormat(workbook.createDataFormat().getFormat(INTEGER_FORMAT));
        share = workbook.createCellStyle();
        share.setDataFormat(workbook.createDataFormat().getFormat(SHARE_FORMAT));
        text = workbook.createCellStyle();
        text.setAlignment(HorizontalAlignment.RIGHT);
        note = workbook.createCellStyle();
        note.setFont(italic);
        fel = filled(IndexedColors.ROSE);
        varning = filled(IndexedColors.LIGHT_YELLOW);
    }

    public static void write(Path file, Contents contents) throws IOException {
        write(file, contents, null);
    }

    /** As {@link #write(Path, Contents)}, with the quality declaration as the last sheet (none when null). */
    public static void write(Path file, Contents contents, QualityDeclaration declaration) throws IOException {
        write(file, contents, declaration, null);
    }

    /**
     * As {@link #write(Path, Contents, QualityDeclaration)}, with the sheet Spårbarhet (every published cell's
     * lineage, none when null) before the quality declaration.
     */
    public static void write(Path file, Contents contents, QualityDeclaration declaration,
            List<Lineage.CellLineage> lineage) throws IOException {
        write(file, contents, declaration, lineage, null);
    }

    /** As above, with the sheet Textkontroll (the manuscript's findings; none when null) after Karantän. */
    public static void write(Path file, Contents contents, QualityDeclaration declaration,
            List<Lineage.CellLineage> lineage, List<Finding> textkontroll) throws IOException {
        WorkbookWriter writer = new WorkbookWriter();
        writer.overview(contents);
        for (PublishedTable table : contents.tables()) {
            writer.table(table);
        }
        for (PublishedTable table : contents.breakdowns()) {
            writer.table(table);
        }
        writer.reconciliation(contents.rules());
        writer.corrections(contents.corrections(), contents.movedCells());
        writer.quarantine(contents);
        if (textkontroll != null) {
            TextkontrollSheet.write(writer.workbook, textkontroll);
        }
        if (lineage != null) {
            writer.lineage(lineage);
        }
        if (declaration != null) {
            writer.qualityDeclaration(declaration);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.workbook.write(out);
        } finally {
            writer.workbook.close();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void overview(Contents c) {
        Sheet sheet = workbook.createSheet("Översikt");
        put(sheet, 0, 0, "Bilaga 1. Indikatorer – rapportår " + c.reportYear(), title);
        put(sheet, 1, 0, "Byggd", header);
        put(sheet, 1, 1, c.built(), null);
        long ok = c.rules().stream().filter(r -> r.status() == RuleResult.Status.OK).count();
        long warn = c.rules().stream().filter(r -> r.status() == RuleResult.Status.VARNING).count();
        long err = c.rules().stream().filter(r -> r.status() == RuleResult.Status.FEL).count();
        put(sheet, 2, 0, "Avstämning", header);
        put(sheet, 2, 1, c.rules().size() + " kontroller: " + ok + " OK, " + warn + " VARNING, " + err + " FEL"
                + " (se bladet Avstämning)", null);
        put(sheet, 3, 0, "Radbalans", header);
        put(sheet, 3, 1, "Rader lästa = laddade + i karantän + noter (titel-, rubrik- och fotnotsrader). Regionkoordinatorernas"
                + " filer är en polisregion och ett år var: deras antal är regionala och visas som .. där röjandekontrollen"
                + " döljer dem (som i Indikator 3 per region).", null);
        String[] headings = {"Källa", "Fil", "SHA-256", "Storlek (byte)", "Typ", "Layout", "Blad", "Teckenkodning", "Status",
                "Rader lästa", "Laddade", "I karantän", "Noter", "Balanserar", "Meddelande"};
        int first = 5;
        headerRow(sheet, first, headings);
        int r = first + 1;
        for (ShownFile f : c.accounting().files()) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.source());
            text(row, 1, f.fileName());
            text(row, 2, f.sha256());
            number(row, 3, f.sizeBytes());
            text(row, 4, f.kind());
            text(row, 5, f.layout());
            text(row, 6, f.sheetName());
            text(row, 7, f.encoding());
            text(row, 8, f.status());
            count(row, 9, f.read());
            count(row, 10, f.loaded());
            count(row, 11, f.quarantined());
            number(row, 12, f.notes());
            text(row, 13, f.balances() ? "ja" : "NEJ");
            text(row, 14, f.message());
        }
        if (!c.sinceSnapshot().isEmpty()) {
            // a rebuild that differs from the previous snapshot says which published cells moved, with both values
            r++;
            put(sheet, r++, 0, "Ändrat sedan föregående ögonblicksbild: " + c.sinceSnapshot().size() + " celler", title);
            headerRow(sheet, r++, new String[] {"Tabell", "Rad", "Kolumn", "Före", "Efter"});
            for (Snapshots.MovedCell m : c.sinceSnapshot()) {
                Row row = sheet.createRow(r++);
                text(row, 0, m.tabell());
                text(row, 1, m.rad());
                text(row, 2, m.kolumn());
                text(row, 3, m.fore() == null ? "(saknas)" : m.fore());
                text(row, 4, m.efter() == null ? "(saknas)" : m.efter());
            }
        }
        sheet.createFreezePane(0, first + 1);
        widths(sheet, 12, 40, 66, 14, 7, 32, 18, 16, 11, 11, 10, 11, 8, 11, 80);
    }

    private void table(PublishedTable t) {
        Sheet sheet = workbook.getSheet(t.sheet()) != null ? workbook.getSheet(t.sheet()) : workbook.createSheet(t.sheet());
        int r = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 2;
        put(sheet, r, 0, t.title(), title);
        int headerRowNo = r + 2;
        int stub = t.stubHeadings().size();
        int levels = t.columns().stream().mapToInt(c -> c.split(" / ").length).max().orElse(1);
        for (int level = 0; level < levels; level++) {
            Row head = sheet.createRow(headerRowNo + level);
            for (int i = 0; i < stub; i++) {
                styled(head, i, level == levels - 1 ? t.stubHeadings().get(i) : "", header);
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
                    styled(head, stub + i, "", numericHeader);
                } else {
                    styled(head, stub + i, label, upperLevel ? centeredHeader : numericHeader);
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
                text(row, i, tr.printedLabels().get(i));
            }
            for (int i = 0; i < tr.cells().size(); i++) {
                PublishedTable.Cell cell = tr.cells().get(i);
                if (cell.value() == null) {
                    styled(row, stub + i, cell.marker(), text);
                } else {
                    Cell xc = row.createCell(stub + i);
                    xc.setCellValue(cell.value().doubleValue());
                    xc.setCellStyle(t.shareColumns().contains(t.columns().get(i)) ? share : integer);
                }
            }
        }
        int lastDataRow = r - 1;
        r++;
        for (String n : t.notes()) {
            put(sheet, r++, 0, n, note);
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
        widths(sheet, w);
    }

    /** A stub column as wide as its longest label, within reason. */
    private static int stubWidth(PublishedTable t, int column) {
        int longest = t.rows().stream().mapToInt(r -> column < r.printedLabels().size() ? r.printedLabels().get(column).length() : 0)
                .max().orElse(0);
        return Math.max(8, Math.min(75, longest + 2));
    }

    private void reconciliation(List<RuleResult> rules) {
        Sheet sheet = workbook.createSheet("Avstämning");
        headerRow(sheet, 0, new String[] {"Regel", "Tabell", "Beskrivning", "Vänster", "Höger", "Status"});
        int r = 1;
        for (RuleResult rule : rules) {
            Row row = sheet.createRow(r++);
            text(row, 0, rule.regel());
            text(row, 1, rule.tabell());
            text(row, 2, rule.beskrivning());
            text(row, 3, rule.vanster());
            text(row, 4, rule.hoger());
            styled(row, 5, rule.status().name(), switch (rule.status()) {
                case FEL -> fel;
                case VARNING -> varning;
                default -> null;
            });
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, 26, 10, 110, 10, 10, 9);
    }

    private void corrections(List<ShownCorrection> corrections, List<Korrigeringar.MovedCell> moved) {
        Sheet sheet = workbook.createSheet("Korrigeringar");
        put(sheet, 0, 0, "Analytikernas korrigeringar", title);
        headerRow(sheet, 1, new String[] {"Id", "Källa", "Nyckel", "Fält", "Värde före", "Nytt värde", "Motivering",
            "Beslutad av", "Datum", "Status", "Fil och rad", "Meddelande", "Publicerade celler den flyttade"});
        int r = 2;
        for (ShownCorrection c : corrections) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.id());
            text(row, 1, c.kalla());
            text(row, 2, c.nyckel());
            text(row, 3, c.falt());
            text(row, 4, c.tidigareVarde());
            text(row, 5, c.nyttVarde());
            text(row, 6, c.motivering());
            text(row, 7, c.beslutadAv());
            text(row, 8, c.datum());
            styled(row, 9, c.status(), c.status().equals("FEL") ? fel : null);
            text(row, 10, c.fileName() + " rad " + c.rowNo());
            text(row, 11, c.meddelande());
            text(row, 12, c.movedText());
        }
        if (corrections.stream().anyMatch(ShownCorrection::aboutPerson)) {
            put(sheet, r++, 0, "En korrigering av ett ärende gäller en enskild person: dess nyckel (region och år), värdet"
                    + " före och motiveringen visas inte, bara vilka publicerade celler den flyttade.", note);
        }
        if (corrections.isEmpty()) {
            put(sheet, r++, 0, "Inga korrigeringar har tillämpats i denna körning.", note);
        }
        r++;
        put(sheet, r++, 0, "Publicerade celler som korrigeringarna flyttade", title);
        headerRow(sheet, r++, new String[] {"Tabell", "Rad", "Kolumn", "Före", "Efter", "Korrigeringar"});
        for (Korrigeringar.MovedCell m : moved) {
            Row row = sheet.createRow(r++);
            text(row, 0, m.tabell());
            text(row, 1, m.rad());
            text(row, 2, m.kolumn());
            text(row, 3, m.fore());
            text(row, 4, m.efter());
            text(row, 5, String.join(", ", m.korrigeringar()));
        }
        if (moved.isEmpty()) {
            put(sheet, r, 0, "Ingen publicerad cell flyttades.", note);
        }
        sheet.createFreezePane(0, 2);
        widths(sheet, 10, 20, 28, 18, 22, 22, 60, 20, 12, 9, 50, 60, 80);
    }

    private void quarantine(Contents c) {
        Sheet sheet = workbook.createSheet("Karantän");
        // a rejected file has no rows here of its own, nor a file read with a warning (renamed, extra columns): each is
        // named first, with why, so no bad delivery goes unseen
        put(sheet, 0, 0, "Avvisade filer och filer med anmärkning", title);
        headerRow(sheet, 1, new String[] {"Fil", "Status", "Meddelande"});
        int r = 2;
        List<ShownFile> remarked = c.accounting().files().stream()
                .filter(f -> SourceFileRegistry.REJECTED.equals(f.status()) || (f.message() != null && !f.message().isBlank()))
                .toList();
        for (ShownFile f : remarked) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.fileName());
            text(row, 1, f.status());
            text(row, 2, f.message());
        }
        if (remarked.isEmpty()) {
            put(sheet, r++, 0, "Inga avvisade filer och inga anmärkningar.", note);
        }
        r++;
        put(sheet, r++, 0, "Rader i karantän per fil och orsak", title);
        headerRow(sheet, r++, new String[] {"Fil", "Orsak", "Rader"});
        for (ShownQuarantine.PerReason p : c.quarantine().perReason()) {
            Row row = sheet.createRow(r++);
            text(row, 0, p.where());
            text(row, 1, p.reason());
            count(row, 2, p.rows());
        }
        if (c.quarantine().perReason().isEmpty()) {
            put(sheet, r++, 0, "Inga rader i karantän.", note);
        }
        r++;
        put(sheet, r++, 0, "De första " + QuarantineSummary.ROWS_SHOWN + " raderna i karantän", title);
        headerRow(sheet, r++, new String[] {"Fil", "Blad", "Rad", "Kolumn", "Värde", "Orsak"});
        for (ShownQuarantine.Row e : c.quarantine().rows()) {
            Row row = sheet.createRow(r++);
            text(row, 0, e.fileName());
            text(row, 1, e.sheet());
            number(row, 2, e.row());
            text(row, 3, e.column());
            text(row, 4, e.value());
            text(row, 5, e.reason());
        }
        put(sheet, r, 0, "Regionkoordinatorernas rader i karantän listas inte en och en: en fil är en region och ett år,"
                + " så listan skulle räkna dem. De räknas per fil som radbalansen (Översikt) och per orsak för alla filer"
                + " ovan. Värdet i en persons rad visas aldrig, och orsaken bara med fasta ord.", note);
        sheet.createFreezePane(0, 2);
        widths(sheet, 40, 60, 10, 24, 30, 80);
    }

    /**
     * The sheet Spårbarhet: every published cell with its lineage, one line per source file, correction and rule
     * result. Coordinator case files are named, never with how many cases they gave the cell (a regional figure) nor a
     * case key.
     */
    private void lineage(List<Lineage.CellLineage> lineage) {
        Sheet sheet = workbook.createSheet("Spårbarhet");
        put(sheet, 0, 0, "Spårbarhet: varifrån varje publicerad cell kommer", title);
        headerRow(sheet, 1, new String[] {"Tabell", "Rad", "Kolumn", "Värde", "Art", "Fil", "SHA-256", "Blad", "Rader",
            "Kolumn i filen", "Korrigering eller regel", "Status", "Beskrivning", "Före / vänster",
            "Efter / höger"});
        int r = 2;
        for (Lineage.CellLineage c : lineage) {
            List<Lineage.Entry> entries = c.entries().isEmpty() ? java.util.Collections.singletonList(null) : c.entries();
            for (Lineage.Entry e : entries) {
                Row row = sheet.createRow(r++);
                text(row, 0, c.tabell());
                text(row, 1, c.rad());
                text(row, 2, c.kolumn());
                text(row, 3, c.varde());
                if (e == null) {
                    text(row, 4, "–");
                    continue;
                }
                text(row, 4, switch (e.art()) {
                    case KALLA -> "Källa";
                    case KORRIGERING -> "Korrigering";
                    case REGEL -> "Regel";
                });
                text(row, 5, e.fileName());
                text(row, 6, e.sha256());
                text(row, 7, e.sheet());
                text(row, 8, e.rows());
                text(row, 9, e.column());
                text(row, 10, e.ref());
                if (e.status() != null) {
                    styled(row, 11, e.status(), e.status().equals("FEL") ? fel : e.status().equals("VARNING") ? varning : null);
                }
                text(row, 12, e.beskrivning());
                text(row, 13, e.vanster());
                text(row, 14, e.hoger());
            }
        }
        sheet.createFreezePane(0, 2);
        widths(sheet, 10, 34, 18, 10, 12, 44, 66, 20, 12, 18, 26, 9, 90, 12, 12);
    }

    /**
     * The sheet Kvalitetsdeklaration: the same headings, paragraphs and tables as {@code bilaga1-N-kvalitet.md}, one
     * table under the other; figures as numbers, shares as percentages.
     */
    private void qualityDeclaration(QualityDeclaration declaration) {
        Sheet sheet = workbook.createSheet("Kvalitetsdeklaration");
        int r = 0;
        int widest = 2;
        for (QualityDeclarationText.Block block : QualityDeclarationText.blocks(declaration)) {
            if (block instanceof QualityDeclarationText.Heading h) {
                if (h.level() > 1 && r > 0) {
                    r++;
                }
                put(sheet, r++, 0, h.text(), h.level() == 3 ? header : title);
            } else if (block instanceof QualityDeclarationText.Paragraph p) {
                put(sheet, r++, 0, p.text(), null);
            } else if (block instanceof QualityDeclarationText.Table t) {
                headerRow(sheet, r++, t.headings().toArray(String[]::new));
                widest = Math.max(widest, t.headings().size());
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof Long n) {
                            number(row, i, n);
                        } else if (v instanceof QualityDeclarationText.Share s) {
                            Cell cell = row.createCell(i);
                            cell.setCellValue(s.value().doubleValue());
                            cell.setCellStyle(share);
                        } else {
                            text(row, i, String.valueOf(v));
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
        widths(sheet, w);
    }

    private CellStyle filled(IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private void headerRow(Sheet sheet, int rowNo, String[] headings) {
        Row row = sheet.createRow(rowNo);
        for (int i = 0; i < headings.length; i++) {
            styled(row, i, headings[i], header);
        }
    }

    private static void put(Sheet sheet, int rowNo, int col, String value, CellStyle style) {
        Row row = sheet.getRow(rowNo) == null ? sheet.createRow(rowNo) : sheet.getRow(rowNo);
        styled(row, col, value, style);
    }

    private static void styled(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(SafeText.escape(value == null ? "" : value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void text(Row row, int col, String value) {
        if (value != null) {
            styled(row, col, value, null);
        }
    }

    /** A count that passed the disclosure check, or {@code ..} where it hides it. */
    private void count(Row row, int col, ShownCount value) {
        if (value.hidden()) {
            styled(row, col, ShownCount.HIDDEN_MARK, text);
        } else {
            number(row, col, value.value());
        }
    }

    private void number(Row row, int col, long value) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(integer);
    }

    /** Column widths in characters; printing (and PDF export) fits the sheet to one page wide, landscape. */
    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
