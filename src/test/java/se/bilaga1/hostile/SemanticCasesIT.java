package se.bilaga1.hostile;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import se.bilaga1.testsupport.Workbooks;

/**
 * Hostile cases of meaning: files that read well but say what cannot be so. A municipality that does not exist, a
 * year other than the file's, another region's cases, a correction of no case, a total that is not the sum of its
 * parts.
 */
class SemanticCasesIT extends HostileCase {

    static final String BRA_DETAIL = "anmalda-brott-detalj-2024.csv";
    static final String DETAIL_HEADER = "ar;manad;kommunkod;lagrum;brottstyp;antal";
    static final String KOMMUNENKAT_HEADER = "ar;kommunkod;kommun;besvarad;styrdokument_prostitution_mh;"
            + "styrdokument_sexuell_exploatering_barn;kunskapsstod_prostitution_mh;kunskapsstod_sexuell_exploatering_barn";
    static final String KORRIGERING_HEADER = "id;kalla;nyckel;falt;nytt_varde;motivering;beslutad_av;datum";
    static final List<Object> CASE_HEADER = List.of("arende_id", "polisregion", "ar", "kon", "aldersgrupp",
            "exploateringsform", "misstanke");
    static final String UNKNOWN_KOMMUN = "not a Swedish municipality code: expected one of the 290 four-digit codes, e.g. 0114";

    @Test
    void aMunicipalityCodeThatDoesNotExistIsQuarantinedWithItsColumn() throws Exception {
        copySample("bra", BRA_DETAIL);
        copySample("kommunenkat", "kommunenkat-2021.csv");
        csv("bra", "trasig-kommunkod-detalj-2024.csv", DETAIL_HEADER,
                "2024;1;0180;BrB 4:1a;Människohandel;1", "2024;1;9999;BrB 4:1a;Människohandel;5");
        csv("kommunenkat", "trasig-kommunkod-2021.csv", KOMMUNENKAT_HEADER,
                "2021;9999;Ingenstans;Ja;Ja;Ja;Nej;Nej");

        rebuild();

        Warehouse w = warehouse();
        assertLoadedInFull(w, "bra/" + BRA_DETAIL, 260);
        assertLoadedInFull(w, "kommunenkat/kommunenkat-2021.csv", 290);
        assertThat(w.file("bra/trasig-kommunkod-detalj-2024.csv").rowsLoaded()).isEqualTo(1);
        assertThat(w.quarantine("bra/trasig-kommunkod-detalj-2024.csv")).containsExactly(
                new Warehouse.Quarantined(null, 3, "C (kommunkod)", "9999", UNKNOWN_KOMMUN));
        assertThat(w.quarantine("kommunenkat/trasig-kommunkod-2021.csv")).containsExactly(
                new Warehouse.Quarantined(null, 2, "B (kommunkod)", "9999", UNKNOWN_KOMMUN));
        // the bad row counts nowhere: 2024's detail is the sample's plus the one good row
        assertThat(w.count("SELECT SUM(antal) FROM bra_detail_count")).isEqualTo(185 + 164 + 130 + 1805 + 204 + 1);
        assertThat(w.count("SELECT COUNT(*) FROM kommunenkat_svar WHERE ar = 2021")).isEqualTo(290);
        assertNoRowLost();
    }

    @Test
    void aRowOfAnotherYearThanTheFileNameGivesIsQuarantinedNamingBoth() throws Exception {
        copySample("kommunenkat", "kommunenkat-2023.xlsx");
        copySample("bra", BRA_DETAIL);
        copySample("regionkoordinatorer", "syd-2024.xlsx");
        csv("kommunenkat", "kommunenkat-2021.csv", KOMMUNENKAT_HEADER,
                "2019;0114;Upplands Väsby;Ja;Ja;Nej;Nej;Nej", "2021;0115;Vallentuna;Ja;Nej;Nej;Nej;Nej");
        csv("bra", "trasig-anmalda-brott-detalj-2024.csv", DETAIL_HEADER, "2019;3;0180;BrB 4:1a;Människohandel;7");
        Workbooks.write(place("regionkoordinatorer", "nord-2024.xlsx"), "Ärenden", List.of(CASE_HEADER,
                List.of("NO-9001", "Nord", 2024, "Kvinna", "Vuxen", "Sexuella ändamål", "Människohandel"),
                List.of("NO-9002", "Nord", 2023, "Man", "Vuxen", "Arbetskraft", "Människoexploatering")));

        rebuild();

        Warehouse w = warehouse();
        assertLoadedInFull(w, "kommunenkat/kommunenkat-2023.xlsx", 290);
        assertLoadedInFull(w, "bra/" + BRA_DETAIL, 260);
        long syd = w.file("regionkoordinatorer/syd-2024.xlsx").rowsLoaded();
        assertLoadedInFull(w, "regionkoordinatorer/syd-2024.xlsx", syd);
        assertThat(syd).isPositive();
        assertThat(w.quarantine("kommunenkat/kommunenkat-2021.csv")).containsExactly(new Warehouse.Quarantined(null, 2,
                "A (ar)", "2019", "ar 2019 is not the year the file name kommunenkat-2021.csv gives: expected 2021"
                        + " (a row of another year belongs in a file of its own)"));
        assertThat(w.file("kommunenkat/kommunenkat-2021.csv").rowsLoaded()).isEqualTo(1);
        assertThat(w.count("SELECT COUNT(*) FROM kommunenkat_svar WHERE ar = 2019")).isZero();
        assertThat(w.quarantine("bra/trasig-anmalda-brott-detalj-2024.csv")).singleElement().satisfies(q -> {
            assertThat(q.column()).isEqualTo("A (ar)");
            assertThat(q.reason()).startsWith("ar 2019 is not the year the file name trasig-anmalda-brott-detalj-2024.csv"
                    + " gives: expected 2024");
        });
        assertThat(w.count("SELECT COUNT(*) FROM bra_detail_count WHERE ar = 2019")).isZero();
        assertThat(w.file("regionkoordinatorer/nord-2024.xlsx").rowsLoaded()).isEqualTo(1);
        assertThat(w.quarantine("regionkoordinatorer/nord-2024.xlsx")).singleElement().satisfies(q -> {
            assertThat(q.sheet()).isEqualTo("Ärenden");
            assertThat(q.rowNo()).isEqualTo(3);
            assertThat(q.column()).isEqualTo("C (ar)");
            assertThat(q.reason()).startsWith("ar 2023 is not the year the file name nord-2024.xlsx gives: expected 2024");
        });
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case WHERE polisregion = 'Nord'")).isEqualTo(1);
        assertNoRowLost();
    }

    @Test
    void anotherRegionsCasesInARegionsFileCountForNeither() throws Exception {
        copySample("regionkoordinatorer", "syd-2024.xlsx");
        Workbooks.write(place("regionkoordinatorer", "nord-2024.xlsx"), "Ärenden", List.of(CASE_HEADER,
                List.of("NO-9001", "Nord", 2024, "Kvinna", "Vuxen", "Sexuella ändamål", "Människohandel"),
                List.of("SY-9001", "Syd", 2024, "Kvinna", "Vuxen", "Sexuella ändamål", "Människohandel"),
                List.of("SY-9002", "Polisregion Syd", 2024, "Man", "Barn", "Tiggeri", "Människohandel")));

        rebuild();

        Warehouse w = warehouse();
        long syd = w.file("regionkoordinatorer/syd-2024.xlsx").rowsLoaded();
        assertLoadedInFull(w, "regionkoordinatorer/syd-2024.xlsx", syd);
        assertThat(w.file("regionkoordinatorer/nord-2024.xlsx").rowsLoaded()).isEqualTo(1);
        assertThat(w.quarantine("regionkoordinatorer/nord-2024.xlsx")).extracting(Warehouse.Quarantined::rowNo,
                Warehouse.Quarantined::column, Warehouse.Quarantined::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "B (polisregion)", "this file is region Nord's delivery: a case"
                                + " of region Syd does not belong in it"),
                        org.assertj.core.groups.Tuple.tuple(4, "B (polisregion)", "this file is region Nord's delivery: a case"
                                + " of region Syd does not belong in it"));
        // counted for neither region: Syd has only its own file's cases, Nord only its one good case
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case WHERE polisregion = 'Syd'")).isEqualTo(syd);
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case WHERE polisregion = 'Nord'")).isEqualTo(1);
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case c JOIN source_file f ON f.id = c.source_file_id"
                + " WHERE f.file_name = 'regionkoordinatorer/nord-2024.xlsx' AND c.polisregion <> 'Nord'")).isZero();
        assertNoRowLost();
    }

    @Test
    void aCorrectionOfNoCaseIsAFelAndChangesNothing() throws Exception {
        copySample("regionkoordinatorer", "stockholm-2024.xlsx");
        copySample("regionkoordinatorer", "vast-2024.xlsx");
        copySample("korrigeringar", "korrigeringar-2024.csv");
        csv("korrigeringar", "trasig-korrigeringar-2024.csv", KORRIGERING_HEADER,
                "K-901;regionkoordinatorer;Stockholm/2024/ST-9999;exploateringsform;Arbetskraft;Finns inte;NSPM analysgrupp;"
                        + "2025-02-14");

        rebuild();

        Warehouse w = warehouse();
        assertLoadedInFull(w, "korrigeringar/korrigeringar-2024.csv", 19);
        assertLoadedInFull(w, "regionkoordinatorer/stockholm-2024.xlsx",
                w.file("regionkoordinatorer/stockholm-2024.xlsx").rowsLoaded());
        assertThat(w.jdbc().queryForList("SELECT status FROM korrigering WHERE korrigering_id LIKE 'K-0%'", String.class))
                .hasSize(19).containsOnly("APPLIED");
        assertThat(w.jdbc().queryForObject("SELECT status || ': ' || meddelande FROM korrigering WHERE korrigering_id = 'K-901'",
                String.class)).isEqualTo("FEL: no case with that key in the warehouse");
        // applied to nothing: the cases coded Arbetskraft are exactly those delivered so
        assertThat(w.count("SELECT COUNT(*) FROM regionkoordinator_case WHERE exploateringsform = 'ARBETSKRAFT'"))
                .isPositive().isEqualTo(cellsReading("Arbetskraftsexploatering",
                        input.resolve("regionkoordinatorer/stockholm-2024.xlsx"),
                        input.resolve("regionkoordinatorer/vast-2024.xlsx")));
        assertThat(w.jdbc().queryForObject("SELECT tidigare_varde FROM korrigering WHERE korrigering_id = 'K-901'",
                String.class)).isNull();
        List<CSVRecord> rules = csvRecords(output.resolve("bilaga1-2024-avstamning.csv"));
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.get("regel")).isEqualTo("korrigeringar.arende_finns");
            assertThat(r.get("beskrivning")).isEqualTo("Korrigering K-901 (korrigeringar/trasig-korrigeringar-2024.csv rad 2)"
                    + " kan inte tillämpas: no case with that key in the warehouse");
            assertThat(r.get("vanster")).isEqualTo("(ärendenyckel dold)");
            assertThat(r.get("status")).isEqualTo("FEL");
        });
        assertThat(rules).anySatisfy(r -> assertThat(List.of(r.get("regel"), r.get("vanster"), r.get("hoger"),
                r.get("status"))).containsExactly("korrigeringar.arende_finns", "19", "20", "FEL"));
        assertNoRowLost();
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsIsAFelAndPublishedAsStated() throws Exception {
        copySample("stodprogram", "nsp.csv");
        csv("stodprogram", "amp-2024.csv", "program;ar;kategori;antal",
                "ÅMP;2024;Kvinnor;10", "ÅMP;2024;Män;5", "ÅMP;2024;Flickor;1", "ÅMP;2024;Pojkar;1", "ÅMP;2024;Totalt;20");

        rebuild();

        Warehouse w = warehouse();
        assertLoadedInFull(w, "stodprogram/nsp.csv", w.file("stodprogram/nsp.csv").rowsLoaded());
        assertLoadedInFull(w, "stodprogram/amp-2024.csv", 5);
        assertThat(csvRecords(output.resolve("bilaga1-2024-avstamning.csv"))).anySatisfy(r -> assertThat(List.of(
                r.get("regel"), r.get("tabell"), r.get("beskrivning"), r.get("vanster"), r.get("hoger"), r.get("status")))
                .containsExactly("stodprogram.delar_mot_totalt", "Tabell 4",
                        "2024: kvinnor + män + flickor + pojkar (vänster) mot Totalt (höger)", "17", "20", "FEL"));
        assertThat(csvRecords(output.resolve("bilaga1-2024-tabeller.csv"))).anySatisfy(r -> assertThat(List.of(
                r.get("tabell"), r.get("rad"), r.get("kolumn"), r.get("varde"))).containsExactly("Tabell 4", "Totalt", "2024",
                        "20"));
        assertNoRowLost();
    }

    @Test
    void aBraTablesTotalRowThatIsNotTheSumOfItsStatutesIsAFelWithBothFigures() throws Exception {
        copySample("bra", "anmalda-brott-2020-2024.xlsx");
        braTableWithWrongTotal(place("bra", "anmalda-brott-totalt-2015-2016.xlsx"));

        rebuild();

        Warehouse w = warehouse();
        assertLoadedInFull(w, "bra/anmalda-brott-2020-2024.xlsx", 5);
        assertLoadedInFull(w, "bra/anmalda-brott-totalt-2015-2016.xlsx", 3);
        List<List<String>> rules = csvRecords(output.resolve("bilaga1-2024-avstamning.csv")).stream()
                .filter(r -> r.get("regel").equals("bra.tabell_delar_mot_totalt"))
                .map(r -> List.of(r.get("tabell"), r.get("beskrivning"), r.get("vanster"), r.get("hoger"), r.get("status")))
                .toList();
        String where = "bra/anmalda-brott-totalt-2015-2016.xlsx, blad Anmälda brott, rad 5, kolumn ";
        assertThat(rules).containsExactly(
                List.of("Tabell 7", "ANMALDA_BROTT 2015: tabellens lagrum summerade (vänster) mot dess totalrad (höger), "
                        + where + "B (2015)", "110", "110", "OK"),
                List.of("Tabell 7", "ANMALDA_BROTT 2016: tabellens lagrum summerade (vänster) mot dess totalrad (höger), "
                        + where + "C (2016)", "220", "230", "FEL"));
        // the stated total is kept as stated, beside the statutes, and is no statute of Tabell 7
        assertThat(w.count("SELECT amount FROM bra_published_count WHERE lagrum = 'Totalt' AND ar = 2016")).isEqualTo(230);
        assertThat(csvRecords(output.resolve("bilaga1-2024-tabeller.csv"))).noneMatch(r -> r.get("rad").contains("Totalt")
                && r.get("tabell").equals("Tabell 7"));
        assertNoRowLost();
    }

    /** A Brå table of 2015–2016 (outside every published table) whose Totalt for 2016 is 10 more than its rows. */
    static void braTableWithWrongTotal(Path file) throws Exception {
        Workbooks.write(file, "Anmälda brott", List.of(
                List.of("Anmälda brott 2015–2016"),
                List.of(),
                List.of("Lagrum", 2015, 2016),
                List.of("4 kap. 1 a § BrB Människohandel", 10, 20),
                List.of("Totalt", 110, 230),
                List.of("6 kap. 11 § BrB Köp av sexuell tjänst", 100, 200)));
    }

    /**
     * One of each bad file of this class, only its bad part, under names no sample has. The Brå table with a wrong
     * total is of 2015–2016, years no published table shows. Left out: a support programme's total that disagrees
     * with its parts, since its rows load and so move Tabell 3 or 4 (the sample's {@code stodprogram/amp.csv}
     * already carries one: ÅMP 2024, 33 against 32).
     */
    static void dropIn(Path input) throws Exception {
        write(input.resolve("bra/trasig-kommunkod-detalj-2024.csv"), DETAIL_HEADER,
                "2024;1;9999;BrB 4:1a;Människohandel;5");
        write(input.resolve("kommunenkat/trasig-kommunkod-2021.csv"), KOMMUNENKAT_HEADER,
                "2021;9999;Ingenstans;Ja;Ja;Ja;Nej;Nej");
        write(input.resolve("kommunenkat/trasig-kommunenkat-2021.csv"), KOMMUNENKAT_HEADER,
                "2019;0114;Upplands Väsby;Ja;Ja;Nej;Nej;Nej");
        write(input.resolve("bra/trasig-anmalda-brott-detalj-2024.csv"), DETAIL_HEADER,
                "2019;3;0180;BrB 4:1a;Människohandel;7");
        Workbooks.write(input.resolve("regionkoordinatorer/trasig-nord-2024.xlsx"), "Ärenden", List.of(CASE_HEADER,
                List.of("NO-9002", "Nord", 2023, "Man", "Vuxen", "Arbetskraft", "Människoexploatering")));
        Workbooks.write(input.resolve("regionkoordinatorer/trasig-annan-region-nord-2024.xlsx"), "Ärenden",
                List.of(CASE_HEADER, List.of("SY-9001", "Syd", 2024, "Kvinna", "Vuxen", "Sexuella ändamål", "Människohandel")));
        braTableWithWrongTotal(input.resolve("bra/trasig-anmalda-brott-totalt-2015-2016.xlsx"));
        write(input.resolve("korrigeringar/trasig-korrigeringar-2024.csv"), KORRIGERING_HEADER,
                "K-901;regionkoordinatorer;Stockholm/2024/ST-9999;exploateringsform;Arbetskraft;Finns inte;NSPM analysgrupp;"
                        + "2025-02-14");
    }

    // --- helpers, also used by ExportSafetyCasesIT ---

    Path csv(String source, String name, String header, String... rows) throws Exception {
        return write(place(source, name), header, rows);
    }

    static Path write(Path file, String header, String... rows) throws Exception {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(Arrays.asList(rows));
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** The file LOADED with exactly {@code rows} rows loaded and none quarantined. */
    static void assertLoadedInFull(Warehouse w, String name, long rows) {
        Warehouse.SourceFile file = w.file(name);
        assertThat(file.status()).as("status of %s", name).isEqualTo("LOADED");
        assertThat(file.rowsLoaded()).as("rows loaded of %s", name).isEqualTo(rows);
        assertThat(file.rowsQuarantined()).as("rows quarantined of %s", name).isZero();
    }

    /** How many cells of the xlsx files' first sheets read {@code text}. */
    static long cellsReading(String text, Path... xlsx) throws Exception {
        long n = 0;
        for (Path file : xlsx) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    file.toFile())) {
                for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().equals(text)) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    /** An output CSV's records, by header name. */
    static List<CSVRecord> csvRecords(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords();
        }
    }
}
