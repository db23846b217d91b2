package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile cases of what an xlsx sheet holds: huge cells, the widest and the longest sheets, formulas with and
 * without a stored value, merged headers, hidden sheets and rows, dates and numbers in their many spellings, and
 * counts that are no counts. Each bad workbook sits beside a good delivery of the same source.
 */
class XlsxContentCasesIT extends HostileCase {

    static final String BRA_TABLE = "anmalda-brott-2020-2024.xlsx";
    static final String NORD = "nord-2024.xlsx";
    static final String KOMMUNENKAT = "kommunenkat-2023.xlsx";
    static final String PERMITS = "beviljade-uppehallstillstand-5-15-2022-2024.csv";
    static final int TEN_MB = 10 * 1024 * 1024;
    static final String CASE_HEADER = "arende_id;polisregion;ar;kon;aldersgrupp;exploateringsform;misstanke;bransch;"
            + "hanvisande_aktor;ursprungsland;upptackt_via_akc;narstaende_barn_i_sverige;narstaende_barn_i_annat_land";
    static final String PERMIT_HEADER = "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;"
            + "polisregion";

    // --- 1. a 10 MB cell ---

    @Test
    void tenMegabyteCellsInACountALabelAndACaseTextAreQuarantinedCutToSizeAtASmallHeap(@TempDir Path data)
            throws Exception {
        copySample("bra", BRA_TABLE);
        copySample("regionkoordinatorer", NORD);
        Path table = place("bra", "trasig-anmalda-brott-jattecell.xlsx");
        Path cases = place("regionkoordinatorer", "trasig-nord-2024-jattecell.xlsx");
        hugeCells(table, cases, true);

        Forked forked = forkedRebuild("256m", data);

        assertThat(forked.result().exitCode()).as("%s", forked.result()).isZero();
        Warehouse w = forked.warehouse();
        assertGoodBraTable(w);
        assertThat(w.file("regionkoordinatorer/" + NORD).status()).isEqualTo("LOADED");
        assertThat(w.file("regionkoordinatorer/" + NORD).rowsLoaded()).isEqualTo(sampleRows("regionkoordinatorer", NORD));
        assertThat(w.file("bra/trasig-anmalda-brott-jattecell.xlsx")).extracting("status", "rowsLoaded", "rowsQuarantined")
                .containsExactly("LOADED", 1L, 2L);
        List<Warehouse.Quarantined> q = w.quarantine("bra/trasig-anmalda-brott-jattecell.xlsx");
        assertThat(q).extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "F (2024)"),
                        org.assertj.core.groups.Tuple.tuple(5, "A (Lagrum)"));
        assertThat(q.get(0).reason()).contains("expected at most 14 digits").hasSizeLessThan(300);
        assertThat(q.get(1).reason()).contains("longer than 500 characters").hasSizeLessThan(300);
        assertThat(q).allSatisfy(e -> assertThat(e.rawValue()).hasSize(1000).endsWith("…"));
        assertThat(w.file("regionkoordinatorer/trasig-nord-2024-jattecell.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 1L, 1L);
        Warehouse.Quarantined land = w.quarantine("regionkoordinatorer/trasig-nord-2024-jattecell.xlsx").get(0);
        assertThat(land.column()).isEqualTo("J (ursprungsland)");
        assertThat(land.reason()).isEqualTo("longer than 100 characters: expected at most 100");
        w.assertNoRowLost();
    }

    /**
     * A Brå table whose 2024 count is ten million digits and whose second statute's label is ten million letters,
     * and a Nord case file whose second case's country is ten million letters (written as inline strings by hand:
     * POI refuses a cell over 32,767 characters, as Excel does). With {@code good}, a good row in each.
     */
    static void hugeCells(Path table, Path cases, boolean good) throws IOException {
        // not one letter repeated: that compresses a thousandfold, and the zip guard rightly takes it for a bomb
        String tenMillionDigits = "9" + noise(TEN_MB - 1, "0123456789", 1);
        String longLabel = "4 kap. 2 § BrB Människorov " + noise(TEN_MB, "abcdefghijklmnopqrstuvwxyz ", 2);
        StringBuilder sheet = new StringBuilder();
        sheet.append(row(1, inline("A1", "Anmälda brott, antal")));
        sheet.append(row(3, inline("A3", "Lagrum") + number("B3", 2020) + number("C3", 2021) + number("D3", 2022)
                + number("E3", 2023) + number("F3", 2024)));
        sheet.append(row(4, inline("A4", "4 kap. 4 § BrB Olaga frihetsberövande") + number("B4", 1) + number("C4", 2)
                + number("D4", 3) + number("E4", 4) + inline("F4", tenMillionDigits)));
        sheet.append(row(5, inline("A5", longLabel) + number("B5", 1) + number("C5", 2) + number("D5", 3)
                + number("E5", 4) + number("F5", 5)));
        if (good) {
            sheet.append(row(6, inline("A6", "4 kap. 3 § BrB Olaga tvång") + number("B6", 1) + number("C6", 2)
                    + number("D6", 3) + number("E6", 4) + number("F6", 5)));
        }
        rawXlsx(table, "Anmälda brott", sheet.toString());

        StringBuilder caseSheet = new StringBuilder();
        caseSheet.append(row(1, inlineRow(1, CASE_HEADER.split(";"))));
        if (good) {
            caseSheet.append(row(2, inlineRow(2, nordCase("NO-9001", "Thailand"))));
        }
        caseSheet.append(row(3, inlineRow(3, nordCase("NO-9002", noise(TEN_MB, "abcdefghijklmnopqrstuvwxyz", 3)))));
        rawXlsx(cases, "Ärenden", caseSheet.toString());
    }

    /** {@code length} characters drawn from {@code alphabet}, the same for the same seed. */
    static String noise(int length, String alphabet, long seed) {
        java.util.Random random = new java.util.Random(seed);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(text);
    }

    static String[] nordCase(String id, String land) {
        return new String[] {id, "Nord", "2024", "Kvinna", "Vuxen", "Arbetskraft", "Människohandel", "Städ",
                "Migrationsverket", land, "Nej", "0", "0"};
    }

    // --- 2. 16,384 columns ---

    @Test
    void rowsReachingColumnXfdLoadAndTheirExtraColumnsAreNamedWithinBounds() throws Exception {
        copySample("kommunenkat", KOMMUNENKAT);
        Path wide = place("kommunenkat", "trasig-kommunenkat-2025-bred.xlsx");
        widest(wide, true);

        rebuild();

        Warehouse w = warehouse();
        assertThat(w.file("kommunenkat/" + KOMMUNENKAT).status()).isEqualTo("LOADED");
        assertThat(w.file("kommunenkat/" + KOMMUNENKAT).rowsLoaded()).isEqualTo(sampleRows("kommunenkat", KOMMUNENKAT));
        Warehouse.SourceFile file = w.file("kommunenkat/trasig-kommunenkat-2025-bred.xlsx");
        assertThat(file).extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 2L, 0L);
        assertThat(file.message()).startsWith("VARNING: extra columns, not loaded: extra 9, extra 10, ")
                .endsWith(" and 16326 more").hasSizeLessThan(2000);
        assertThat(w.count("SELECT COUNT(*) FROM kommunenkat_svar s JOIN source_file f ON f.id = s.source_file_id"
                + " WHERE f.file_name = 'kommunenkat/trasig-kommunenkat-2025-bred.xlsx'")).isEqualTo(2);
        assertNoRowLost();
    }

    /** A survey whose header names every column to XFD and whose rows have a value in XFD (with {@code good}, two rows). */
    static void widest(Path file, boolean good) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Kommunenkät 2025");
            String[] header = {"ar", "kommunkod", "kommun", "besvarad", "styrdokument_prostitution_mh",
                    "styrdokument_sexuell_exploatering_barn", "kunskapsstod_prostitution_mh",
                    "kunskapsstod_sexuell_exploatering_barn"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < 16_384; c++) {
                h.createCell(c).setCellValue(c < header.length ? header[c] : "extra " + (c + 1));
            }
            if (good) {
                String[][] rows = {{"2025", "0114", "Upplands Väsby", "Ja", "Ja", "Nej", "Nej", "Vet ej"},
                        {"2025", "0115", "Vallentuna", "Ja", "Nej", "Nej", "Ja, i egen regi", "Nej"}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                    for (int c = rows[r].length; c < 16_384; c += 97) {
                        row.createCell(c).setCellValue(c);
                    }
                    row.createCell(16_383).setCellValue("XFD" + (r + 2));
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    // --- 3. 1,048,576 formatted but empty rows ---

    @Test
    void aMillionFormattedButEmptyRowsAreSkippedInBoundedTimeAndMemory(@TempDir Path data) throws Exception {
        copySample("bra", BRA_TABLE);
        Path tall = place("bra", "trasig-anmalda-brott-tomma-rader.xlsx");
        millionEmptyRows(tall, true);

        Forked forked = forkedRebuild("256m", data);

        assertThat(forked.result().exitCode()).as("%s", forked.result()).isZero();
        assertThat(forked.result().took()).isLessThan(Duration.ofSeconds(90));
        Warehouse w = forked.warehouse();
        assertGoodBraTable(w);
        // title, header, one statute and, in the very last row, a note: the empty rows are not rows read
        assertThat(w.file("bra/trasig-anmalda-brott-tomma-rader.xlsx"))
                .extracting("status", "rowsRead", "rowsLoaded", "rowsNotes").containsExactly("LOADED", 4L, 1L, 3L);
        assertThat(w.count("SELECT MAX(row_no) FROM source_note n JOIN source_file f ON f.id = n.source_file_id"
                + " WHERE f.file_name = 'bra/trasig-anmalda-brott-tomma-rader.xlsx'")).isEqualTo(1_048_576);
        w.assertNoRowLost();
    }

    /** Every row of the sheet formatted (a row style and styled blank cells) but empty, a note in the last one. */
    static void millionEmptyRows(Path file, boolean good) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            CellStyle fill = book.createCellStyle();
            fill.setFillForegroundColor((short) 13);
            fill.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            fill.setDataFormat((short) 3);
            Sheet sheet = book.createSheet("Anmälda brott");
            sheet.createRow(0).createCell(0).setCellValue("Anmälda brott, antal");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("Lagrum");
            for (int y = 2020; y <= 2024; y++) {
                header.createCell(y - 2019).setCellValue(y);
            }
            int r = 2;
            if (good) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue("4 kap. 3 § BrB Olaga tvång");
                for (int y = 2020; y <= 2024; y++) {
                    row.createCell(y - 2019).setCellValue(y - 2019);
                }
            }
            for (; r < 1_048_575; r++) {
                Row row = sheet.createRow(r);
                row.setRowStyle(fill);
                row.createCell(0).setCellStyle(fill);
                row.createCell(5).setCellStyle(fill);
            }
            sheet.createRow(1_048_575).createCell(0).setCellValue("Källa: Brå");
            book.write(out);
            book.dispose();
        }
    }

    // --- 4. formulas ---

    @Test
    void formulasGiveTheirStoredValuesAndOneWithoutAValueIsQuarantinedNamingItsColumn() throws Exception {
        copySample("bra", BRA_TABLE);
        copySample("regionkoordinatorer", NORD);
        Path table = place("bra", "trasig-anmalda-brott-formler.xlsx");
        Path cases = place("regionkoordinatorer", "trasig-nord-2024-formler.xlsx");
        formulas(table, cases, true);

        rebuild();

        Warehouse w = warehouse();
        assertGoodBraTable(w);
        assertThat(w.file("regionkoordinatorer/" + NORD).rowsLoaded()).isEqualTo(sampleRows("regionkoordinatorer", NORD));
        assertThat(w.file("bra/trasig-anmalda-brott-formler.xlsx")).extracting("status", "rowsLoaded", "rowsQuarantined")
                .containsExactly("LOADED", 1L, 1L);
        // the stored values of =B4+1, =SUM(B4:C4), =C4*2 and =VALUE("5")
        assertThat(w.jdbc().queryForList("SELECT CAST(amount AS INTEGER) FROM bra_published_count c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.file_name = 'bra/trasig-anmalda-brott-formler.xlsx' ORDER BY ar",
                Integer.class)).containsExactly(1, 2, 3, 4, 5);
        List<Warehouse.Quarantined> q = w.quarantine("bra/trasig-anmalda-brott-formler.xlsx");
        assertThat(q).hasSize(1);
        assertThat(q.get(0)).extracting("sheet", "rowNo", "column", "rawValue")
                .containsExactly("Anmälda brott", 5, "D (2022)", "=SUM(B5:C5)");
        assertThat(q.get(0).reason()).startsWith("a formula whose value is not stored in the file")
                .contains("recalculate");

        assertThat(w.file("regionkoordinatorer/trasig-nord-2024-formler.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 1L, 1L);
        List<Warehouse.Quarantined> caseQ = w.quarantine("regionkoordinatorer/trasig-nord-2024-formler.xlsx");
        assertThat(caseQ).extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "J (ursprungsland)"));
        // a case's cell: the reason names where and why, never what the formula says
        assertThat(caseQ.get(0).reason()).doesNotContain("Thai").doesNotContain("NO-9");
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case WHERE ursprungsland LIKE '=%'")).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case WHERE arende_id = 'NO-9011'")).isEqualTo(1);
        assertNoRowLost();
    }

    /**
     * A Brå table: row 4 all formulas with stored values, row 5 one formula saved without a value (as a program
     * that writes formulas but does not calculate them leaves it). A Nord case file: row 2's country a formula
     * with its stored text, row 3's a formula without one. With {@code good}, the rows with stored values.
     */
    static void formulas(Path table, Path cases, boolean good) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = braSheet(book, "Anmälda brott");
            int r = 3;
            if (good) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue("4 kap. 3 § BrB Olaga tvång");
                row.createCell(1).setCellValue(1);
                row.createCell(2).setCellFormula("B4+1");
                row.createCell(3).setCellFormula("SUM(B4:C4)");
                row.createCell(4).setCellFormula("C4*2");
                row.createCell(5).setCellFormula("VALUE(\"5\")");
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            Row bad = sheet.createRow(4);
            bad.createCell(0).setCellValue("4 kap. 4 § BrB Olaga frihetsberövande");
            bad.createCell(1).setCellValue(1);
            bad.createCell(2).setCellValue(2);
            bad.createCell(3).setCellFormula("SUM(B5:C5)"); // written after evaluateAll: no value stored
            bad.createCell(4).setCellValue(4);
            bad.createCell(5).setCellValue(5);
            write(book, table);
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Ärenden");
            textRow(sheet, 0, CASE_HEADER.split(";"));
            if (good) {
                caseRow(sheet, 1, nordCase("NO-9011", "")).getCell(9).setCellFormula("\"Thai\"&\"land\"");
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            // a fresh cell: a formula set on a text cell keeps its text as the stored value
            caseRow(sheet, 2, nordCase("NO-9012", "")).createCell(9).setCellFormula("\"Thai\"&\"land\"");
            write(book, cases);
        }
    }

    // --- 5. merged header cells ---

    @Test
    void mergedHeaderCellsLoad() throws Exception {
        copySample("bra", BRA_TABLE);
        copySample("kommunenkat", KOMMUNENKAT);
        Path table = place("bra", "trasig-anmalda-brott-sammanslagna.xlsx");
        Path survey = place("kommunenkat", "trasig-kommunenkat-2025-sammanslagna.xlsx");
        merged(table, survey, true);

        rebuild();

        Warehouse w = warehouse();
        assertGoodBraTable(w);
        assertThat(w.file("bra/trasig-anmalda-brott-sammanslagna.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 2L, 0L);
        assertThat(w.jdbc().queryForList("SELECT DISTINCT lagrum FROM bra_published_count c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.file_name = 'bra/trasig-anmalda-brott-sammanslagna.xlsx'"
                + " ORDER BY lagrum", String.class)).containsExactly("BrB 4:3", "BrB 4:4");
        assertThat(w.file("kommunenkat/" + KOMMUNENKAT).rowsLoaded()).isEqualTo(sampleRows("kommunenkat", KOMMUNENKAT));
        assertThat(w.file("kommunenkat/trasig-kommunenkat-2025-sammanslagna.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 1L, 0L);
        assertNoRowLost();
    }

    /**
     * A Brå table with a merged "År" over the years, a "Lagrum" header merged over two label columns and the
     * chapter merged down over two statutes; a survey whose "kommun" header is merged over two columns (its names in
     * the first, a comment in the second). Without {@code good}: the headers only.
     */
    static void merged(Path table, Path survey, boolean good) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Anmälda brott");
            sheet.createRow(0).createCell(0).setCellValue("Anmälda brott, antal");
            Row ar = sheet.createRow(1);
            ar.createCell(2).setCellValue("År");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 6));
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("Lagrum");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 1));
            for (int y = 2020; y <= 2024; y++) {
                header.createCell(y - 2018).setCellValue(y);
            }
            if (good) {
                Row a = sheet.createRow(3);
                a.createCell(0).setCellValue("BrB 4 kap.");
                a.createCell(1).setCellValue("Olaga tvång (3 §)");
                Row b = sheet.createRow(4);
                b.createCell(1).setCellValue("Olaga frihetsberövande (4 §)");
                sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
                for (int y = 2020; y <= 2024; y++) {
                    a.createCell(y - 2018).setCellValue(y - 2019);
                    b.createCell(y - 2018).setCellValue(y - 2010);
                }
            }
            write(book, table);
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Kommunenkät 2025");
            textRow(sheet, 0, new String[] {"ar", "kommunkod", "kommun", "", "besvarad", "styrdokument_prostitution_mh",
                    "styrdokument_sexuell_exploatering_barn", "kunskapsstod_prostitution_mh",
                    "kunskapsstod_sexuell_exploatering_barn"});
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            if (good) {
                textRow(sheet, 1, new String[] {"2025", "0114", "Upplands Väsby", "kommentar", "Ja", "Ja", "Nej", "Nej",
                        "Vet ej"});
            }
            write(book, survey);
        }
    }

    // --- 6. hidden sheets and rows ---

    @Test
    void aHiddenSheetIsNeverChosenOverAVisibleOneAndHiddenRowsAreRead() throws Exception {
        copySample("bra", BRA_TABLE);
        Path file = place("bra", "trasig-anmalda-brott-dolda.xlsx");
        hidden(file, true);

        rebuild();

        Warehouse w = warehouse();
        assertGoodBraTable(w);
        Warehouse.SourceFile hidden = w.file("bra/trasig-anmalda-brott-dolda.xlsx");
        assertThat(hidden).extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 2L, 0L);
        assertThat(w.count("SELECT COUNT(*) FROM source_file WHERE sheet_name = 'Anmälda brott'"
                + " AND file_name = 'bra/trasig-anmalda-brott-dolda.xlsx'")).isOne();
        // the hidden sheet's statute is not loaded; the hidden row's is
        assertThat(w.jdbc().queryForList("SELECT DISTINCT lagrum FROM bra_published_count c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.file_name = 'bra/trasig-anmalda-brott-dolda.xlsx' ORDER BY lagrum",
                String.class)).containsExactly("BrB 4:3", "BrB 4:4");
        assertNoRowLost();
    }

    /**
     * A workbook whose first sheet, hidden, is an old table whose name matches too ("Anmälda brott (gammal)"), a
     * very hidden lookup sheet, then the visible table with a hidden row. Without {@code good}: the hidden sheets
     * hold the statutes, the visible table only its header.
     */
    static void hidden(Path file, boolean good) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet old = braSheet(book, "Anmälda brott (gammal)");
            statuteRow(old, 3, "4 kap. 2 § BrB Människorov", 100);
            Sheet lookup = book.createSheet("anmalda uppslag");
            textRow(lookup, 0, new String[] {"Lagrum", "2020", "2021"});
            textRow(lookup, 1, new String[] {"4 kap. 5 § BrB Olaga hot", "1", "2"});
            Sheet visible = braSheet(book, "Anmälda brott");
            if (good) {
                statuteRow(visible, 3, "4 kap. 3 § BrB Olaga tvång", 1);
                statuteRow(visible, 4, "4 kap. 4 § BrB Olaga frihetsberövande", 10).setZeroHeight(true);
            }
            book.setSheetVisibility(0, SheetVisibility.HIDDEN);
            book.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            book.setActiveSheet(2);
            book.setFirstVisibleTab(2);
            write(book, file);
        }
    }

    // --- 7. dates as numbers and as text ---

    @Test
    void dateCellsAndIsoTextLoadWhileBareNumbersAndOtherSpellingsAreQuarantinedSayingWhatWasExpected() throws Exception {
        copySample("migrationsverket", PERMITS);
        Path file = place("migrationsverket", "trasig-beslut-datum.xlsx");
        dates(file, true);

        rebuild();

        Warehouse w = warehouse();
        assertGoodPermits(w);
        assertThat(w.file("migrationsverket/trasig-beslut-datum.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 4L, 6L);
        assertThat(w.jdbc().queryForList("SELECT beslutsdatum FROM migrationsverket_permit p JOIN source_file f"
                + " ON f.id = p.source_file_id WHERE f.file_name = 'migrationsverket/trasig-beslut-datum.xlsx'"
                + " ORDER BY p.row_no", LocalDate.class)).containsExactly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6),
                        LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8));
        List<Warehouse.Quarantined> q = w.quarantine("migrationsverket/trasig-beslut-datum.xlsx");
        assertThat(q).extracting(Warehouse.Quarantined::rawValue)
                .containsExactly("45361", "2024-3-5", "05/03/2024", "5 mars 2024", "20240305", "99999999");
        assertThat(q).allSatisfy(e -> {
            assertThat(e.column()).isEqualTo("A (beslutsdatum)");
            assertThat(e.reason()).contains("expected an ISO date such as 2024-03-05");
        });
        assertThat(q.get(0).reason()).contains("a number, not a date").contains("formatted as a date");
        assertNoRowLost();
    }

    /**
     * Permits whose beslutsdatum is a date cell (built-in and ISO formats), a date-formatted formula, ISO text;
     * then a bare number (no date format), other spellings as text, and a date-formatted number beyond year 9999.
     * Without {@code good}: only the quarantined ones.
     */
    static void dates(Path file, boolean good) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle shortDate = book.createCellStyle();
            shortDate.setDataFormat((short) 14);
            CellStyle isoDate = book.createCellStyle();
            isoDate.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = book.createSheet("Beslut");
            textRow(sheet, 0, PERMIT_HEADER.split(";"));
            int r = 1;
            if (good) {
                permit(sheet, r++, "MV-D1").getCell(0).setCellValue(LocalDate.of(2024, 3, 5));
                sheet.getRow(r - 1).getCell(0).setCellStyle(shortDate);
                permit(sheet, r++, "MV-D2").getCell(0).setCellValue(LocalDate.of(2024, 3, 6));
                sheet.getRow(r - 1).getCell(0).setCellStyle(isoDate);
                permit(sheet, r++, "MV-D3").getCell(0).setCellFormula("DATE(2024,3,7)");
                sheet.getRow(r - 1).getCell(0).setCellStyle(isoDate);
                permit(sheet, r++, "MV-D4").getCell(0).setCellValue("2024-03-08");
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            permit(sheet, r++, "MV-D5").getCell(0).setCellValue(45361); // 2024-03-10 as a bare day number
            for (String spelling : List.of("2024-3-5", "05/03/2024", "5 mars 2024", "20240305")) {
                permit(sheet, r++, "MV-D" + r).getCell(0).setCellValue(spelling);
            }
            Cell far = permit(sheet, r++, "MV-D" + r).getCell(0);
            far.setCellValue(99_999_999d);
            far.setCellStyle(isoDate);
            write(book, file);
        }
    }

    static Row permit(Sheet sheet, int r, String person) {
        Row row = textRow(sheet, r, new String[] {"", person, "5 kap. 15 § 2 st. UtL", "Nej", "Kvinna", "Polismyndigheten",
                "", "Stockholm"});
        return row;
    }

    // --- 8. numbers stored as text ---

    @Test
    void numbersStoredAsTextLoadAsTheNumbersTheySay() throws Exception {
        copySample("bra", BRA_TABLE);
        copySample("regionkoordinatorer", NORD);
        Path table = place("bra", "trasig-anmalda-brott-text.xlsx");
        Path cases = place("regionkoordinatorer", "trasig-nord-2024-text.xlsx");
        numbersAsText(table, cases, true);

        rebuild();

        Warehouse w = warehouse();
        assertGoodBraTable(w);
        assertThat(w.file("bra/trasig-anmalda-brott-text.xlsx")).extracting("status", "rowsLoaded", "rowsQuarantined")
                .containsExactly("LOADED", 1L, 1L);
        assertThat(w.jdbc().queryForList("SELECT CAST(amount AS INTEGER) FROM bra_published_count c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.file_name = 'bra/trasig-anmalda-brott-text.xlsx' ORDER BY ar",
                Integer.class)).containsExactly(1055, 1886, 12, 0, 7);
        Warehouse.Quarantined bad = w.quarantine("bra/trasig-anmalda-brott-text.xlsx").get(0);
        assertThat(bad).extracting("rowNo", "column", "rawValue").containsExactly(5, "C (2021)", "12 st");
        assertThat(bad.reason()).contains("expected digits in Swedish format");
        assertThat(w.file("regionkoordinatorer/" + NORD).rowsLoaded()).isEqualTo(sampleRows("regionkoordinatorer", NORD));
        assertThat(w.file("regionkoordinatorer/trasig-nord-2024-text.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 1L, 0L);
        assertThat(w.jdbc().queryForMap("SELECT ar, narstaende_barn_i_sverige, narstaende_barn_i_annat_land"
                + " FROM regionkoordinator_case WHERE arende_id = 'NO-9021'"))
                .containsValues(2024, 2, 1);
        assertNoRowLost();
    }

    /**
     * A Brå table whose counts are text: thousands with a no-break and a thin space, a text "12", a dash for zero, a
     * text with a trailing space; then "12 st". A Nord case whose ar and counts are text cells. Without {@code good}:
     * the "12 st" row only.
     */
    static void numbersAsText(Path table, Path cases, boolean good) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = braSheet(book, "Anmälda brott");
            if (good) {
                textRow(sheet, 3, new String[] {"4 kap. 3 § BrB Olaga tvång", "1\u00A0055", "1\u2009886", "12", "–", "7 "});
            }
            textRow(sheet, 4, new String[] {"4 kap. 4 § BrB Olaga frihetsberövande", "1", "12 st", "3", "4", "5"});
            write(book, table);
        }
        if (good) {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet("Ärenden");
                textRow(sheet, 0, CASE_HEADER.split(";"));
                String[] c = nordCase("NO-9021", "Thailand");
                c[11] = "2";
                c[12] = " 1";
                textRow(sheet, 1, c);
                write(book, cases);
            }
        }
    }

    // --- 9. negative and fractional counts ---

    @Test
    void negativeAndFractionalCountsAreQuarantinedSayingAWholeNumberOfZeroOrMoreWasExpected() throws Exception {
        copySample("bra", BRA_TABLE);
        Path table = place("bra", "trasig-anmalda-brott-negativa.xlsx");
        Path detail = place("bra", "trasig-anmalda-brott-detalj-negativa.xlsx");
        negativeCounts(table, detail, true);

        rebuild();

        Warehouse w = warehouse();
        assertGoodBraTable(w);
        assertThat(w.file("bra/trasig-anmalda-brott-negativa.xlsx")).extracting("status", "rowsLoaded", "rowsQuarantined")
                .containsExactly("LOADED", 1L, 4L);
        List<Warehouse.Quarantined> q = w.quarantine("bra/trasig-anmalda-brott-negativa.xlsx");
        assertThat(q).extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column, Warehouse.Quarantined::rawValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "B (2020)", "-5"),
                        org.assertj.core.groups.Tuple.tuple(6, "C (2021)", "−3"),
                        org.assertj.core.groups.Tuple.tuple(7, "D (2022)", "12.5"),
                        org.assertj.core.groups.Tuple.tuple(8, "E (2023)", "12,5"));
        assertThat(q).allSatisfy(e -> assertThat(e.reason()).contains("expected a whole number of 0 or more"));
        assertThat(w.jdbc().queryForList("SELECT CAST(amount AS INTEGER) FROM bra_published_count c JOIN source_file f"
                + " ON f.id = c.source_file_id WHERE f.file_name = 'bra/trasig-anmalda-brott-negativa.xlsx' ORDER BY ar",
                Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(w.file("bra/trasig-anmalda-brott-detalj-negativa.xlsx"))
                .extracting("status", "rowsLoaded", "rowsQuarantined").containsExactly("LOADED", 0L, 2L);
        assertThat(w.quarantine("bra/trasig-anmalda-brott-detalj-negativa.xlsx")).allSatisfy(e -> {
            assertThat(e.column()).isEqualTo("E (antal)");
            assertThat(e.reason()).contains("expected a whole number of 0 or more");
        });
        assertNoRowLost();
    }

    /**
     * A Brå table: one good statute (with {@code good}; its 3.0 is whole), then -5, −3 (text), 12.5 and 12,5 (text)
     * in a year column; a detail extract with -1 and 0.5 as antal.
     */
    static void negativeCounts(Path table, Path detail, boolean good) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = braSheet(book, "Anmälda brott");
            if (good) {
                Row row = statuteRow(sheet, 3, "4 kap. 3 § BrB Olaga tvång", 1);
                row.getCell(3).setCellValue(3.0);
            }
            statuteRow(sheet, 4, "4 kap. 4 § BrB Olaga frihetsberövande", 1).getCell(1).setCellValue(-5);
            statuteRow(sheet, 5, "4 kap. 5 § BrB Olaga hot", 1).getCell(2).setCellValue("−3");
            statuteRow(sheet, 6, "4 kap. 6 § BrB Sexuellt ofredande", 1).getCell(3).setCellValue(12.5);
            statuteRow(sheet, 7, "4 kap. 7 § BrB Ofredande", 1).getCell(4).setCellValue("12,5");
            write(book, table);
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Detalj");
            textRow(sheet, 0, new String[] {"ar", "manad", "kommunkod", "lagrum", "antal"});
            Row a = textRow(sheet, 1, new String[] {"2024", "1", "0114", "BrB 4:3"});
            a.createCell(4).setCellValue(-1);
            Row b = textRow(sheet, 2, new String[] {"2024", "2", "0114", "BrB 4:3"});
            b.createCell(4).setCellValue(0.5);
            write(book, detail);
        }
    }

    // --- the bad files alone, for an input folder beside the samples ---

    /**
     * One of each bad workbook of this class in {@code input/<source>/}, named {@code trasig-…}, holding only what is
     * bad: every data row in them is quarantined, so no published figure moves.
     */
    static void dropIn(Path input) throws Exception {
        Path bra = Files.createDirectories(input.resolve("bra"));
        Path cases = Files.createDirectories(input.resolve("regionkoordinatorer"));
        Path enkat = Files.createDirectories(input.resolve("kommunenkat"));
        Path mig = Files.createDirectories(input.resolve("migrationsverket"));
        hugeCells(bra.resolve("trasig-anmalda-brott-jattecell.xlsx"), cases.resolve("trasig-nord-2024-jattecell.xlsx"),
                false);
        widest(enkat.resolve("trasig-kommunenkat-2025-bred.xlsx"), false);
        millionEmptyRows(bra.resolve("trasig-anmalda-brott-tomma-rader.xlsx"), false);
        formulas(bra.resolve("trasig-anmalda-brott-formler.xlsx"), cases.resolve("trasig-nord-2024-formler.xlsx"), false);
        merged(bra.resolve("trasig-anmalda-brott-sammanslagna.xlsx"),
                enkat.resolve("trasig-kommunenkat-2025-sammanslagna.xlsx"), false);
        hidden(bra.resolve("trasig-anmalda-brott-dolda.xlsx"), false);
        dates(mig.resolve("trasig-beslut-datum.xlsx"), false);
        numbersAsText(bra.resolve("trasig-anmalda-brott-text.xlsx"), cases.resolve("trasig-nord-2024-text.xlsx"), false);
        negativeCounts(bra.resolve("trasig-anmalda-brott-negativa.xlsx"),
                bra.resolve("trasig-anmalda-brott-detalj-negativa.xlsx"), false);
    }

    @Test
    void theDropInFilesAloneMoveNoFigure() throws Exception {
        dropIn(input);
        copySample("bra", BRA_TABLE);

        rebuild();

        Warehouse w = warehouse();
        assertGoodBraTable(w);
        assertThat(w.jdbc().queryForList("SELECT file_name FROM source_file WHERE file_name LIKE '%/trasig-%'"
                + " AND rows_loaded > 0", String.class)).isEmpty();
        assertThat(w.jdbc().queryForList("SELECT file_name || ' ' || status || ': ' || COALESCE(message, '') FROM source_file"
                + " WHERE file_name LIKE '%/trasig-%' AND status <> 'LOADED'", String.class)).isEmpty();
        assertThat(w.count("SELECT COUNT(DISTINCT source_file_id) FROM quarantine_row")).isEqualTo(8);
        assertNoRowLost();
    }

    // --- helpers ---

    void assertGoodBraTable(Warehouse w) {
        assertThat(w.file("bra/" + BRA_TABLE).status()).isEqualTo("LOADED");
        assertThat(w.file("bra/" + BRA_TABLE).rowsLoaded()).isEqualTo(5);
        assertThat(w.file("bra/" + BRA_TABLE).rowsQuarantined()).isZero();
    }

    /** The committed Migrationsverket sample, beside a case's bad file, loads in full. */
    static void assertGoodPermits(Warehouse w) {
        assertThat(w.file("migrationsverket/" + PERMITS)).extracting("status", "rowsLoaded")
                .containsExactly("LOADED", (long) sampleRows("migrationsverket", PERMITS));
    }

    /** The body rows of a committed sample, as its own rebuild loads them (counted once, here, from the file). */
    static int sampleRows(String source, String name) {
        return switch (source + "/" + name) {
            case "regionkoordinatorer/" + NORD -> 30;
            case "kommunenkat/" + KOMMUNENKAT -> 290;
            case "migrationsverket/" + PERMITS -> 299;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A sheet with Brå's title row and a header row (row 3) of the years 2020–2024 as numbers. */
    static Sheet braSheet(Workbook book, String name) {
        Sheet sheet = book.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue("Anmälda brott, antal");
        Row header = sheet.createRow(2);
        header.createCell(0).setCellValue("Lagrum");
        for (int y = 2020; y <= 2024; y++) {
            header.createCell(y - 2019).setCellValue(y);
        }
        return sheet;
    }

    /** A statute and its counts first, first + 1, … for 2020–2024 (0-based row {@code r}). */
    static Row statuteRow(Sheet sheet, int r, String statute, int first) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(statute);
        for (int c = 1; c <= 5; c++) {
            row.createCell(c).setCellValue(first + c - 1);
        }
        return row;
    }

    static Row textRow(Sheet sheet, int r, String[] cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        return row;
    }

    /** A Nord case with ar and the two counts as numeric cells, as the samples have them. */
    static Row caseRow(Sheet sheet, int r, String[] cells) {
        Row row = textRow(sheet, r, cells);
        for (int c : new int[] {2, 11, 12}) {
            row.getCell(c).setCellValue(Double.parseDouble(cells[c]));
        }
        return row;
    }

    static void write(Workbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    static String row(int r, String cells) {
        return "<row r=\"" + r + "\">" + cells + "</row>";
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</t></is></c>";
    }

    static String inlineRow(int r, String[] cells) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            s.append(inline(se.bilaga1.ingest.SheetRow.columnLetters(c) + r, cells[c]));
        }
        return s.toString();
    }

    static String number(String ref, long value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    /** A one-sheet xlsx written entry by entry: for what POI will not write (a cell over 32,767 characters). */
    static void rawXlsx(Path file, String sheetName, String sheetData) throws IOException {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/></Types>"});
        entries.add(new String[] {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
        entries.add(new String[] {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://"
                + "schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"" + sheetName
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
        entries.add(new String[] {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "styles\" Target=\"styles.xml\"/></Relationships>"});
        // fastexcel-reader, reading cell formats, needs a styles part (the format allows none)
        entries.add(new String[] {"xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font/>"
                + "</fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\">"
                + "<xf/></cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"});
        entries.add(new String[] {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData
                + "</sheetData></worksheet>"});
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
