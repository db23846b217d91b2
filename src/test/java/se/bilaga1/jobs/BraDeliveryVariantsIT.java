package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.ingest.CsvDialect;
import se.bilaga1.testsupport.Workbooks;

/** Brå deliveries in the other shapes the contract allows: Windows-1252 CSV with commas, detail as xlsx. */
@SpringBootTest
class BraDeliveryVariantsIT {



    @Autowired
    TestRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @TempDir
    Path output;

    @Test
    void aPublishedTableAsWindows1252CsvWithCommasLoadsWithItsSwedishLettersIntact() throws Exception {
        Files.createDirectories(input.resolve("bra"));
        String csv = String.join("\r\n",
                "Lagföringsbeslut för människohandel och människoexploatering",
                "",
                ",,2018,2019,2020,2021,2022,2023",
                "BrB 4 kap.,Människohandel (1a §),15,2,7,1,0,0",
                ",\"Människoexploatering, inkl. grovt (1b §)\",0,0,0,5,..,3",
                "Källa: Brå, lagföringsstatistik",
                "");
        Files.write(input.resolve("bra/lagforing.csv"), csv.getBytes(CsvDialect.WINDOWS_1252));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Map<String, Object> file = jdbc.queryForMap("SELECT status, layout, encoding, rows_read, rows_loaded, rows_notes"
                + " FROM source_file");
        assertThat(file).containsEntry("STATUS", "LOADED").containsEntry("LAYOUT", "bra.publicerad_tabell.lagforingsbeslut")
                .containsEntry("ENCODING", "windows-1252, ','").containsEntry("ROWS_READ", 5)
                .containsEntry("ROWS_LOADED", 2).containsEntry("ROWS_NOTES", 3);
        assertThat(jdbc.queryForList("SELECT DISTINCT label FROM bra_published_count ORDER BY label", String.class))
                .containsExactly("BrB 4 kap. Människoexploatering, inkl. grovt (1b §)", "BrB 4 kap. Människohandel (1a §)");
        assertThat(Files.readAllLines(output.resolve("bilaga1-2024-tabeller.csv"))).contains(
                "Tabell 8;Människohandel (1a §);2018;15;",
                "Tabell 8;Människoexploatering (1b §);2021;5;",
                "Tabell 8;Människoexploatering (1b §);2022;;.. uppgift saknas");
    }

    @Test
    void aDetailExtractAsXlsxKeepsTheMunicipalityCodesLeadingZero() throws Exception {
        Workbooks.write(input.resolve("bra/anmalda-detalj-2023.xlsx"), "Detalj", List.of(
                List.of("År", "Månad", "Kommunkod", "Lagrum", "Antal", "Kommentar"),
                List.of(2023, 1, 114, "BrB 6:11", "1 200"),
                List.of(2023, 2, "0180", "6 kap. 11 § BrB", 313),
                List.of(2023, 13, "0180", "6 kap. 11 § BrB", 1)));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT kommunkod FROM bra_detail_count ORDER BY row_no", String.class))
                .containsExactly("0114", "0180");
        assertThat(jdbc.queryForObject("SELECT SUM(antal) FROM bra_detail_count", BigDecimal.class))
                .isEqualByComparingTo("1513");
        assertThat(jdbc.queryForObject("SELECT message FROM source_file", String.class))
                .isEqualTo("VARNING: extra columns, not loaded: Kommentar");
        Map<String, Object> q = jdbc.queryForMap("SELECT row_no, column_name, raw_value FROM quarantine_row");
        assertThat(q).containsEntry("ROW_NO", 4).containsEntry("COLUMN_NAME", "B (Månad)").containsEntry("RAW_VALUE", "13");
        // a year delivered only as detail is published from the detail's sum
        assertThat(Files.readAllLines(output.resolve("bilaga1-2024-tabeller.csv")))
                .contains("Tabell 7;6 kap. 11 § BrB Köp av sexuell tjänst;2023;1513;",
                        "Tabell 7;6 kap. 11 § BrB Köp av sexuell tjänst;2024;;.. uppgift saknas");
    }

    /** A CSV whose header stands over two rows, the last year's sub-columns beyond the upper row's last label. */
    @Test
    void aPublishedTableAsCsvWithItsHeaderOverTwoRowsTakesEachYearsTotal() throws Exception {
        Files.createDirectories(input.resolve("bra"));
        Files.writeString(input.resolve("bra/lagforing-kon.csv"), String.join("\n",
                "Lagföringsbeslut för människohandel och människoexploatering, personer",
                ";;2018;;;2019;;",
                ";;Kvinnor;Män;Totalt;Kvinnor;Män;Totalt",
                "BrB 4 kap.;Människohandel (1a §);3;12;15;0;2;2",
                ";Människoexploatering, inkl. grovt (1b §);0;0;0;..;..;..",
                "Källa: Brå, lagföringsstatistik",
                ""));

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT status, rows_read, rows_loaded, rows_quarantined, rows_notes FROM source_file"))
                .containsEntry("STATUS", "LOADED").containsEntry("ROWS_READ", 6).containsEntry("ROWS_LOADED", 2)
                .containsEntry("ROWS_QUARANTINED", 0).containsEntry("ROWS_NOTES", 4);
        assertThat(Files.readAllLines(output.resolve("bilaga1-2024-tabeller.csv"))).contains(
                "Tabell 8;Människohandel (1a §);2018;15;",
                "Tabell 8;Människohandel (1a §);2019;2;",
                "Tabell 8;Människoexploatering (1b §);2019;;.. uppgift saknas");
    }

    /**
     * The sample Tabell 7 turned on its side (years down, one column per statute), with a Totalt column, a Totalt row,
     * footnote marks on figures and labels and a footnote above the header, publishes the cells the sample publishes.
     */
    @Test
    void thePublishedTableWithTheYearsDownTheSideAndFootnoteMarksPublishesTheSameCells() throws Exception {
        Files.createDirectories(input.resolve("bra"));
        Files.copy(Path.of("input/bra/anmalda-brott-2020-2024.xlsx"), input.resolve("bra/anmalda-brott-2020-2024.xlsx"));
        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> wide = tabell7(output);

        Files.delete(input.resolve("bra/anmalda-brott-2020-2024.xlsx"));
        Workbooks.write(input.resolve("bra/anmalda-brott-ar-nedat.xlsx"), "Anmälda brott", List.of(
                List.of("Anmälda brott 2020–2024, antal"),
                List.of("¹ Köp av sexuell tjänst, inklusive försök."),
                List.of("År", "4 kap. 1 a § BrB Människohandel", "4 kap. 1 b § BrB Människoexploatering, inkl. grovt",
                        "6 kap. 9 § BrB Utnyttjande av barn under 18 år genom köp av sexuell handling",
                        "6 kap. 11 § BrB Köp av sexuell tjänst¹", "6 kap. 12 § BrB Koppleri, grovt koppleri", "Totalt"),
                List.of(2020, 196, 79, 163, "1 055", 191, 1684),
                List.of(2021, 140, 78, 234, "1 886*", 178, 2516),
                List.of(2022, 196, 87, 132, "1 263", 184, 1862),
                List.of(2023, 228, 127, 104, 1513, 204, 2176),
                List.of("2024²", "185 ²)", 164, 130, 1805, 204, 2488),
                List.of("Totalt", 945, 535, 763, 7522, 961, 10726),
                List.of("² Preliminära uppgifter.")));
        Path turnedOutput = Files.createDirectories(output.resolve("turned"));
        assertThat(rebuild.rebuild(2024, input, turnedOutput).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(tabell7(turnedOutput)).isEqualTo(wide).hasSize(25);
        assertThat(jdbc.queryForMap("SELECT status, layout, rows_read, rows_loaded, rows_quarantined, rows_notes"
                + " FROM source_file WHERE file_name = 'bra/anmalda-brott-ar-nedat.xlsx'"))
                .containsEntry("STATUS", "LOADED").containsEntry("LAYOUT", "bra.publicerad_tabell.anmalda_brott.ar_nedat")
                .containsEntry("ROWS_READ", 10).containsEntry("ROWS_LOADED", 5).containsEntry("ROWS_QUARANTINED", 0)
                .containsEntry("ROWS_NOTES", 5);
        assertThat(jdbc.queryForList("SELECT note_kind || ' ' || row_no FROM source_note ORDER BY row_no, id", String.class))
                .containsExactly("titel 1", "fotnot 2", "rubrik 3", "fotnotstecken 5", "fotnotstecken 8",
                        "fotnotstecken 8", "totalrad 9", "fotnot 10");
        assertThat(Files.readAllLines(turnedOutput.resolve("bilaga1-2024-avstamning.csv")))
                .filteredOn(l -> l.startsWith("bra.tabell_delar_mot_totalt;")).hasSize(5).allMatch(l -> l.endsWith(";OK"));
    }

    private static List<String> tabell7(Path output) throws Exception {
        return Files.readAllLines(output.resolve("bilaga1-2024-tabeller.csv")).stream()
                .filter(l -> l.startsWith("Tabell 7;")).toList();
    }
}
