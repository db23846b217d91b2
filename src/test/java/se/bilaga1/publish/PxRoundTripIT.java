package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.warehouse.Bilaga1Tables;
import se.bilaga1.warehouse.PublishedTable;

/**
 * The rebuild of the sample inputs writes one PX file per published table, and the tests' own PX reader gets
 * every cell of the flat CSV back from them: each value, each symbol with its reason, each table, row and column
 * label; and each file carries its table's title and notes.
 */
@SpringBootTest
class PxRoundTripIT {

    private static final List<String> PUBLISHED = List.of("Figur 3", "Figur 4", "Figur 5", "Tabell 1", "Tabell 2",
            "Tabell 5", "Tabell 6", "Tabell 7", "Tabell 8", "Figur 6", "Figur 7", "Tabell 3", "Tabell 4");

    @Autowired
    TestRebuild rebuild;

    @Autowired
    Bilaga1Tables tables;

    @TempDir
    Path output;

    @Test
    void everyCellOfTheFlatCsvComesBackFromThePxFiles() throws Exception {
        rebuild.rebuild(2024, Path.of("input"), output);

        Map<String, PxReader> px = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(output.resolve("px"))) {
            for (Path file : files.sorted().toList()) {
                px.put(file.getFileName().toString(), PxReader.read(file));
            }
        }
        assertThat(px.keySet()).containsExactlyInAnyOrderElementsOf(PUBLISHED.stream().map(PxWriter::fileName).toList());
        assertThat(px.keySet()).contains("tabell-7.px", "figur-3.px").allSatisfy(name -> assertThat(name).doesNotContain(" "));

        Map<String, Integer> cellsPerTable = new HashMap<>();
        List<CSVRecord> csv;
        try (Reader in = Files.newBufferedReader(output.resolve("bilaga1-2024-tabeller.csv"), StandardCharsets.UTF_8)) {
            csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(csv).hasSizeGreaterThan(300);
        for (CSVRecord record : csv) {
            String tabell = record.get("tabell");
            PxReader file = px.get(PxWriter.fileName(tabell));
            assertThat(file).as("the PX file of %s", tabell).isNotNull();
            String rad = pxLabel(file, file.value("STUB"), record.get("rad"));
            String kolumn = pxLabel(file, file.value("HEADING"), record.get("kolumn"));
            String datum = file.cell(rad, kolumn);
            String where = tabell + " / " + rad + " / " + kolumn;
            if (!record.get("varde").isEmpty()) {
                assertThat(datum).as(where).isEqualTo(record.get("varde"));
                assertThat(record.get("markering")).as(where).isEmpty();
                assertThat(file.has("CELLNOTE", rad, kolumn)).as(where).isFalse();
            } else {
                assertThat(datum).as(where).matches("\\.{1,6}|-");
                String symbol = datum.equals("-") ? file.value("DATASYMBOLNIL") : datum;
                assertThat(symbol + " " + file.values("CELLNOTE", rad, kolumn).get(0)).as(where)
                        .isEqualTo(record.get("markering"));
            }
            cellsPerTable.merge(tabell, 1, Integer::sum);
        }
        // and no PX cell is one the CSV lacks
        for (String tabell : PUBLISHED) {
            PxReader file = px.get(PxWriter.fileName(tabell));
            assertThat(file.data).as(tabell).hasSize(cellsPerTable.getOrDefault(tabell, 0));
        }

        for (PublishedTable table : tables.all(2024)) {
            PxReader file = px.get(PxWriter.fileName(table));
            assertThat(file.value("CHARSET")).isEqualTo("ANSI");
            assertThat(file.value("CODEPAGE")).isEqualTo("windows-1252");
            assertThat(file.value("LANGUAGE")).isEqualTo("sv");
            assertThat(file.value("TITLE")).isEqualTo(table.title());
            assertThat(file.value("MATRIX")).isNotBlank();
            assertThat(file.value("SUBJECT-AREA")).isNotBlank();
            assertThat(file.value("CONTENTS")).isNotBlank();
            assertThat(file.value("SOURCE")).isNotBlank();
            assertThat(file.value("NOTE")).isEqualTo(String.join("#", table.notes()));
            for (String column : table.columns()) {
                assertThat(file.has("UNITS") || file.has("UNITS", column)).as(table.tabell() + " units of " + column).isTrue();
            }
            assertThat(file.value("DATASYMBOL2")).isEqualTo("..");
            assertThat(file.lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(256));
        }
    }

    /**
     * The PX label of a flat CSV label: the CSV's text went through {@link SafeText} (a spreadsheet guard PX does
     * not need) and keeps {@code "}, which PX cannot hold and writes as {@code ”}.
     */
    private static String pxLabel(PxReader file, String variable, String csvLabel) {
        return file.values("VALUES", variable).stream()
                .filter(v -> SafeText.escape(v).equals(csvLabel.replace('"', '”'))).findFirst()
                .orElseThrow(() -> new AssertionError(csvLabel + " is no value of " + variable + ": "
                        + file.values("VALUES", variable)));
    }
}
