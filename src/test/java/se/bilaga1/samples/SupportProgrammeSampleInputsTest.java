package se.bilaga1.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.PublishedReference;

/**
 * Checks the support-programme sample in {@code input/stodprogram/} against its generator and, reading the files
 * with a parser of its own, against Tabell 3 and Tabell 4 as printed (the reference CSV) and the funds the report
 * states. Regenerate the committed files with
 * {@code mvn -B test -Dtest=SupportProgrammeSampleInputsTest -Dsamples.write=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportProgrammeSampleInputsTest {

    static final Path COMMITTED = Path.of("input");
    static final Path DIR = COMMITTED.resolve("stodprogram");
    static final List<String> FILES = List.of("nsp.csv", "amp.csv", "medel.txt");
    static final List<String> CSVS = List.of("nsp.csv", "amp.csv");

    /** kategori → the printed row heading of Tabell 3. */
    static final Map<String, String> NSP_ROWS = Map.of("Vuxna", "Vuxna", "Kvinnor", "Vuxna / Kvinnor",
            "Transkvinnor", "Vuxna / Transkvinna", "Män", "Vuxna / Män", "Barn", "Barn", "Totalt", "Totalt");

    /** Regenerates the committed files: {@code mvn -B test -Dtest=SupportProgrammeSampleInputsTest -Dsamples.write=true}. */
    @Test
    @Order(0) // with -Dsamples.write=true, write first so the other tests check the fresh files
    void writeCommittedFiles() {
        assumeTrue(Boolean.getBoolean("samples.write"), "set -Dsamples.write=true to regenerate input/stodprogram/");
        SupportProgrammeSampleInputs.writeAll(COMMITTED);
        assertThat(DIR.resolve("nsp.csv")).exists();
    }

    @Test
    void committedCsvsAreByteIdenticalToGenerated(@TempDir Path tmp) throws IOException {
        SupportProgrammeSampleInputs.writeAll(tmp);
        for (String name : FILES) {
            Path committed = DIR.resolve(name);
            assertThat(committed).exists();
            assertThat(Files.mismatch(committed, tmp.resolve("stodprogram").resolve(name)))
                    .as("committed %s differs from the generator's output; regenerate with "
                            + "mvn -B test -Dtest=SupportProgrammeSampleInputsTest -Dsamples.write=true", committed)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void csvsAreUtf8SemicolonLfWithTheContractHeaders() throws IOException {
        for (String name : CSVS) {
            byte[] bytes = Files.readAllBytes(DIR.resolve(name));
            assertThat(bytes[0]).as("%s no BOM", name).isNotEqualTo((byte) 0xEF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(name).doesNotContain("\r").endsWith("\n");
            assertThat(text.substring(0, text.indexOf('\n')))
                    .isEqualTo("program;ar;kategori;antal");
        }
        assertThat(Files.readString(DIR.resolve("amp.csv"), StandardCharsets.UTF_8)).contains("ÅMP;2024;Män;11");
    }

    @Test
    void medelIsExcelsUnicodeText() throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve("medel.txt"));
        assertThat(new byte[] {bytes[0], bytes[1]}).as("UTF-16LE byte-order mark").containsExactly(0xFF, 0xFE);
        String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        assertThat(text).startsWith("program\tar\tmedel_kr\r\n").contains("ÅMP\t2024\t6900000\r\n").endsWith("\r\n");
    }

    @Test
    void tabell3And4AsPrinted() throws IOException {
        Map<String, String> reference = PublishedReference.reference("Tabell 3", "Tabell 4");
        Map<String, String> read = new TreeMap<>();
        for (CSVRecord r : read("nsp.csv")) {
            assertThat(r.get("program")).isEqualTo("NSP");
            assertThat(NSP_ROWS).containsKey(r.get("kategori"));
            assertThat(read.put("Tabell 3;" + NSP_ROWS.get(r.get("kategori")) + ";" + r.get("ar"), r.get("antal")))
                    .as("one row per cell").isNull();
        }
        for (CSVRecord r : read("amp.csv")) {
            assertThat(r.get("program")).isEqualTo("ÅMP");
            assertThat(r.get("kategori")).isIn("Kvinnor", "Män", "Flickor", "Pojkar", "Totalt");
            assertThat(read.put("Tabell 4;" + r.get("kategori") + ";" + r.get("ar"), r.get("antal")))
                    .as("one row per cell").isNull();
        }
        assertThat(read).isEqualTo(new TreeMap<>(reference));
        // blank cells are left out, not written as 0
        assertThat(read).doesNotContainKeys("Tabell 3;Vuxna / Kvinnor;2021", "Tabell 4;Flickor;2021")
                .doesNotContainValue("0");
    }

    @Test
    void totalsAddUpExceptAmp2024AsPrinted() throws IOException {
        Map<String, Map<String, Integer>> nsp = byYear(read("nsp.csv"));
        for (Map.Entry<String, Map<String, Integer>> e : nsp.entrySet()) {
            Map<String, Integer> y = e.getValue();
            assertThat(y.get("Vuxna") + y.get("Barn")).as("NSP %s Totalt", e.getKey()).isEqualTo(y.get("Totalt"));
            if (y.containsKey("Kvinnor")) {
                assertThat(y.get("Kvinnor") + y.getOrDefault("Transkvinnor", 0) + y.get("Män"))
                        .as("NSP %s Vuxna", e.getKey()).isEqualTo(y.get("Vuxna"));
            }
        }
        assertThat(nsp.get("2024")).containsEntry("Transkvinnor", 1).containsEntry("Kvinnor", 28);

        Map<String, Map<String, Integer>> amp = byYear(read("amp.csv"));
        Map<String, Integer> mismatches = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : amp.entrySet()) {
            Map<String, Integer> y = e.getValue();
            int parts = y.entrySet().stream().filter(c -> !c.getKey().equals("Totalt")).mapToInt(Map.Entry::getValue)
                    .sum();
            if (parts != y.get("Totalt")) {
                mismatches.put(e.getKey(), parts);
            }
        }
        assertThat(mismatches).as("the one place Tabell 4 does not add up: 2024 parts 33, stated 32")
                .isEqualTo(Map.of("2024", 33));
        assertThat(amp.get("2024")).containsEntry("Totalt", 32).containsEntry("Flickor", 2);
    }

    @Test
    void fundsAsStated() throws IOException {
        Map<String, Long> medel = new LinkedHashMap<>();
        for (CSVRecord r : read("medel.txt")) {
            medel.put(r.get("program") + " " + r.get("ar"), Long.parseLong(r.get("medel_kr")));
        }
        assertThat(medel).containsExactly(
                Map.entry("NSP 2022", 2_500_000L), Map.entry("NSP 2023", 3_200_000L), Map.entry("NSP 2024", 3_200_000L),
                Map.entry("ÅMP 2022", 4_300_000L), Map.entry("ÅMP 2023", 3_960_000L),
                Map.entry("ÅMP 2024", 6_900_000L));
    }

    private static Map<String, Map<String, Integer>> byYear(List<CSVRecord> rows) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (CSVRecord r : rows) {
            out.computeIfAbsent(r.get("ar"), y -> new LinkedHashMap<>())
                    .put(r.get("kategori"), Integer.parseInt(r.get("antal")));
        }
        return out;
    }

    /** A CSV file (UTF-8, ;) or the Unicode text (UTF-16LE after its mark, tab), read by Commons CSV. */
    private static List<CSVRecord> read(String name) throws IOException {
        boolean unicodeText = name.endsWith(".txt");
        byte[] bytes = Files.readAllBytes(DIR.resolve(name));
        String text = unicodeText ? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)
                : new String(bytes, StandardCharsets.UTF_8);
        try (Reader r = new java.io.StringReader(text);
             CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(unicodeText ? '\t' : ';').setHeader().setSkipHeaderRecord(true)
                     .get().parse(r)) {
            return p.getRecords();
        }
    }
}
