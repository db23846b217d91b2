package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.bilaga1.testsupport.Workbooks;

/**
 * Brå's tables laid out as they are printed: a header over two rows (the years merged over Kvinnor, Män, Totalt, a
 * blank upper cell over each sub-column), footnote marks on figures and labels, the years down the side with a total
 * row that is not their sum. Each loads what it can, quarantines what disagrees, and loses no row.
 */
class PublishedTableCasesIT extends HostileCase {

    static final String SAMPLE = "anmalda-brott-2020-2024.xlsx";
    static final String TWO_ROWS = "trasig-lagforingsbeslut-tva-rubrikrader-2015-2016.xlsx";
    static final String YEARS_DOWN = "trasig-anmalda-brott-ar-nedat-2013-2014.xlsx";

    @Test
    void aHeaderSplitOverTwoRowsWithABlankUpperCellLoadsItsRowsAndQuarantinesWhatDisagrees() throws Exception {
        // title, the header's two rows, three statutes, a footnote
        Warehouse w = rebuildBesideTheSample(TWO_ROWS, PublishedTableCasesIT::twoRowHeader, 7, 1, 2, 4);
        assertThat(w.quarantine("bra/" + TWO_ROWS)).containsExactly(
                new Warehouse.Quarantined("Lagföringsbeslut", 6, "G (2016 / Totalt)", "21",
                        "the total 21 is not the sum of E–F (Kvinnor, Män¹): expected 20"),
                new Warehouse.Quarantined("Lagföringsbeslut", 7, "C (2015 / Män)", "*", "'*' is not a number: expected"
                        + " digits in Swedish format (1 055, 12,5), '..' for missing or '–' for zero"));
        // each year's count is its Totalt sub-column; the marks read off and kept on their row
        assertThat(w.jdbc().queryForList("SELECT lagrum || ' ' || ar || ' ' || CAST(amount AS INTEGER) || ' ' || column_name"
                + " FROM bra_published_count WHERE measure = 'LAGFORINGSBESLUT' ORDER BY ar", String.class))
                .containsExactly("BrB 4:1a 2015 5 2015 / Totalt", "BrB 4:1a 2016 5 2016 / Totalt");
        assertThat(w.jdbc().queryForList("SELECT n.note_text FROM source_note n JOIN source_file f ON f.id = n.source_file_id"
                + " WHERE f.file_name = ? AND n.note_kind = 'fotnotstecken' ORDER BY n.id", String.class, "bra/" + TWO_ROWS))
                .containsExactly("A5 '4 kap. 1 a § BrB Människohandel²': read as '4 kap. 1 a § BrB Människohandel',"
                        + " footnote mark ² (its text among the file's notes)",
                        "D5 '5*': read as '5', footnote mark * (its text among the file's notes)");
        assertNoRowLost();
    }

    @Test
    void aTableWithTheYearsDownTheSideWhoseTotalRowIsNotTheirSumIsQuarantinedNamingTheSum() throws Exception {
        Warehouse w = rebuildBesideTheSample(YEARS_DOWN, PublishedTableCasesIT::yearsDown, 5, 2, 1, 2);
        assertThat(w.quarantine("bra/" + YEARS_DOWN)).containsExactly(new Warehouse.Quarantined("Anmälda brott", 5,
                "C (6 kap. 11 § BrB Köp av sexuell tjänst)", "310",
                "the total 310 is not the sum of the years above it (2013–2014): expected 300"));
        assertThat(w.count("SELECT COUNT(*) FROM bra_published_count c JOIN source_file f ON f.id = c.source_file_id"
                + " WHERE f.file_name = ?", "bra/" + YEARS_DOWN)).isEqualTo(6);
        assertNoRowLost();
    }

    interface TableWriter {
        void write(Path file) throws IOException;
    }

    /** The rebuild with {@code bra/<name>} beside the sample table, which loads in full; the file's row accounting. */
    private Warehouse rebuildBesideTheSample(String name, TableWriter table, long read, long loaded, long quarantined,
            long notes) throws Exception {
        copySample("bra", SAMPLE);
        table.write(place("bra", name));
        rebuild();
        Warehouse w = warehouse();
        SemanticCasesIT.assertLoadedInFull(w, "bra/" + SAMPLE, 5);
        assertThat(w.file("bra/" + name)).extracting("status", "rowsRead", "rowsLoaded", "rowsQuarantined", "rowsNotes")
                .containsExactly("LOADED", read, loaded, quarantined, notes);
        return w;
    }

    /**
     * Lagföringsbeslut of 2015–2016 (years no published table shows) by sex: each year merged over Kvinnor, Män,
     * Totalt. 2016's Totalt of Köp av sexuell tjänst is one more than its parts; Koppleri has a mark alone for a figure.
     */
    static void twoRowHeader(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Lagföringsbeslut");
            cells(sheet.createRow(0), "Lagföringsbeslut 2015–2016, personer");
            Row years = sheet.createRow(2);
            cells(years, "Lagrum");
            years.createCell(1).setCellValue(2015);
            years.createCell(4).setCellValue(2016);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 4, 6));
            cells(sheet.createRow(3), "", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män¹", "Totalt");
            cells(sheet.createRow(4), "4 kap. 1 a § BrB Människohandel²", "1", "4", "5*", "2", "3", "5");
            cells(sheet.createRow(5), "6 kap. 11 § BrB Köp av sexuell tjänst", "0", "10", "10", "1", "19", "21");
            cells(sheet.createRow(6), "6 kap. 12 § BrB Koppleri", "0", "*", "3", "0", "2", "2");
            cells(sheet.createRow(7), "¹ Uppgift om kön saknas för ett fåtal personer.");
            book.write(out);
        }
    }

    /** Anmälda brott of 2013–2014, the years down the side: the Summa row's Köp av sexuell tjänst is 10 too many. */
    static void yearsDown(Path file) throws IOException {
        Workbooks.write(file, "Anmälda brott", List.of(
                List.of("Anmälda brott 2013–2014"),
                List.of("År", "4 kap. 1 a § BrB Människohandel", "6 kap. 11 § BrB Köp av sexuell tjänst", "Totalt"),
                List.of(2013, 10, 100, 110),
                List.of(2014, 20, 200, 220),
                List.of("Summa", 30, 310, 330)));
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    /** Both files, for {@link HostileDropInIT}: of years no published table shows, so no published cell moves. */
    static void dropIn(Path input) throws Exception {
        Files.createDirectories(input.resolve("bra"));
        twoRowHeader(input.resolve("bra").resolve(TWO_ROWS));
        yearsDown(input.resolve("bra").resolve(YEARS_DOWN));
    }
}
