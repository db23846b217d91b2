package se.bilaga1.samples;


import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.testsupport.PublishedReference;

/**
 * Checks the SYNTHETIC coordinators' case files in {@code input/regionkoordinatorer/} and the corrections in
 * {@code input/korrigeringar/} against their generator and, with a small reader and vocabulary folding of its own,
 * against every published figure: Tabell 1 and 2 for 2021–2024 (from the reference CSV) and the 2024 figures of
 * the coordinators' report, both as delivered and after the 19 corrections.
 * Regenerate the committed files with
 * {@code mvn -B test -Dtest=CoordinatorSampleInputsTest -Dsamples.write=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoordinatorSampleInputsTest {

    static final Path COMMITTED = Path.of("input");
    static final Path REGIONS = COMMITTED.resolve("regionkoordinatorer");
    static final Path KORRIGERINGAR = COMMITTED.resolve("korrigeringar/korrigeringar-2024.csv");

    static final String REGENERATE =
            "regenerate with mvn -B test -Dtest=CoordinatorSampleInputsTest -Dsamples.write=true";

    static final List<String> REGION_FILES = List.of("nord", "mitt", "bergslagen", "stockholm", "ost", "vast", "syd");
    static final Map<String, String> PREFIX = Map.of("Nord", "NO", "Mitt", "MI", "Bergslagen", "BE",
            "Stockholm", "ST", "Öst", "OS", "Väst", "VA", "Syd", "SY");
    static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024);

    static final Set<String> BRANSCHER = Set.of("Hotell och restaurang", "Bygg", "Grön näring", "Städ",
            "Skönhet och kroppsvård", "Livsmedel/jordbruk/fiske/djurhållning", "Biltvätt/bilverkstad",
            "Vård och omsorg/sociala tjänster", "Transport", "Industri", "Annat", "Vet ej");

    // ------------------------------------------------------------------ the figures, written out again

    /** 2024 after the corrections: form → {Kvinnor adult, women unknown age, Flickor, Män adult, men unknown age, Pojkar, unknown sex}. */
    static final Map<String, int[]> FORM_SEX_AGE_2024 = new LinkedHashMap<>();
    static {
        //                                            K   KU  F    M  MU  P  O
        FORM_SEX_AGE_2024.put("Arbetskraft", new int[] {69, 8, 4, 132, 15, 4, 1});
        FORM_SEX_AGE_2024.put("Hushållsarbete", new int[] {5, 0, 1, 0, 0, 0, 0});
        FORM_SEX_AGE_2024.put("Kriminella ändamål", new int[] {2, 0, 0, 1, 0, 0, 0});
        FORM_SEX_AGE_2024.put("Multipel exploatering", new int[] {2, 0, 0, 0, 0, 0, 0});
        FORM_SEX_AGE_2024.put("Organhandel", new int[] {1, 0, 0, 0, 0, 0, 0});
    }

    static final Map<String, Integer> BRANSCH_2024 = Map.ofEntries(Map.entry("Hotell och restaurang", 74),
            Map.entry("Bygg", 45), Map.entry("Grön näring", 39), Map.entry("Städ", 25),
            Map.entry("Skönhet och kroppsvård", 18), Map.entry("Livsmedel/jordbruk/fiske/djurhållning", 10),
            Map.entry("Vet ej", 8), Map.entry("Annat", 5), Map.entry("Biltvätt/bilverkstad", 4),
            Map.entry("Vård och omsorg/sociala tjänster", 3), Map.entry("Industri", 1), Map.entry("Transport", 1));

    // ------------------------------------------------------------------ writing and regenerating

    /** Regenerates the committed files: {@code mvn -B test -Dtest=CoordinatorSampleInputsTest -Dsamples.write=true}. */
    @Test
    @Order(0) // with -Dsamples.write=true, write first so the other tests check the fresh files
    void writeCommittedFiles() {
        assumeTrue(Boolean.getBoolean("samples.write"),
                "set -Dsamples.write=true to regenerate input/regionkoordinatorer/ and input/korrigeringar/");
        CoordinatorSampleInputs.writeAll(COMMITTED);
        assertThat(REGIONS.resolve("stockholm-2024.xlsx")).exists();
        assertThat(KORRIGERINGAR).exists();
    }

    @Test
    void committedCorrectionsAreByteIdenticalToGenerated(@TempDir Path tmp) throws IOException {
        CoordinatorSampleInputs.writeAll(tmp);
        assertThat(KORRIGERINGAR).exists();
        assertThat(Files.mismatch(KORRIGERINGAR, tmp.resolve("korrigeringar/korrigeringar-2024.csv")))
                .as("committed %s differs from the generator's output; %s", KORRIGERINGAR, REGENERATE)
                .isEqualTo(-1L);
    }

    /**
     * The xlsx are reproducible: the same bytes from two runs, and the committed files hold the same cells and the
     * same zip entries (names, order, time stamps, uncompressed bytes) as a fresh run. The compressed bytes are
     * not compared with the committed files, since they depend on the zlib the JDK uses.
     */
    @Test
    void committedXlsxAreTheGeneratedOnesAndByteStable(@TempDir Path tmp) throws IOException {
        CoordinatorSampleInputs.writeAll(tmp.resolve("a"));
        CoordinatorSampleInputs.writeAll(tmp.resolve("b"));
        assertThat(xlsxNames(REGIONS)).as("files in %s; %s", REGIONS, REGENERATE)
                .isEqualTo(xlsxNames(tmp.resolve("a/regionkoordinatorer")));
        for (String name : xlsxNames(REGIONS)) {
            Path a = tmp.resolve("a/regionkoordinatorer").resolve(name);
            assertThat(Files.mismatch(a, tmp.resolve("b/regionkoordinatorer").resolve(name))).as(name).isEqualTo(-1L);
            Path committed = REGIONS.resolve(name);
            assertThat(ReproducibleXlsx.cells(committed)).as("cells of committed %s; %s", name, REGENERATE).isEqualTo(ReproducibleXlsx.cells(a));
            assertThat(ReproducibleXlsx.zipEntries(committed)).as("zip entries of committed %s; %s", name, REGENERATE)
                    .isEqualTo(ReproducibleXlsx.zipEntries(a));
        }
    }

    // ------------------------------------------------------------------ layout of the files

    @Test
    void twentyEightFilesOnePerRegionAndYear() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String r : REGION_FILES) {
            for (int y : YEARS) {
                expected.add(r + "-" + y + ".xlsx");
            }
        }
        assertThat(xlsxNames(REGIONS)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.list(REGIONS).map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(expected.stream(), Stream.of("README.md"))
                        .collect(Collectors.toList()));
    }

    @Test
    void filesHaveTheDeliveredLayouts() throws IOException {
        int withTitle = 0;
        int humanHeaders = 0;
        int polisregionStyle = 0;
        Set<String> formSpellings = new HashSet<>();
        for (FileData f : readAll()) {
            assertThat(f.sheets).as("%s sheets", f.name).containsExactly("Ärenden");
            if (f.headerRow > 1) {
                withTitle++;
                assertThat(f.headerRow).as("%s header after title and blank row", f.name).isEqualTo(3);
                assertThat(f.title).as("%s title", f.name)
                        .isEqualTo("Regionkoordinatorernas ärenden " + f.regionLabel + " " + f.year);
            }
            if (f.rawHeader.contains("Ärende-ID")) {
                humanHeaders++;
            } else {
                assertThat(f.rawHeader.get(0)).isEqualTo("arende_id");
            }
            if (f.year <= 2022) {
                assertThat(f.header).as("%s age column", f.name).contains("alder").doesNotContain("aldersgrupp");
            } else {
                assertThat(f.header).as("%s age column", f.name).contains("aldersgrupp").doesNotContain("alder");
            }
            assertThat(f.header).as("%s columns", f.name).containsAll(List.of("arende_id", "polisregion", "ar", "kon",
                    "exploateringsform", "misstanke", "bransch", "hanvisande_aktor", "ursprungsland",
                    "upptackt_via_akc", "narstaende_barn_i_sverige", "narstaende_barn_i_annat_land"));
            Set<String> regions = f.rows.stream().map(r -> r.polisregion).collect(Collectors.toSet());
            assertThat(regions).as("%s polisregion", f.name).hasSize(1);
            if (regions.iterator().next().startsWith("Polisregion ")) {
                polisregionStyle++;
            }
            for (Case c : f.rows) {
                formSpellings.add(c.rawFormText);
                assertThat(c.year).as("%s ar", f.name).isEqualTo(f.year);
                assertThat(c.region).as("%s region", f.name).isEqualTo(f.regionLabel);
                assertThat(c.id).as("%s arende_id", f.name).matches(PREFIX.get(f.regionLabel) + "-\\d{4}");
                assertThat(c.kon).isIn("Kvinna", "Man", "Annan könsidentitet", "Okänt");
                assertThat(c.misstanke).isIn("Människohandel", "Människoexploatering");
                assertThat(c.akc).isIn("Ja", "Nej");
                assertThat(c.land).isNotEmpty();
                assertThat(c.aktor).isNotEmpty();
                if (c.bransch.isEmpty()) {
                    assertThat(c.rawForm).as("%s %s without bransch", f.name, c.id).isNotEqualTo("Arbetskraft");
                } else {
                    assertThat(BRANSCHER).contains(c.bransch);
                    assertThat(c.rawForm).as("%s %s with bransch", f.name, c.id)
                            .isIn("Arbetskraft", "Multipel exploatering");
                }
                if (c.kon.equals("Annan könsidentitet")) {
                    assertThat(c.age).as("Annan könsidentitet only among adults").isEqualTo('A');
                }
            }
        }
        assertThat(withTitle).as("files with a title row").isEqualTo(14);
        assertThat(humanHeaders).as("files with human-style headers").isBetween(5, 14);
        assertThat(polisregionStyle).as("files writing 'Polisregion X'").isBetween(2, 6);
        assertThat(formSpellings).contains("Sexuella ändamål", "Sexuell exploatering", "sexuella ändamål",
                "Arbetskraft", "Arbetskraftsexploatering", "Kriminella ändamål", "Kriminalitet",
                "Multipel exploatering", "Multipel", "Ej redovisat", "Vet ej");
    }

    @Test
    void arendeIdUniqueWithinRegionAndYearExceptThePlannedDuplicate() throws IOException {
        int duplicates = 0;
        for (FileData f : readAll()) {
            Map<String, List<Case>> byId = f.allRows.stream()
                    .collect(Collectors.groupingBy(c -> c.id, TreeMap::new, Collectors.toList()));
            for (Map.Entry<String, List<Case>> e : byId.entrySet()) {
                if (e.getValue().size() > 1) {
                    duplicates++;
                    assertThat(f.name).as("the duplicate of %s", e.getKey()).isEqualTo("syd-2023.xlsx");
                    assertThat(e.getValue()).hasSize(2);
                    assertThat(e.getValue().get(0).values).as("an exact duplicate")
                            .isEqualTo(e.getValue().get(1).values);
                    assertThat(e.getValue().get(1)).as("the duplicate is the last data row")
                            .isSameAs(f.allRows.get(f.allRows.size() - 1));
                }
            }
        }
        assertThat(duplicates).isEqualTo(1);
    }

    // ------------------------------------------------------------------ Tabell 1 and 2, every year

    @Test
    void tabell1And2ReproduceThePublishedCellsAfterCorrections() throws IOException {
        List<Case> cases = corrected(cases());
        Map<String, String> reference = PublishedReference.reference("Tabell 1", "Tabell 2");
        Map<String, Integer> counted = new TreeMap<>();
        for (Case c : cases) {
            String y = Integer.toString(c.year);
            counted.merge("Tabell 1;" + c.form + ";" + y, 1, Integer::sum);
            counted.merge("Tabell 1;Totalt antal personer;" + y, 1, Integer::sum);
            counted.merge("Tabell 2;" + tabell2Row(c) + ";" + y, 1, Integer::sum);
            counted.merge("Tabell 2;" + (c.age == 'C' ? "Barn / Totalt barn" : "Vuxna / Totalt vuxna") + ";" + y, 1,
                    Integer::sum);
            counted.merge("Tabell 2;Totalt samtliga;" + y, 1, Integer::sum);
        }
        for (Map.Entry<String, String> e : reference.entrySet()) {
            assertThat(counted.getOrDefault(e.getKey(), 0)).as(e.getKey()).isEqualTo(Integer.parseInt(e.getValue()));
        }
        for (Map.Entry<String, Integer> e : counted.entrySet()) {
            assertThat(reference).as("%s = %d is a printed cell (blank cells are 0)", e.getKey(), e.getValue())
                    .containsKey(e.getKey());
        }
        assertThat(reference).containsEntry("Tabell 1;Totalt antal personer;2024", "430");
    }

    @Test
    void raw2024DiffersOnlyByTheNineteenMassageCases() throws IOException {
        List<Case> raw = year(cases(), 2024);
        List<Case> corrected = year(corrected(cases()), 2024);
        Map<String, Long> before = countBy(raw, c -> c.form);
        Map<String, Long> after = countBy(corrected, c -> c.form);
        assertThat(before.get("Multipel exploatering")).isEqualTo(21);
        assertThat(before.get("Sexuella ändamål")).isEqualTo(147);
        assertThat(after.get("Multipel exploatering")).isEqualTo(2);
        assertThat(after.get("Sexuella ändamål")).isEqualTo(166);
        Map<String, Long> rest = new TreeMap<>(before);
        rest.remove("Multipel exploatering");
        rest.remove("Sexuella ändamål");
        assertThat(rest).isEqualTo(Map.of("Arbetskraft", 233L, "Kriminella ändamål", 3L, "Tiggeri", 2L,
                "Hushållsarbete", 6L, "Tvångsäktenskap", 6L, "Organhandel", 1L, "Ej redovisat", 11L));
        // the other years are not touched by the corrections
        for (int y : List.of(2021, 2022, 2023)) {
            assertThat(countBy(year(cases(), y), c -> c.form)).isEqualTo(countBy(year(corrected(cases()), y), c -> c.form));
        }
    }

    // ------------------------------------------------------------------ 2024: the coordinators' report

    @Test
    void formSexAge2024AsInTheCoordinatorsReport() throws IOException {
        List<Case> y = year(corrected(cases()), 2024);
        for (Map.Entry<String, int[]> e : FORM_SEX_AGE_2024.entrySet()) {
            List<Case> f = y.stream().filter(c -> c.form.equals(e.getKey())).collect(Collectors.toList());
            assertThat(sexAge(f)).as("2024 %s: K KU F M MU P O", e.getKey()).containsExactly(e.getValue());
        }
        List<Case> sex = y.stream().filter(c -> c.form.equals("Sexuella ändamål")).collect(Collectors.toList());
        assertThat(sex).hasSize(166);
        int[] s = sexAge(sex);
        assertThat(s[0]).as("2024 sexual purposes, adult women").isEqualTo(147);
        assertThat(s[5]).as("2024 sexual purposes, boys").isEqualTo(2);

        assertThat(y).hasSize(430);
        assertThat(count(y, c -> c.age == 'A')).as("adults of known age").isEqualTo(370);
        assertThat(count(y, c -> c.age == 'C')).as("children").isEqualTo(22);
        assertThat(count(y, c -> c.age == 'C' && c.kon.equals("Kvinna"))).as("girls").isEqualTo(15);
        assertThat(count(y, c -> c.age == 'C' && c.kon.equals("Man"))).as("boys").isEqualTo(7);
        assertThat(count(y, c -> c.age == 'U')).as("unknown age").isEqualTo(38);
        assertThat(count(y, c -> c.kon.equals("Kvinna"))).as("women and girls").isEqualTo(270);
        assertThat(count(y, c -> c.kon.equals("Man"))).as("men and boys").isEqualTo(159);
        assertThat(count(y, c -> c.kon.equals("Okänt"))).as("unknown sex").isEqualTo(1);
        assertThat(count(y, c -> c.kon.equals("Annan könsidentitet"))).isZero();
        assertThat(y.stream().filter(c -> c.age == 'C').map(c -> c.form).collect(Collectors.toSet()))
                .as("children only in labour, domestic work, sexual purposes, forced marriage and Ej redovisat")
                .containsExactlyInAnyOrder("Arbetskraft", "Hushållsarbete", "Sexuella ändamål", "Tvångsäktenskap",
                        "Ej redovisat");
        assertThat(count(y, c -> c.age == 'C' && c.form.equals("Ej redovisat"))).as("a few").isBetween(1L, 3L);

        List<Case> labour = y.stream().filter(c -> c.form.equals("Arbetskraft")).collect(Collectors.toList());
        assertThat(count(labour, c -> c.kon.equals("Man"))).as("labour men and boys").isEqualTo(151);
        assertThat(count(labour, c -> c.kon.equals("Kvinna"))).as("labour women and girls").isEqualTo(81);
        assertThat(count(labour, c -> c.kon.equals("Okänt"))).as("labour unknown sex").isEqualTo(1);
    }

    @Test
    void industries2024() throws IOException {
        for (List<Case> y : List.of(year(cases(), 2024), year(corrected(cases()), 2024))) {
            List<Case> labour = y.stream().filter(c -> c.form.equals("Arbetskraft")).collect(Collectors.toList());
            assertThat(labour).hasSize(233);
            assertThat(countBy(labour, c -> c.bransch)).isEqualTo(toLong(BRANSCH_2024));
        }
    }

    @Test
    void referringActors2024() throws IOException {
        List<Case> y = year(cases(), 2024);
        Map<String, Long> actors = countBy(y, c -> c.aktor);
        assertThat(actors).containsEntry("Egen uppsökande verksamhet", 104L).containsEntry("Migrationsverket", 97L)
                .containsEntry("Polismyndigheten", 59L).containsEntry("Civilsamhället", 38L);
        List<Map.Entry<String, Long>> ranked = actors.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).collect(Collectors.toList());
        assertThat(ranked.get(5).getKey()).as("the sixth most common actor").isEqualTo("Socialtjänsten");
        assertThat(ranked.get(4).getValue()).as("fifth above Socialtjänsten").isGreaterThan(ranked.get(5).getValue());
        for (Map.Entry<String, Long> e : ranked.subList(6, ranked.size())) {
            assertThat(e.getValue()).as("%s below Socialtjänsten", e.getKey()).isLessThan(ranked.get(5).getValue());
        }
        assertThat(actors.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(430);

        List<Case> y2023 = year(cases(), 2023);
        assertThat(count(y2023, c -> c.region.equals("Stockholm") && c.aktor.equals("Migrationsverket")))
                .as("Stockholm via Migrationsverket 2023").isEqualTo(13);
        assertThat(count(y, c -> c.region.equals("Stockholm") && c.aktor.equals("Migrationsverket")))
                .as("Stockholm via Migrationsverket 2024").isEqualTo(35);
        // 2023: the same first three, Socialtjänsten fourth (the report on 2024 says so)
        List<String> ranked2023 = countBy(y2023, c -> c.aktor).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertThat(ranked2023.subList(0, 4)).containsExactly("Egen uppsökande verksamhet", "Migrationsverket",
                "Polismyndigheten", "Socialtjänsten");
        for (int year : YEARS) {
            assertThat(year(cases(), year)).as("%d every case has an actor", year).allMatch(c -> !c.aktor.isEmpty());
        }
    }

    @Test
    void countries2024() throws IOException {
        List<Case> y = year(cases(), 2024);
        assertCountry(y, "Thailand", 45, 0, 14);
        assertCountry(y, "Ukraina", 30, 1, 2);
        assertCountry(y, "Sverige", 21, 6, 0);
        assertCountry(y, "Colombia", 17, 0, 4);
        assertCountry(y, "Filippinerna", 20, 0, 0);
        List<Case> thai = year(corrected(cases()), 2024).stream().filter(c -> c.land.equals("Thailand"))
                .collect(Collectors.toList());
        assertThat(count(thai, c -> c.form.equals("Sexuella ändamål"))).isEqualTo(38);
        assertThat(count(thai, c -> c.form.equals("Arbetskraft"))).isEqualTo(21);

        List<Map.Entry<String, Long>> ranked = countBy(y, c -> c.land).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).collect(Collectors.toList());
        assertThat(ranked.subList(0, 5).stream().map(Map.Entry::getKey))
                .containsExactly("Thailand", "Ukraina", "Sverige", "Colombia", "Filippinerna");
        for (Map.Entry<String, Long> e : ranked.subList(5, ranked.size())) {
            assertThat(e.getValue()).as("%s fewer than 20", e.getKey()).isLessThan(20);
        }
        for (String land : List.of("Rumänien", "Nigeria")) {
            long n = count(y, c -> c.land.equals(land));
            assertThat(ranked.stream().filter(e -> e.getValue() >= n).count())
                    .as("%s (%d) among the ten most common, ties counted against it", land, n).isLessThanOrEqualTo(10);
        }
        assertThat(count(y, c -> c.land.equals("Rumänien") && c.age == 'C')).as("Romanian children").isZero();
        assertThat(count(y, c -> c.land.equals("Okänt") && c.age == 'C')).as("children of unknown country")
                .isEqualTo(4);
        Map<String, Long> children = countBy(y.stream().filter(c -> c.age == 'C').collect(Collectors.toList()),
                c -> c.land);
        assertThat(children.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .as("most common country among children").isEqualTo("Sverige");

        // what the 2024 report says of 2023: Thailand the most common country, Sverige the fourth
        List<String> ranked2023 = countBy(year(cases(), 2023), c -> c.land).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertThat(ranked2023.get(0)).isEqualTo("Thailand");
        assertThat(ranked2023.get(3)).isEqualTo("Sverige");
    }

    @Test
    void akcSuspicionAndRelatedChildren() throws IOException {
        List<Case> raw = year(cases(), 2024);
        List<Case> y = year(corrected(cases()), 2024);
        List<Case> akc = y.stream().filter(c -> c.akc.equals("Ja")).collect(Collectors.toList());
        assertThat(akc).hasSize(115);
        assertThat(count(akc, c -> c.form.equals("Arbetskraft"))).isEqualTo(105);
        assertThat(count(akc, c -> c.form.equals("Sexuella ändamål"))).isEqualTo(10);
        // as delivered some of the ten are still coded Multipel exploatering
        List<Case> rawAkc = raw.stream().filter(c -> c.akc.equals("Ja")).collect(Collectors.toList());
        assertThat(count(rawAkc, c -> c.form.equals("Arbetskraft"))).isEqualTo(105);
        assertThat(count(rawAkc, c -> c.form.equals("Sexuella ändamål"))
                + count(rawAkc, c -> c.form.equals("Multipel exploatering"))).isEqualTo(10);
        assertThat(count(rawAkc, c -> c.form.equals("Multipel exploatering"))).isPositive();

        assertThat(count(y, c -> c.misstanke.equals("Människohandel"))).isEqualTo(214);
        assertThat(count(y, c -> c.misstanke.equals("Människoexploatering"))).isEqualTo(216);

        assertThat(y.stream().mapToInt(c -> c.barnSverige).sum()).as("2024 related children in Sweden").isEqualTo(8);
        assertThat(y.stream().mapToInt(c -> c.barnAnnatLand).sum()).as("2024 in another country").isEqualTo(36);
        List<Case> y2023 = year(cases(), 2023);
        assertThat(y2023.stream().mapToInt(c -> c.barnSverige).sum()).as("2023 related children in Sweden")
                .isEqualTo(9);
        assertThat(y2023.stream().mapToInt(c -> c.barnAnnatLand).sum()).as("2023 in another country").isEqualTo(33);
    }

    // ------------------------------------------------------------------ the corrections

    @Test
    void correctionsNameTheNineteenMassageCases() throws IOException {
        List<CSVRecord> rows = readCorrections();
        assertThat(rows).hasSize(19);
        List<Case> raw = cases();
        Map<String, Case> byKey = new HashMap<>();
        for (Case c : raw) {
            byKey.put(c.polisregion + "/" + c.year + "/" + c.id, c);
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            assertThat(r.get("id")).isEqualTo(String.format(Locale.ROOT, "K-%03d", i + 1));
            assertThat(r.get("kalla")).isEqualTo("regionkoordinatorer");
            assertThat(r.get("falt")).isEqualTo("exploateringsform");
            assertThat(r.get("nytt_varde")).isEqualTo("Sexuella ändamål");
            assertThat(r.get("motivering")).startsWith("Thaimassage:");
            assertThat(r.get("beslutad_av")).isEqualTo("NSPM analysgrupp");
            assertThat(r.get("datum")).isEqualTo("2025-02-14");
            String key = r.get("nyckel");
            assertThat(key).matches("(Stockholm|Väst)/2024/(ST|VA)-\\d{4}");
            assertThat(keys.add(key)).as("%s once", key).isTrue();
            Case c = byKey.get(key);
            assertThat(c).as("case %s exists", key).isNotNull();
            assertThat(c.form).as("%s coded Multipel", key).isEqualTo("Multipel exploatering");
            assertThat(c.kon).isEqualTo("Kvinna");
            assertThat(c.land).isEqualTo("Thailand");
            assertThat(c.bransch).isEqualTo("Skönhet och kroppsvård");
            assertThat(c.age).as("%s adult or unknown age", key).isIn('A', 'U');
        }
        long stockholm = keys.stream().filter(k -> k.startsWith("Stockholm/")).count();
        assertThat(stockholm).as("most in Stockholm").isGreaterThan(19 - stockholm);
        assertThat(keys.stream().filter(k -> k.startsWith("Väst/")).count()).isPositive();
        // the nineteen are exactly the 2024 Multipel cases from Thailand in Skönhet och kroppsvård
        assertThat(raw.stream().filter(c -> c.year == 2024 && c.form.equals("Multipel exploatering")
                        && c.land.equals("Thailand") && c.bransch.equals("Skönhet och kroppsvård"))
                .map(c -> c.polisregion + "/" + c.year + "/" + c.id).collect(Collectors.toSet()))
                .isEqualTo(keys);
    }

    @Test
    void correctionsFileIsUtf8SemicolonLf() throws IOException {
        byte[] bytes = Files.readAllBytes(KORRIGERINGAR);
        assertThat(bytes[0]).as("no BOM").isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("id;kalla;nyckel;falt;nytt_varde;motivering;beslutad_av;datum\n")
                .doesNotContain("\r").endsWith("\n").contains("Väst/2024/", "ändamål");
    }

    // ------------------------------------------------------------------ a small reader of our own

    /** One data row; {@code form} after folding (and after a correction, see {@link #corrected}). */
    static final class Case {
        String file;
        List<String> values;
        String id;
        String polisregion;
        String region;
        int year;
        String kon;
        char age; // A adult, C child, U unknown
        String rawFormText;
        String rawForm;
        String form;
        String misstanke;
        String bransch;
        String aktor;
        String land;
        String akc;
        int barnSverige;
        int barnAnnatLand;

        Case copy() {
            Case c = new Case();
            c.file = file;
            c.values = values;
            c.id = id;
            c.polisregion = polisregion;
            c.region = region;
            c.year = year;
            c.kon = kon;
            c.age = age;
            c.rawFormText = rawFormText;
            c.rawForm = rawForm;
            c.form = form;
            c.misstanke = misstanke;
            c.bransch = bransch;
            c.aktor = aktor;
            c.land = land;
            c.akc = akc;
            c.barnSverige = barnSverige;
            c.barnAnnatLand = barnAnnatLand;
            return c;
        }
    }

    static final class FileData {
        String name;
        int year;
        String regionLabel;
        List<String> sheets;
        int headerRow;
        String title;
        List<String> rawHeader;
        List<String> header;
        List<Case> allRows = new ArrayList<>();
        /** allRows without the repeated last row of the planned duplicate. */
        List<Case> rows;
    }

    private static List<FileData> cache;

    static synchronized List<FileData> readAll() throws IOException {
        if (cache == null) {
            List<FileData> out = new ArrayList<>();
            for (String name : xlsxNames(REGIONS)) {
                out.add(read(REGIONS.resolve(name)));
            }
            cache = out;
        }
        return cache;
    }

    /** Every case of every file, the planned duplicate left out, as delivered (no corrections). */
    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (FileData f : readAll()) {
            f.rows.forEach(c -> out.add(c.copy()));
        }
        return out;
    }

    /** The cases with the corrections applied (each key must name exactly one case). */
    static List<Case> corrected(List<Case> cases) throws IOException {
        Map<String, Case> byKey = new HashMap<>();
        for (Case c : cases) {
            assertThat(byKey.put(c.polisregion + "/" + c.year + "/" + c.id, c)).isNull();
        }
        for (CSVRecord r : readCorrections()) {
            assertThat(r.get("kalla")).isEqualTo("regionkoordinatorer");
            assertThat(r.get("falt")).isEqualTo("exploateringsform");
            Case c = byKey.get(r.get("nyckel"));
            assertThat(c).as("correction %s names a case", r.get("id")).isNotNull();
            c.form = form(r.get("nytt_varde"));
        }
        return cases;
    }

    static FileData read(Path xlsx) throws IOException {
        FileData f = new FileData();
        f.name = xlsx.getFileName().toString();
        String[] parts = f.name.replace(".xlsx", "").split("-");
        f.year = Integer.parseInt(parts[1]);
        f.regionLabel = Map.of("nord", "Nord", "mitt", "Mitt", "bergslagen", "Bergslagen", "stockholm", "Stockholm",
                "ost", "Öst", "vast", "Väst", "syd", "Syd").get(parts[0]);
        List<List<String>> table = new ArrayList<>();
        List<Integer> rowNums = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            f.sheets = wb.getSheets().map(Sheet::getName).collect(Collectors.toList());
            for (Row r : wb.getFirstSheet().read()) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    Cell cell = r.getCell(c);
                    values.add(cell == null || cell.getType() == CellType.EMPTY ? ""
                            : cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString()
                            : cell.getText());
                }
                if (values.stream().anyMatch(v -> !v.isEmpty())) {
                    table.add(values);
                    rowNums.add(r.getRowNum());
                }
            }
        }
        int h = 0;
        while (!table.get(h).stream().map(CoordinatorSampleInputsTest::fold).collect(Collectors.toList())
                .contains("arende_id")) {
            h++;
        }
        f.headerRow = rowNums.get(h);
        f.title = h > 0 ? table.get(0).get(0) : null;
        f.rawHeader = table.get(h);
        f.header = f.rawHeader.stream().map(CoordinatorSampleInputsTest::fold).collect(Collectors.toList());
        for (List<String> row : table.subList(h + 1, table.size())) {
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < f.header.size(); c++) {
                m.put(f.header.get(c), c < row.size() ? row.get(c).strip() : "");
            }
            Case k = new Case();
            k.file = f.name;
            k.values = f.header.stream().map(m::get).collect(Collectors.toList());
            k.id = m.get("arende_id");
            k.polisregion = m.get("polisregion");
            k.region = k.polisregion.replaceFirst("^Polisregion ", "");
            k.year = Integer.parseInt(m.get("ar"));
            k.kon = m.get("kon");
            if (f.header.contains("alder")) {
                String a = m.get("alder");
                k.age = a.isEmpty() ? 'U' : Integer.parseInt(a) < 18 ? 'C' : 'A';
            } else {
                k.age = switch (m.get("aldersgrupp")) {
                    case "Vuxen" -> 'A';
                    case "Barn" -> 'C';
                    case "Okänd" -> 'U';
                    default -> throw new AssertionError("aldersgrupp '" + m.get("aldersgrupp") + "' in " + f.name);
                };
            }
            k.rawFormText = m.get("exploateringsform");
            k.rawForm = form(k.rawFormText);
            k.form = k.rawForm;
            k.misstanke = m.get("misstanke");
            k.bransch = m.get("bransch");
            k.aktor = m.get("hanvisande_aktor");
            k.land = m.get("ursprungsland");
            k.akc = m.get("upptackt_via_akc");
            k.barnSverige = m.get("narstaende_barn_i_sverige").isEmpty() ? 0
                    : Integer.parseInt(m.get("narstaende_barn_i_sverige"));
            k.barnAnnatLand = m.get("narstaende_barn_i_annat_land").isEmpty() ? 0
                    : Integer.parseInt(m.get("narstaende_barn_i_annat_land"));
            f.allRows.add(k);
        }
        f.rows = new ArrayList<>(f.allRows);
        Case last = f.allRows.get(f.allRows.size() - 1);
        if (f.allRows.stream().filter(c -> c.id.equals(last.id) && c.values.equals(last.values)).count() == 2) {
            f.rows.remove(f.rows.size() - 1); // the pipeline quarantines the second occurrence
        }
        return f;
    }

    /** Header folding as in the input contract: case, å/ä→a, ö→o, é→e, separator runs → one {@code _}. */
    static String fold(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace('é', 'e')
                .replaceAll("[\\s_\\-./]+", "_");
    }

    /** The exploitation forms as people type them → the Tabell 1 row. */
    static String form(String text) {
        String f = fold(text);
        return switch (f) {
            case "sexuella_andamal", "sexuell_exploatering" -> "Sexuella ändamål";
            case "arbetskraft", "arbetskraftsexploatering" -> "Arbetskraft";
            case "kriminella_andamal", "kriminalitet" -> "Kriminella ändamål";
            case "tiggeri" -> "Tiggeri";
            case "hushallsarbete" -> "Hushållsarbete";
            case "tvangsaktenskap" -> "Tvångsäktenskap";
            case "organhandel" -> "Organhandel";
            case "krigstjanstgoring" -> "Krigstjänstgöring";
            case "multipel_exploatering", "multipel" -> "Multipel exploatering";
            case "annat" -> "Annat";
            case "ej_redovisat", "vet_ej" -> "Ej redovisat";
            default -> throw new AssertionError("unknown exploateringsform '" + text + "'");
        };
    }

    static String tabell2Row(Case c) {
        if (c.age == 'C') {
            return switch (c.kon) {
                case "Kvinna" -> "Barn / Flickor";
                case "Man" -> "Barn / Pojkar";
                case "Okänt" -> "Barn / Okänt";
                default -> throw new AssertionError(c.kon + " child");
            };
        }
        return switch (c.kon) { // unknown age counted among adults, as published
            case "Kvinna" -> "Vuxna / Kvinnor";
            case "Man" -> "Vuxna / Män";
            case "Annan könsidentitet" -> "Vuxna / Annan könsidentitet";
            case "Okänt" -> "Vuxna / Okänt";
            default -> throw new AssertionError(c.kon);
        };
    }

    /** {K adult, K unknown age, girls, M adult, M unknown age, boys, unknown sex}. */
    static int[] sexAge(List<Case> cases) {
        int[] out = new int[7];
        for (Case c : cases) {
            int i = switch (c.kon) {
                case "Kvinna" -> c.age == 'A' ? 0 : c.age == 'U' ? 1 : 2;
                case "Man" -> c.age == 'A' ? 3 : c.age == 'U' ? 4 : 5;
                default -> 6;
            };
            out[i]++;
        }
        return out;
    }

    static void assertCountry(List<Case> y, String land, int adults, int children, int unknown) {
        List<Case> l = y.stream().filter(c -> c.land.equals(land)).collect(Collectors.toList());
        assertThat(l).as("2024 %s", land).hasSize(adults + children + unknown);
        assertThat(count(l, c -> c.age == 'A')).as("2024 %s adults", land).isEqualTo(adults);
        assertThat(count(l, c -> c.age == 'C')).as("2024 %s children", land).isEqualTo(children);
        assertThat(count(l, c -> c.age == 'U')).as("2024 %s unknown age", land).isEqualTo(unknown);
    }

    static List<CSVRecord> readCorrections() throws IOException {
        try (Reader r = Files.newBufferedReader(KORRIGERINGAR, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                     .get().parse(r)) {
            return p.getRecords();
        }
    }

    static List<Case> year(List<Case> cases, int year) {
        return cases.stream().filter(c -> c.year == year).collect(Collectors.toList());
    }

    static long count(List<Case> cases, Predicate<Case> p) {
        return cases.stream().filter(p).count();
    }

    static Map<String, Long> countBy(List<Case> cases, Function<Case, String> key) {
        return cases.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    static Map<String, Long> toLong(Map<String, Integer> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, (long) v));
        return out;
    }

    static List<String> xlsxNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted()
                    .collect(Collectors.toList());
        }
    }


}
