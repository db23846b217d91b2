package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.RawZip;

class ZipGuardTest {

    @TempDir
    Path dir;

    @Test
    void everyCommittedWorkbookPasses() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("input"))) {
            List<Path> xlsx = files.filter(p -> p.toString().endsWith(".xlsx")).toList();
            assertThat(xlsx).isNotEmpty();
            for (Path p : xlsx) {
                ZipGuard.check(p);
            }
        }
    }

    @Test
    void aLargeWorkbookWrittenAsTheBenchmarkWritesItPasses() throws Exception {
        Path file = dir.resolve("stor.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 1000, true, true)) {
            var sheet = wb.createSheet("Anmälda brott detalj");
            for (int r = 0; r < 100_000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(2024);
                row.createCell(1).setCellValue(1 + r % 12);
                row.createCell(2).setCellValue("0180");
                row.createCell(3).setCellValue("BrB 4:1a");
                row.createCell(4).setCellValue("Människohandel");
                row.createCell(5).setCellValue(r % 7);
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ZipGuard.check(file);
    }

    @Test
    void aPartThatOutgrowsItsDeclaredRatioIsStoppedWhileInflating() throws Exception {
        // 64 MiB of one letter, declared as 3 MiB: past the grace size, the ratio gives it away
        byte[] content = new byte[64 << 20];
        java.util.Arrays.fill(content, (byte) 'A');
        RawZip honest = new RawZip();
        goodParts().forEach((name, bytes) -> honest.deflated(name, name.equals("xl/worksheets/sheet1.xml") ? content : bytes));
        Path file = Files.write(dir.resolve("forged.xlsx"), forgeSize(honest.bytes(), 64 << 20, 3 << 20));
        assertThatThrownBy(() -> ZipGuard.check(file)).isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("its part xl/worksheets/sheet1.xml inflates")
                .hasMessageContaining("times its compressed size");
    }

    @Test
    void fastexcelNeverResolvesAnExternalEntityNorExpandsOne() throws Exception {
        // past the guard, the reader's own parser (aalto, DTD support off) is the second line: prove it holds
        Path secret = Files.writeString(dir.resolve("hemlig.txt"), "HEMLIGT-XXE-4711", StandardCharsets.UTF_8);
        String lol = "<!ENTITY l0 \"lol\">" + java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "<!ENTITY l" + i + " \"" + ("&l" + (i - 1) + ";").repeat(10) + "\">")
                .reduce("", String::concat);
        for (String[] v : new String[][] {{"<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">", "&xxe;"}, {lol, "&l9;"}}) {
            RawZip zip = new RawZip();
            goodParts().forEach((name, bytes) -> {
                String xml = new String(bytes, StandardCharsets.UTF_8);
                if (name.equals("xl/sharedStrings.xml")) {
                    xml = xml.replace("<sst ", "<!DOCTYPE sst [" + v[0] + "]><sst ")
                            .replace("<t>Lagrum</t>", "<t>" + v[1] + "</t>");
                }
                zip.deflated(name, xml.getBytes(StandardCharsets.UTF_8));
            });
            Path file = Files.write(dir.resolve("entity.xlsx"), zip.bytes());
            assertThatThrownBy(() -> ZipGuard.check(file)).hasMessageContaining("declares a DTD");
            List<String> seen = new ArrayList<>();
            assertThatThrownBy(() -> {
                try (RowSource rows = XlsxRowSource.open(file, List.of())) {
                    rows.forEachRemaining(r -> seen.add(r.toString()));
                }
            }).hasMessageContaining("entity");
            assertThat(seen).noneMatch(r -> r.contains("HEMLIGT") || r.contains("lollol"));
        }
    }

    @Test
    void fileKindTellsOldAndEncryptedWorkbooksApart() throws Exception {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("ar");
            wb.write(xls);
        }
        assertThat(FileKind.detect(Files.write(dir.resolve("gammal.xls"), xls.toByteArray()))).isEqualTo(FileKind.XLS);
        assertThat(FileKind.XLS.rejection()).as("an .xls is read").isNull();
        assertThat(FileKind.ENCRYPTED.rejection()).startsWith("a password-protected");
        assertThat(FileKind.mismatch("bra/a.CSV", FileKind.XLSX)).startsWith("named .csv but its content is an xlsx");
        assertThat(FileKind.mismatch("bra/a.xlsx", FileKind.CSV)).startsWith("named .xlsx but its content is text");
        assertThat(FileKind.mismatch("bra/a.xlsx", FileKind.XLSX)).isNull();
    }

    private static java.util.Map<String, byte[]> goodParts() throws IOException {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of("input", "bra", "anmalda-brott-2020-2024.xlsx")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** Replaces a declared inflated size in every header of the zip (local and central) by another. */
    private static byte[] forgeSize(byte[] zip, int real, int forged) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (b.getInt(i) == 0x04034b50 && b.getInt(i + 22) == real) {
                b.putInt(i + 22, forged);
            } else if (b.getInt(i) == 0x02014b50 && b.getInt(i + 24) == real) {
                b.putInt(i + 24, forged);
            }
        }
        return zip;
    }
}
