package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.ingest.CsvDialect;
import se.bilaga1.jobs.JobRunner;
import se.bilaga1.jobs.RunReport;

/**
 * Hostile CSV files and encodings (issue 10), with Frictionless's table-validation errors beside them: empty and
 * header-only files, a BOM before Windows-1252 bytes, invalid and mixed UTF-8, NUL bytes, an unclosed quote, a
 * 50 MB line, mixed line breaks, duplicated, missing, extra and blank column labels, extra and missing cells.
 */
class CsvCasesIT extends HostileCase {

    static final String DETAIL_SAMPLE = "anmalda-brott-detalj-2024.csv";
    static final int DETAIL_SAMPLE_ROWS = 260;
    static final String DETAIL = "ar;manad;kommunkod;lagrum;brottstyp;antal";
    static final String MIGRATIONSVERKET_SAMPLE = "beviljade-uppehallstillstand-5-15-2022-2024.csv";
    static final int MIGRATIONSVERKET_SAMPLE_ROWS = 299;
    static final String MIGRATIONSVERKET = "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;"
            + "via_regionkoordinator;polisregion";
    static final String KOMMUNENKAT_SAMPLE = "kommunenkat-2021.csv";
    static final int KOMMUNENKAT_SAMPLE_ROWS = 290;
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    RunReport runReport;

    // ---- the bad files, shared by the cases and dropIn ----

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] cp1252(String text) {
        return text.getBytes(CsvDialect.WINDOWS_1252);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Migrationsverket's header under a Swedish title, all in Windows-1252, behind a UTF-8 BOM. */
    static byte[] bomThenWindows1252(String... rows) {
        return concat(BOM, cp1252("Beviljade uppehållstillstånd enligt 5 kap. 15 § utlänningslagen\r\n" + MIGRATIONSVERKET
                + "\r\n" + String.join("\r\n", rows) + (rows.length == 0 ? "" : "\r\n")));
    }

    /**
     * A UTF-8 detail extract (title and labels with å, ä, ö) with one row whose label is in Windows-1252 (two bytes
     * that are not UTF-8, against the title's five valid letters alone: the file is UTF-8).
     */
    static byte[] mixedEncoding(String... goodRows) {
        return concat(utf8(MIXED_TITLE + "\n" + DETAIL + "\n" + lines(goodRows)),
                utf8("2024;3;1280;BrB 6:11;"), cp1252("Köp av sexuell tjänst"), utf8(";4\n"));
    }

    static final String MIXED_TITLE = "Anmälda brott – detalj 2024, Brå: människohandel, köp av sexuell tjänst";

    /** A detail row with a NUL byte in its label (a column no check looks at). */
    static byte[] nul() {
        return utf8(DETAIL + "\n2024;2;0180;BrB 6:11;Köp av\0 sexuell tjänst;5\n");
    }

    /** A detail row whose statute opens a quote that never closes, then {@code after}. */
    static byte[] unclosedQuote(String... after) {
        return utf8(DETAIL + "\n2024;4;0180;\"BrB 6:11;Köp av sexuell tjänst;7\n" + lines(after));
    }

    /** Mixed line breaks: CRLF, LF and a lone CR, and the rows between them. */
    static byte[] mixedLineBreaks(String... rows) {
        StringBuilder text = new StringBuilder(DETAIL + "\r\n");
        String[] breaks = {"\n", "\r\n", "\r"};
        for (int i = 0; i < rows.length; i++) {
            text.append(rows[i]).append(breaks[i % 3]);
        }
        return utf8(text.toString());
    }

    static final String DUPLICATED = "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;"
            + "polisregion;Kön";

    static final String KOMMUNENKAT_WITHOUT_KOMMUNKOD = "ar;kommun;besvarad;styrdokument_prostitution_mh;"
            + "styrdokument_sexuell_exploatering_barn;kunskapsstod_prostitution_mh;kunskapsstod_sexuell_exploatering_barn";

    static final String EXTRA_COLUMNS = "ar;manad;kommunkod;lagrum;Källa;antal;Kommentar";

    static final String BLANK_LABEL = "ar;manad;kommunkod;lagrum;;antal";

    static final String WITH_KOMMUN = "ar;manad;kommunkod;lagrum;antal;kommun";

    static String lines(String... rows) {
        return rows.length == 0 ? "" : String.join("\n", rows) + "\n";
    }

    /** Writes {@code parts} to {@code input/<source>/<name>}. */
    static Path write(Path input, String source, String name, byte[]... parts) throws IOException {
        Files.createDirectories(input.resolve(source));
        Path file = input.resolve(source).resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
        return file;
    }

    /** {@code prefix}, then {@code length} characters of one line, then {@code suffix}: written in pieces. */
    static void writeLongLine(Path file, String prefix, long length, String suffix) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8(prefix));
            for (long left = length; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
            out.write(utf8(suffix));
        }
    }

    /**
     * One of each bad file of this class into {@code input/<source>/}, named {@code trasig-…}, holding only the bad
     * part: nothing in them loads a fact (the header-only and extra-column files load with no rows). Every case of
     * the class has its file here (the 50 MB line too); the invalid-UTF-8 one holds a footnote only.
     */
    static void dropIn(Path input) throws Exception {
        write(input, "bra", "trasig-tom.csv");
        write(input, "stodprogram", "trasig-bara-rubrik.csv", utf8("program;ar;kategori;antal\n"));
        write(input, "migrationsverket", "trasig-bom-1252.csv", bomThenWindows1252());
        write(input, "bra", "trasig-blandad-kodning.csv", mixedEncoding());
        write(input, "bra", "trasig-ogiltig-utf8.csv", cp1252(DETAIL + "\nKälla: Brå, kriminalstatistik – åäö\n"));
        write(input, "bra", "trasig-nul.csv", nul());
        write(input, "bra", "trasig-citattecken.csv", unclosedQuote());
        Files.createDirectories(input.resolve("bra"));
        writeLongLine(input.resolve("bra/trasig-lang-rad.csv"), DETAIL + "\n2024;5;0180;BrB 6:11;", 50L << 20, ";9\n");
        write(input, "bra", "trasig-radbrytningar.csv", mixedLineBreaks("Källa: Brå", "Anm. radbrytningar CRLF", "* LF och CR"));
        write(input, "migrationsverket", "trasig-dubbel-kolumn.csv", utf8(DUPLICATED + "\n"));
        write(input, "kommunenkat", "trasig-saknad-kolumn-2021.csv", utf8(KOMMUNENKAT_WITHOUT_KOMMUNKOD + "\n"));
        write(input, "bra", "trasig-extra-kolumner.csv", utf8(EXTRA_COLUMNS + "\n"));
        write(input, "bra", "trasig-tom-rubrik.csv", utf8(BLANK_LABEL + "\n2024;6;0180;BrB 6:11;Köp av sexuell tjänst;3\n"));
        write(input, "bra", "trasig-celler.csv", utf8(WITH_KOMMUN + "\n2024;7;0180;BrB 6:11;2;Stockholm;x\n"
                + "2024;8;0180;BrB 6:11;2\n"));
    }

    // ---- helpers ----

    void assertLoadedInFull(String name, long rows) {
        Warehouse.SourceFile file = warehouse().file(name);
        assertThat(file.status()).as(name).isEqualTo("LOADED");
        assertThat(file.rowsLoaded()).as(name + " rows loaded").isEqualTo(rows);
        assertThat(file.rowsQuarantined()).as(name + " rows quarantined").isZero();
    }

    void assertRejected(String name, String... expected) {
        Warehouse.SourceFile file = warehouse().file(name);
        assertThat(file.status()).as(name).isEqualTo("REJECTED");
        assertThat(file.message()).startsWith(name + ": ").contains(expected);
    }

    static List<String> detailRows(int month, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add("2024;" + month + ";" + (i % 2 == 0 ? "0180" : "1280") + ";BrB 6:11;Köp av sexuell tjänst;" + (i + 1));
        }
        return rows;
    }

    // ---- the cases ----

    @Test
    void anEmptyFileIsRejectedSayingSo() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        write(input, "bra", "trasig-tom.csv");

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        assertRejected("bra/trasig-tom.csv", "no rows at all (the file is empty or blank). Expected Brå's published table");
        assertNoRowLost();
    }

    @Test
    void aHeaderOnlyFileLoadsWithNoRows() throws Exception {
        copySample("stodprogram", "nsp.csv");
        write(input, "stodprogram", "trasig-bara-rubrik.csv", utf8("program;ar;kategori;antal\n"));

        rebuild();

        assertLoadedInFull("stodprogram/nsp.csv", 19);
        Warehouse.SourceFile headerOnly = warehouse().file("stodprogram/trasig-bara-rubrik.csv");
        assertThat(headerOnly.status()).isEqualTo("LOADED");
        assertThat(List.of(headerOnly.rowsRead(), headerOnly.rowsLoaded(), headerOnly.rowsNotes())).containsExactly(1L, 0L, 1L);
        assertNoRowLost();
    }

    @Test
    void aBomBeforeWindows1252BytesIsReadAsWindows1252() throws Exception {
        copySample("migrationsverket", MIGRATIONSVERKET_SAMPLE);
        write(input, "migrationsverket", "trasig-bom-1252.csv", bomThenWindows1252(
                "2024-03-01;MV-990001;5 kap. 15 § första stycket utlänningslagen;Nej;Kvinna;Åklagarmyndigheten;;Väst",
                "2024-03-02;MV-990002;5 kap. 15 § andra stycket utlänningslagen;Nej;Kvinna;Socialnämnd eller motsvarande;Ja;Öst"));

        rebuild();

        assertLoadedInFull("migrationsverket/" + MIGRATIONSVERKET_SAMPLE, MIGRATIONSVERKET_SAMPLE_ROWS);
        Warehouse.SourceFile bad = warehouse().file("migrationsverket/trasig-bom-1252.csv");
        assertThat(bad.encoding()).isEqualTo("windows-1252 med BOM, ';'");
        assertLoadedInFull("migrationsverket/trasig-bom-1252.csv", 2);
        assertThat(warehouse().jdbc().queryForList("SELECT note_text FROM source_note n JOIN source_file f ON f.id ="
                + " n.source_file_id WHERE f.file_name = ? AND note_kind = 'titel'", String.class,
                "migrationsverket/trasig-bom-1252.csv"))
                .containsExactly("Beviljade uppehållstillstånd enligt 5 kap. 15 § utlänningslagen");
        assertNoRowLost();
    }

    @Test
    void aRowWithStrayWindows1252BytesInAUtf8FileIsQuarantined() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        write(input, "bra", "trasig-blandad-kodning.csv", mixedEncoding(detailRows(3, 4).toArray(String[]::new)));

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        Warehouse.SourceFile mixed = warehouse().file("bra/trasig-blandad-kodning.csv");
        assertThat(mixed.status()).isEqualTo("LOADED");
        assertThat(mixed.encoding()).isEqualTo("UTF-8, byte-fel, ';'");
        assertThat(List.of(mixed.rowsLoaded(), mixed.rowsQuarantined())).containsExactly(4L, 1L);
        assertThat(warehouse().quarantine("bra/trasig-blandad-kodning.csv"))
                .extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column, Warehouse.Quarantined::rawValue)
                .containsExactly(tuple(7, "E (brottstyp)", "K\uFFFDp av sexuell tj\uFFFDnst"));
        assertThat(warehouse().quarantine("bra/trasig-blandad-kodning.csv").get(0).reason())
                .isEqualTo("bytes that are not valid UTF-8 in column E (shown as \uFFFD): expected UTF-8 throughout, as the"
                        + " rest of the file is written");
        assertThat(warehouse().count("SELECT COUNT(*) FROM source_note n JOIN source_file f ON f.id = n.source_file_id"
                + " WHERE f.file_name = 'bra/trasig-blandad-kodning.csv' AND n.note_text = ?", MIXED_TITLE))
                .isOne();
        assertNoRowLost();
    }

    @Test
    void invalidUtf8WithoutAnyValidLetterIsWindows1252() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        // 0xE5 0xF6 is not UTF-8 in any position; in Windows-1252 it is "åö"
        write(input, "bra", "trasig-ogiltig-utf8.csv", cp1252(DETAIL + "\n2024;9;0180;BrB 6:11;Köp åö;2\n"));

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        assertThat(warehouse().file("bra/trasig-ogiltig-utf8.csv").encoding()).isEqualTo("windows-1252, ';'");
        assertLoadedInFull("bra/trasig-ogiltig-utf8.csv", 1);
        assertNoRowLost();
    }

    @Test
    void aRowWithANulByteIsQuarantined() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        write(input, "bra", "trasig-nul.csv", nul());

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        assertThat(warehouse().quarantine("bra/trasig-nul.csv"))
                .extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column, Warehouse.Quarantined::reason)
                .containsExactly(tuple(2, "E (brottstyp)", "a NUL character (byte 0) in column E: expected text (a binary"
                        + " file, or text in UTF-16?)"));
        assertThat(warehouse().file("bra/trasig-nul.csv").rowsLoaded()).isZero();
        assertNoRowLost();
    }

    @Test
    void anUnclosedQuoteSetsAsideItsLineAndTheRowsAfterItLoad() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        write(input, "bra", "trasig-citattecken.csv", unclosedQuote(detailRows(4, 15).toArray(String[]::new)));
        // the same at the end of the file
        write(input, "bra", "trasig-citattecken-sist.csv", unclosedQuote());

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        Warehouse.SourceFile bad = warehouse().file("bra/trasig-citattecken.csv");
        assertThat(List.of(bad.status(), bad.rowsRead(), bad.rowsLoaded(), bad.rowsQuarantined()))
                .containsExactly("LOADED", 17L, 15L, 1L);
        assertThat(warehouse().quarantine("bra/trasig-citattecken.csv"))
                .extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column, Warehouse.Quarantined::rawValue,
                        Warehouse.Quarantined::reason)
                .containsExactly(tuple(2, "D (lagrum)", "2024;4;0180;\"BrB 6:11;Köp av sexuell tjänst;7",
                        "a quote opened in column D is never closed within 10 lines: expected a closing quote (\") at the"
                                + " end of the value; the line is set aside and reading resumes on the next"));
        assertThat(warehouse().count("SELECT COUNT(*) FROM bra_detail_count d JOIN source_file f ON f.id = d.source_file_id"
                + " WHERE f.file_name = 'bra/trasig-citattecken.csv' AND d.row_no BETWEEN 3 AND 17")).isEqualTo(15);
        assertThat(warehouse().quarantine("bra/trasig-citattecken-sist.csv"))
                .extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::reason)
                .containsExactly(tuple(2, "a quote opened in column D is never closed before the end of the file: expected"
                        + " a closing quote (\") at the end of the value; the line is set aside and reading resumes on the"
                        + " next"));
        assertNoRowLost();
    }

    @Test
    void a50MegabyteLineIsSkippedInBoundedMemoryAndTime(@TempDir Path data) throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        Path bad = place("bra", "trasig-lang-rad.csv");
        long length = 50L << 20;
        writeLongLine(bad, DETAIL + "\n2024;5;0180;BrB 6:11;Köp;1\n2024;5;0180;BrB 6:11;", length,
                ";9\n2024;5;1280;BrB 6:11;Köp;2\n");

        Forked forked = forkedRebuild("256m", data);

        assertThat(forked.result().exitCode()).as(forked.result().toString()).isZero();
        assertThat(forked.result().took()).isLessThan(Duration.ofSeconds(90));
        Warehouse w = forked.warehouse();
        Warehouse.SourceFile sample = w.file("bra/" + DETAIL_SAMPLE);
        assertThat(List.of(sample.status(), sample.rowsLoaded())).containsExactly("LOADED", (long) DETAIL_SAMPLE_ROWS);
        Warehouse.SourceFile file = w.file("bra/trasig-lang-rad.csv");
        assertThat(List.of(file.status(), file.rowsRead(), file.rowsLoaded(), file.rowsQuarantined()))
                .containsExactly("LOADED", 4L, 2L, 1L);
        List<Warehouse.Quarantined> q = w.quarantine("bra/trasig-lang-rad.csv");
        assertThat(q).extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column).containsExactly(tuple(3, null));
        assertThat(q.get(0).reason()).isEqualTo("a line of " + ("2024;5;0180;BrB 6:11;".length() + length + 2)
                + " characters, longer than the limit of 1048576: expected one record per line of at most that length;"
                + " not read");
        assertThat(q.get(0).rawValue()).startsWith("2024;5;0180;BrB 6:11;xxx").hasSize(201);
        w.assertNoRowLost();
    }

    @Test
    void mixedLineBreaksAndALoneCarriageReturnEachEndALine() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        List<String> rows = new ArrayList<>(detailRows(10, 7));
        rows.set(4, "2024;10;0180;BrB 6:11;Köp;inte ett tal");
        write(input, "bra", "trasig-radbrytningar.csv", mixedLineBreaks(rows.toArray(String[]::new)));

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        Warehouse.SourceFile file = warehouse().file("bra/trasig-radbrytningar.csv");
        assertThat(List.of(file.rowsRead(), file.rowsLoaded(), file.rowsQuarantined())).containsExactly(8L, 6L, 1L);
        // the fifth row is on line 6 whatever ends the lines before it
        assertThat(warehouse().quarantine("bra/trasig-radbrytningar.csv"))
                .extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column, Warehouse.Quarantined::rawValue)
                .containsExactly(tuple(6, "F (antal)", "inte ett tal"));
        assertThat(warehouse().jdbc().queryForList("SELECT d.row_no FROM bra_detail_count d JOIN source_file f ON f.id ="
                + " d.source_file_id WHERE f.file_name = 'bra/trasig-radbrytningar.csv' ORDER BY d.row_no", Integer.class))
                .containsExactly(2, 3, 4, 5, 7, 8);
        assertNoRowLost();
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRejectedNamingBoth() throws Exception {
        copySample("migrationsverket", MIGRATIONSVERKET_SAMPLE);
        write(input, "migrationsverket", "trasig-dubbel-kolumn.csv", utf8(DUPLICATED
                + "\n2024-03-01;MV-990001;5 kap. 15 § 1 st. UtL;Nej;Kvinna;Åklagarmyndigheten;;Väst;Man\n"));

        rebuild();

        assertLoadedInFull("migrationsverket/" + MIGRATIONSVERKET_SAMPLE, MIGRATIONSVERKET_SAMPLE_ROWS);
        assertRejected("migrationsverket/trasig-dubbel-kolumn.csv", "the header on row 1 names a column more than once:"
                + " kon (E and I): expected each column once (which of them holds the values cannot be told).");
        assertNoRowLost();
    }

    @Test
    void aMissingRequiredColumnRejectsTheFileSayingWhatWasExpected() throws Exception {
        copySample("kommunenkat", KOMMUNENKAT_SAMPLE);
        write(input, "kommunenkat", "trasig-saknad-kolumn-2021.csv", utf8(KOMMUNENKAT_WITHOUT_KOMMUNKOD
                + "\n2021;Upplands Väsby;Ja;Nej;Nej;Nej;Nej\n"));

        rebuild();

        assertLoadedInFull("kommunenkat/" + KOMMUNENKAT_SAMPLE, KOMMUNENKAT_SAMPLE_ROWS);
        assertRejected("kommunenkat/trasig-saknad-kolumn-2021.csv", "the header on row 1 lacks the required column(s)"
                + " kommunkod: expected ar;kommunkod;kommun;besvarad;");
        assertNoRowLost();
    }

    @Test
    void extraUnknownColumnsAreKeptOutAndNamedInAVarning() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        write(input, "bra", "trasig-extra-kolumner.csv", utf8(EXTRA_COLUMNS + "\n2024;11;0180;BrB 6:11;hemlig-kalla;3;"
                + "hemlig-kommentar\n"));

        JobExecution run = rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        assertLoadedInFull("bra/trasig-extra-kolumner.csv", 1);
        String varning = "VARNING: extra columns, not loaded: Källa, Kommentar";
        assertThat(warehouse().file("bra/trasig-extra-kolumner.csv").message()).isEqualTo(varning);
        assertThat(runReport.describe(new JobRunner.Run(run, List.of()), YEAR, output))
                .contains("bra/trasig-extra-kolumner.csv").contains("            " + varning + "\n");
        assertThat(overviewTexts()).contains(varning);
        assertThat(warehouse().count("SELECT COUNT(*) FROM quarantine_row WHERE raw_value LIKE '%hemlig%'")
                + warehouse().count("SELECT COUNT(*) FROM source_note WHERE note_text LIKE '%hemlig%'")).isZero();
        assertNoRowLost();
    }

    @Test
    void aColumnWithoutALabelIsIgnoredWhenEmptyAndItsValuesQuarantinedOtherwise() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        // trailing separators: an unlabelled last column with nothing in it
        write(input, "bra", "trasig-tom-rubrik-sist.csv", utf8("ar;manad;kommunkod;lagrum;antal;\n2024;6;0180;BrB 6:11;3;\n"
                + "2024;6;1280;BrB 6:11;4;\n"));
        write(input, "bra", "trasig-tom-rubrik.csv", utf8(BLANK_LABEL + "\n2024;6;0180;BrB 6:11;Köp av sexuell tjänst;3\n"
                + "2024;6;1280;BrB 6:11;;4\n"));

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        assertLoadedInFull("bra/trasig-tom-rubrik-sist.csv", 2);
        Warehouse.SourceFile blank = warehouse().file("bra/trasig-tom-rubrik.csv");
        assertThat(List.of(blank.rowsLoaded(), blank.rowsQuarantined())).containsExactly(1L, 1L);
        assertThat(warehouse().quarantine("bra/trasig-tom-rubrik.csv"))
                .extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column, Warehouse.Quarantined::rawValue,
                        Warehouse.Quarantined::reason)
                .containsExactly(tuple(2, "E", "Köp av sexuell tjänst", "a value in column E, which has no label in the header"
                        + " (row 1): expected a label naming the column, or no value"));
        assertNoRowLost();
    }

    @Test
    void aRowWithAnExtraCellOrAMissingCellIsQuarantined() throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        write(input, "bra", "trasig-celler.csv", utf8(WITH_KOMMUN + "\n2024;7;0180;BrB 6:11;2;Stockholm\n"
                + "2024;7;0180;BrB 6:11;2;Stockholm;x\n" // an extra cell
                + "2024;7;1280;BrB 6:11;2\n" // a missing cell
                + "2024;7;1280;BrB 6:11;2;Malmö;;\n")); // empty extra cells are harmless

        rebuild();

        assertLoadedInFull("bra/" + DETAIL_SAMPLE, DETAIL_SAMPLE_ROWS);
        Warehouse.SourceFile file = warehouse().file("bra/trasig-celler.csv");
        assertThat(List.of(file.rowsLoaded(), file.rowsQuarantined())).containsExactly(2L, 2L);
        assertThat(warehouse().quarantine("bra/trasig-celler.csv"))
                .extracting(Warehouse.Quarantined::rowNo, Warehouse.Quarantined::column, Warehouse.Quarantined::rawValue,
                        Warehouse.Quarantined::reason)
                .containsExactly(
                        tuple(3, "G", "x", "a value beyond the header's last column (F (kommun)): expected at most 6 cells"
                                + " (a separator inside an unquoted value shifts the values into the wrong columns)"),
                        tuple(4, "F (kommun)", "", "the row has 5 cells, the header (row 1) 6: expected 6 (a missing"
                                + " separator shifts the values into the wrong columns)"));
        assertNoRowLost();
    }

    @Test
    void everyDroppedInFileIsRejectedQuarantinedOrLoadsNothing(@TempDir Path data) throws Exception {
        copySample("bra", DETAIL_SAMPLE);
        dropIn(input);

        Forked forked = forkedRebuild("256m", data);

        assertThat(forked.result().exitCode()).as(forked.result().toString()).isZero();
        Warehouse w = forked.warehouse();
        assertThat(w.file("bra/" + DETAIL_SAMPLE).rowsLoaded()).isEqualTo(DETAIL_SAMPLE_ROWS);
        assertThat(w.jdbc().queryForList("SELECT file_name FROM source_file WHERE file_name LIKE '%/trasig-%' AND rows_loaded"
                + " > 0", String.class)).isEmpty();
        assertThat(w.jdbc().queryForList("SELECT file_name || ' ' || status FROM source_file WHERE file_name LIKE"
                + " '%/trasig-%' AND status = 'REJECTED' ORDER BY file_name", String.class)).containsExactly(
                        "bra/trasig-tom.csv REJECTED", "kommunenkat/trasig-saknad-kolumn-2021.csv REJECTED",
                        "migrationsverket/trasig-dubbel-kolumn.csv REJECTED");
        assertThat(w.jdbc().queryForList("SELECT DISTINCT f.file_name FROM quarantine_row q JOIN source_file f ON f.id ="
                + " q.source_file_id WHERE f.file_name LIKE '%/trasig-%' ORDER BY f.file_name", String.class))
                .containsExactly("bra/trasig-blandad-kodning.csv", "bra/trasig-celler.csv", "bra/trasig-citattecken.csv",
                        "bra/trasig-lang-rad.csv", "bra/trasig-nul.csv", "bra/trasig-tom-rubrik.csv");
        w.assertNoRowLost();
    }

    /** Every text cell of the workbook's overview sheet. */
    private List<String> overviewTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(output.resolve("bilaga1-" + YEAR + ".xlsx")))) {
            for (Row row : book.getSheet("Översikt")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }
}
