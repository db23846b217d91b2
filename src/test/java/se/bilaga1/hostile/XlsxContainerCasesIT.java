package se.bilaga1.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.ingest.ZipLimits;
import se.bilaga1.testsupport.RawZip;

/**
 * Hostile cases of the xlsx container: zip bombs (declared, dense, too many parts, forged sizes), duplicate parts,
 * XXE and billion laughs, truncated files, zips that are not workbooks, files whose name says another kind than their
 * bytes, password-protected workbooks and old .xls. Each beside Brå's committed table (5 body rows).
 */
class XlsxContainerCasesIT extends HostileCase {

    static final String BRA_TABLE = "anmalda-brott-2020-2024.xlsx";
    static final int BRA_TABLE_ROWS = 5;
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    static final long MIB = 1L << 20;
    /** How long a forked run may take to reject a bomb: JVM start and the rebuild included, never an inflate of GBs. */
    static final Duration FAST = Duration.ofSeconds(60);

    // ---- zip bombs (forked at -Xmx256m: were a bomb inflated, a 3 GiB cell could not fit) -------------------------

    @Test
    void aBombDeclaringGigabytesIsRejectedFromItsDirectory(@TempDir Path data) throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-zipbomb-2024.xlsx"), bomb(3072, false));

        Forked run = forkedRebuild("256m", data);

        assertRejectedFast(run, "bra/trasig-zipbomb-2024.xlsx", "its part " + SHEET + " inflates to more than "
                + ZipLimits.MAX_ENTRY_BYTES + " bytes");
    }

    @Test
    void aBombDenserThanAnyWorkbookIsRejected(@TempDir Path data) throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-tat-2024.xlsx"), bomb(200, false)); // 200 MiB honestly declared, ~1000:1

        Forked run = forkedRebuild("256m", data);

        assertRejectedFast(run, "bra/trasig-tat-2024.xlsx", "its part " + SHEET + " inflates ",
                "times its compressed size", "more than the 100 times a workbook does: a zip bomb");
    }

    @Test
    void aBombWithForgedSizesIsCaughtWhileInflatingBeforeAnyReader(@TempDir Path data) throws Exception {
        copySample("bra", BRA_TABLE);
        // directory and local headers both say 512 KiB (too little to judge a ratio by): only inflating tells 3 GiB
        Files.write(place("bra", "trasig-forfalskad-2024.xlsx"), bomb(3072, true));

        Forked run = forkedRebuild("256m", data);

        assertRejectedFast(run, "bra/trasig-forfalskad-2024.xlsx", "its part " + SHEET + " inflates to more than the "
                + 512 * 1024 + " bytes its zip directory declares: forged sizes");
    }

    @Test
    void aZipOfTooManyPartsIsRejectedBeforeItsDirectoryIsParsed(@TempDir Path data) throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-manga-delar-2024.xlsx"), tooManyParts(60_000));

        Forked run = forkedRebuild("256m", data);

        assertRejectedFast(run, "bra/trasig-manga-delar-2024.xlsx", "a zip whose directory of parts is ",
                "possibly a zip bomb");
    }

    @Test
    void aZipOfMorePartsThanAWorkbookHasIsRejected() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-fler-delar-2024.xlsx"), tooManyParts(ZipLimits.MAX_ENTRIES + 1));

        rebuild();

        assertRejected("bra/trasig-fler-delar-2024.xlsx", "a zip of " + (ZipLimits.MAX_ENTRIES + 1 + good().size())
                + " parts, more than the " + ZipLimits.MAX_ENTRIES + " a workbook may have");
    }

    // ---- the zip's structure --------------------------------------------------------------------------------

    @Test
    void aZipWithTwoPartsOfOneNameIsRejected() throws Exception {
        copySample("bra", BRA_TABLE);
        RawZip zip = new RawZip();
        good().forEach((name, content) -> {
            if (name.equals(SHEET)) {
                zip.deflated(name, sheetOf("Dold rad"));
            }
            zip.deflated(name, content);
        });
        Files.write(place("bra", "trasig-dubbla-delar-2024.xlsx"), zip.bytes());

        rebuild();

        assertRejected("bra/trasig-dubbla-delar-2024.xlsx", "two zip entries named " + SHEET
                + ": a workbook has each part once");
        assertThat(warehouse().count("SELECT COUNT(*) FROM quarantine_row WHERE raw_value LIKE '%Dold rad%'")).isZero();
    }

    @Test
    void aTruncatedXlsxIsRejectedAsIncomplete() throws Exception {
        copySample("bra", BRA_TABLE);
        byte[] whole = Files.readAllBytes(Path.of("input", "bra", "lagforingsbeslut-2018-2023.xlsx"));
        Files.write(place("bra", "trasig-avbruten-2018-2023.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        rebuild();

        assertRejected("bra/trasig-avbruten-2018-2023.xlsx", "a damaged or incomplete xlsx",
                "expected a complete .xlsx workbook; deliver the file again");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRejected() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-arkiv-2024.xlsx"), zipOfText());

        rebuild();

        assertRejected("bra/trasig-arkiv-2024.xlsx", "a zip archive but not an xlsx workbook (it has no"
                + " [Content_Types].xml): expected an Excel workbook saved as .xlsx, or a .csv file");
    }

    // ---- XML: external entities and entity expansion --------------------------------------------------------

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path elsewhere) throws Exception {
        copySample("bra", BRA_TABLE);
        Path secret = Files.writeString(elsewhere.resolve("hemlig.txt"), "HEMLIGT-XXE-4711", StandardCharsets.UTF_8);
        Files.write(place("bra", "trasig-xxe-2024.xlsx"), xxe(secret.toUri().toString()));

        rebuild();

        assertRejected("bra/trasig-xxe-2024.xlsx", "its XML part " + SHARED_STRINGS + " declares a DTD (<!DOCTYPE>)");
        Warehouse w = warehouse();
        assertThat(w.count("SELECT COUNT(*) FROM quarantine_row WHERE raw_value LIKE '%HEMLIGT%'")).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM source_note WHERE note_text LIKE '%HEMLIGT%'"))
                .isZero();
        assertThat(w.count("SELECT COUNT(*) FROM source_file WHERE message LIKE '%HEMLIGT%'")).isZero();
    }

    @Test
    void aBillionLaughsIsNeverExpanded(@TempDir Path data) throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-skratt-2024.xlsx"), billionLaughs());

        Forked run = forkedRebuild("256m", data);

        assertRejectedFast(run, "bra/trasig-skratt-2024.xlsx", "its XML part " + SHARED_STRINGS
                + " declares a DTD (<!DOCTYPE>)");
    }

    // ---- the name says one kind, the bytes another ----------------------------------------------------------

    @Test
    void anXlsxNamedCsvIsReadAsXlsxAndItsMessageSaysSo() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.copy(Path.of("input", "bra", "lagforingsbeslut-2018-2023.xlsx"), place("bra", "lagforingsbeslut-2018-2023.csv"));

        rebuild();

        Warehouse.SourceFile renamed = warehouse().file("bra/lagforingsbeslut-2018-2023.csv");
        assertThat(renamed.status()).isEqualTo("LOADED");
        assertThat(renamed.fileKind()).isEqualTo("XLSX");
        assertThat(renamed.rowsLoaded()).isPositive();
        assertThat(renamed.message()).startsWith("named .csv but its content is an xlsx workbook: read as xlsx");
        assertGoodTableLoaded(warehouse());
        assertNoRowLost();
    }

    @Test
    void aCsvNamedXlsxIsReadAsCsvAndItsMessageSaysSo() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.copy(Path.of("input", "bra", "anmalda-brott-detalj-2024.csv"), place("bra", "anmalda-brott-detalj-2024.xlsx"));

        rebuild();

        Warehouse.SourceFile renamed = warehouse().file("bra/anmalda-brott-detalj-2024.xlsx");
        assertThat(renamed.status()).isEqualTo("LOADED");
        assertThat(renamed.fileKind()).isEqualTo("CSV");
        long lines = Files.readAllLines(Path.of("input", "bra", "anmalda-brott-detalj-2024.csv")).stream()
                .filter(l -> !l.isBlank()).count();
        assertThat(renamed.rowsLoaded() + renamed.rowsQuarantined()).isEqualTo(lines - 1);
        assertThat(renamed.message()).startsWith("named .xlsx but its content is text, not an xlsx workbook: read as CSV");
        assertGoodTableLoaded(warehouse());
        assertNoRowLost();
    }

    // ---- workbooks that are not read ------------------------------------------------------------------------

    @Test
    void aPasswordProtectedWorkbookIsRejectedAsSuch() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "trasig-losenord-2024.xlsx"), encrypted(Files.readAllBytes(Path.of("input", "bra",
                "lagforingsbeslut-2018-2023.xlsx"))));

        rebuild();

        assertRejected("bra/trasig-losenord-2024.xlsx", "a password-protected (encrypted) workbook, which cannot be read"
                + " without its password: expected the workbook saved without a password, as .xlsx or .csv");
        assertThat(warehouse().file("bra/trasig-losenord-2024.xlsx").fileKind()).isEqualTo("ENCRYPTED");
    }

    @Test
    void anXlsIsReadAsItsContentSaysWhateverItsName() throws Exception {
        copySample("bra", BRA_TABLE);
        Files.write(place("bra", "gammal-som-xlsx-2024.xlsx"), headerOnlyXls());

        rebuild();

        Warehouse.SourceFile renamed = warehouse().file("bra/gammal-som-xlsx-2024.xlsx");
        assertThat(renamed.status()).isEqualTo("LOADED");
        assertThat(renamed.fileKind()).isEqualTo("XLS");
        assertThat(renamed.message()).contains("named .xlsx but its content is an Excel 97-2003 workbook: read as .xls");
        assertGoodTableLoaded(warehouse());
        assertNoRowLost();
    }

    // ---- drop-in: one of each bad file, only the bad part --------------------------------------------------

    /**
     * One of each bad file of this class into {@code input/bra/}, none of them with rows that could load. The
     * renamed files are a header alone (they load, with no rows, and their message names the mismatch); the XXE
     * file points at {@code /etc/passwd}.
     */
    static void dropIn(Path input) throws Exception {
        Path bra = Files.createDirectories(input.resolve("bra"));
        Files.write(bra.resolve("trasig-zipbomb-2024.xlsx"), bomb(3072, false));
        Files.write(bra.resolve("trasig-tat-2024.xlsx"), bomb(200, false));
        Files.write(bra.resolve("trasig-forfalskad-2024.xlsx"), bomb(3072, true));
        Files.write(bra.resolve("trasig-manga-delar-2024.xlsx"), tooManyParts(60_000));
        RawZip duplicate = new RawZip();
        good().forEach((name, content) -> duplicate.deflated(name, name.equals(SHEET) ? sheetOf("Dold rad") : content));
        duplicate.deflated(SHEET, sheetOf("Dold rad"));
        Files.write(bra.resolve("trasig-dubbla-delar-2024.xlsx"), duplicate.bytes());
        byte[] whole = Files.readAllBytes(Path.of("input", "bra", "lagforingsbeslut-2018-2023.xlsx"));
        Files.write(bra.resolve("trasig-avbruten-2018-2023.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        Files.write(bra.resolve("trasig-arkiv-2024.xlsx"), zipOfText());
        Files.write(bra.resolve("trasig-xxe-2024.xlsx"), xxe("file:///etc/passwd"));
        Files.write(bra.resolve("trasig-skratt-2024.xlsx"), billionLaughs());
        Files.write(bra.resolve("trasig-xlsx-som-csv-2024.csv"), headerOnlyXlsx());
        Files.writeString(bra.resolve("trasig-csv-som-xlsx-2024.xlsx"), "ar;manad;kommunkod;lagrum;brottstyp;antal\n",
                StandardCharsets.UTF_8);
        Files.write(bra.resolve("trasig-losenord-2024.xlsx"), encrypted(headerOnlyXlsx()));
        Files.write(bra.resolve("trasig-gammal-som-xlsx-2024.xlsx"), headerOnlyXls());
    }

    // ---- assertions -------------------------------------------------------------------------------------------

    private void assertRejected(String name, String... says) {
        Warehouse w = warehouse();
        assertRejectedIn(w, name, says);
        assertGoodTableLoaded(w);
        assertNoRowLost();
    }

    private static void assertRejectedFast(Forked run, String name, String... says) {
        assertThat(run.result().exitCode()).as("exit status of %s", run.result()).isZero();
        assertThat(run.result().took()).as("time to reject the bomb, JVM start included").isLessThan(FAST);
        assertRejectedIn(run.warehouse(), name, says);
        assertGoodTableLoaded(run.warehouse());
        run.warehouse().assertNoRowLost();
    }

    private static void assertRejectedIn(Warehouse w, String name, String... says) {
        Warehouse.SourceFile bad = w.file(name);
        assertThat(bad.status()).isEqualTo("REJECTED");
        assertThat(bad.message()).startsWith(name + ": ");
        for (String s : says) {
            assertThat(bad.message()).contains(s);
        }
        assertThat(bad.rowsRead()).isZero();
        assertThat(w.quarantine(name)).isEmpty();
    }

    private static void assertGoodTableLoaded(Warehouse w) {
        Warehouse.SourceFile good = w.file("bra/" + BRA_TABLE);
        assertThat(good.status()).isEqualTo("LOADED");
        assertThat(good.rowsLoaded()).isEqualTo(BRA_TABLE_ROWS);
    }

    // ---- the bad files ----------------------------------------------------------------------------------------

    /** The parts of the committed Brå table, by name, in order. */
    static Map<String, byte[]> good() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of("input", "bra", BRA_TABLE)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** A sheet of one inline-string cell. */
    static byte[] sheetOf(String text) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
                + "</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The Brå table whose sheet is one cell of {@code mebibytes} MiB of 'A', deflated about 1000:1 (a stream of
     * identical full-flushed blocks, so a 3 GiB part costs no 3 GiB of deflating). {@code forged}: the directory and
     * the local header declare 512 KiB inflated.
     */
    static byte[] bomb(int mebibytes, boolean forged) throws IOException {
        byte[] prefix = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[(int) MIB];
        Arrays.fill(block, (byte) 'A');
        Deflater deflater = new Deflater(9, true);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        compressed.write(deflate(deflater, prefix, Deflater.FULL_FLUSH));
        byte[] deflatedBlock = deflate(deflater, block, Deflater.FULL_FLUSH);
        CRC32 crc = new CRC32();
        crc.update(prefix);
        for (int i = 0; i < mebibytes; i++) {
            compressed.write(deflatedBlock);
            crc.update(block);
        }
        deflater.setInput(suffix);
        deflater.finish();
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        crc.update(suffix);
        long size = prefix.length + mebibytes * MIB + suffix.length;
        RawZip zip = new RawZip();
        for (Map.Entry<String, byte[]> part : good().entrySet()) {
            if (part.getKey().equals(SHEET)) {
                zip.raw(SHEET, ZipEntry.DEFLATED, crc.getValue(), compressed.toByteArray(), forged ? 512 * 1024 : size);
            } else {
                zip.deflated(part.getKey(), part.getValue());
            }
        }
        return zip.bytes();
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
        } while (n == buf.length || !deflater.needsInput());
        return out.toByteArray();
    }

    /** The Brå table's parts and {@code extra} empty ones. */
    static byte[] tooManyParts(int extra) throws IOException {
        RawZip zip = new RawZip();
        good().forEach(zip::deflated);
        for (int i = 0; i < extra; i++) {
            zip.raw("xl/media/bild" + i + ".png", ZipEntry.STORED, 0, new byte[0], 0);
        }
        return zip.bytes();
    }

    static byte[] zipOfText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("anmalda-brott.txt"));
            zip.write("ar;lagrum;antal\n2024;BrB 4:1a;12\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The Brå table whose shared strings declare an external entity and use it as the label of a body row. */
    static byte[] xxe(String uri) throws IOException {
        return withSharedStrings("<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + uri + "\">]>", "&xxe;");
    }

    /** The Brå table whose shared strings declare the nine-level entity of a billion laughs (3 GB expanded). */
    static byte[] billionLaughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"").append(("&lol" + (level - 1) + ";").repeat(10))
                    .append("\">");
        }
        return withSharedStrings(dtd.append("]>").toString(), "&lol9;");
    }

    private static byte[] withSharedStrings(String doctype, String label) throws IOException {
        RawZip zip = new RawZip();
        for (Map.Entry<String, byte[]> part : good().entrySet()) {
            byte[] content = part.getValue();
            if (part.getKey().equals(SHARED_STRINGS)) {
                String xml = new String(content, StandardCharsets.UTF_8);
                int root = xml.indexOf("<sst");
                xml = xml.substring(0, root) + doctype + xml.substring(root);
                xml = xml.replace("<t>4 kap. 1 a § BrB Människohandel</t>", "<t>" + label + "</t>");
                content = xml.getBytes(StandardCharsets.UTF_8);
            }
            zip.deflated(part.getKey(), content);
        }
        return zip.bytes();
    }

    /** A workbook encrypted with a password as Excel does (agile encryption in an OLE2 container). */
    static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An Excel 97-2003 workbook of the Brå detail header alone. */
    static byte[] headerOnlyXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            return write(wb, List.of(List.of("ar", "manad", "kommunkod", "lagrum", "brottstyp", "antal")));
        }
    }

    /** An xlsx of the Brå detail header alone. */
    static byte[] headerOnlyXlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            return write(wb, List.of(List.of("ar", "manad", "kommunkod", "lagrum", "brottstyp", "antal")));
        }
    }

    private static byte[] write(Workbook wb, List<List<String>> rows) throws IOException {
        Sheet sheet = wb.createSheet("Anmälda brott");
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
