package se.bilaga1.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the Migrationsverket sample in {@code input/migrationsverket/} against its generator and, with a small
 * parser of its own, against the report's Tabell 5 (and the persons in its note) and Tabell 6.
 * Regenerate the committed file with
 * {@code mvn -B test -Dtest=MigrationsverketSampleInputsTest -Dsamples.write=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationsverketSampleInputsTest {

    static final Path COMMITTED = Path.of("input/migrationsverket");
    static final Path COMMITTED_CSV = COMMITTED.resolve(MigrationsverketSampleInputs.CSV);
    static final Charset CP1252 = Charset.forName("windows-1252");

    static final String HEADER =
            "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;polisregion";
    static final Set<String> REGIONS = Set.of("Nord", "Mitt", "Bergslagen", "Stockholm", "Öst", "Väst", "Syd");

    /**
     * The report's figures, written out again independently of the generator:
     * year, bevisperson K, M, betänketid K, M, persons K, M, betänketid Åkl, Polis, Socialnämnd, varav RK.
     */
    static final int[][] EXPECTED = {
            {2022, 22, 94, 12, 8, 30, 55, 5, 10, 5, 0},
            {2023, 16, 46, 14, 8, 29, 42, 6, 6, 10, 7},
            {2024, 14, 27, 23, 15, 30, 26, 8, 13, 17, 11},
    };

    @Test
    void committedCsvIsByteIdenticalToGenerated(@TempDir Path tmp) throws IOException {
        MigrationsverketSampleInputs.writeAll(tmp);
        Path generated = tmp.resolve(MigrationsverketSampleInputs.CSV);
        assertThat(COMMITTED_CSV).exists();
        assertThat(Files.mismatch(COMMITTED_CSV, generated))
                .as("committed %s differs from the generator's output; regenerate with "
                        + "mvn -B test -Dtest=MigrationsverketSampleInputsTest -Dsamples.write=true", COMMITTED_CSV)
                .isEqualTo(-1L);
    }

    @Test
    void committedCsvIsWindows1252WithCrlfAndNoBom() throws IOException {
        byte[] bytes = Files.readAllBytes(COMMITTED_CSV);
        assertThat(bytes.length).isGreaterThan(3);
        assertThat(bytes[0]).as("no BOM").isNotEqualTo((byte) 0xEF);
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)))
                .as("the file must not be valid UTF-8")
                .isInstanceOf(CharacterCodingException.class);

        String text = CP1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(text).startsWith(HEADER + "\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(text).contains("Åklagarmyndigheten", "Socialnämnd eller motsvarande", "första stycket",
                "5 kap. 15 § 2 st. UtL");
        // real cp1252 bytes: Å = C5, ä = E4, § = A7
        assertThat(indexOf(bytes, "Åklagarmyndigheten".getBytes(CP1252))).isNotNegative();
        assertThat(indexOf(bytes, new byte[] {(byte) 0xC5, 'k', 'l', 'a', 'g'})).isNotNegative();
        assertThat(indexOf(bytes, new byte[] {'n', (byte) 0xE4, 'm', 'n', 'd'})).isNotNegative();
        assertThat(indexOf(bytes, new byte[] {'1', '5', ' ', (byte) 0xA7})).isNotNegative();
    }

    @Test
    void committedCsvReproducesTabell5AndTabell6() throws IOException {
        List<Row> rows = read(COMMITTED_CSV);
        assertThat(rows).hasSize(136 + 84 + 79);

        Set<String> lagrumSpellings = new HashSet<>();
        for (Row r : rows) {
            lagrumSpellings.add(r.lagrum);
            assertThat(r.kon).isIn("Kvinna", "Man");
            assertThat(r.forlangning).isIn("Ja", "Nej");
            assertThat(r.personLopnr).matches("MV-\\d{6}");
            assertThat(r.beslutsdatum.getDayOfWeek().getValue()).as("weekday of %s", r).isLessThan(6);
            assertThat(REGIONS).as("polisregion of %s", r).contains(r.polisregion);
            assertThat(r.sokandePart).isIn("Åklagarmyndigheten", "Polismyndigheten", "Socialnämnd eller motsvarande",
                    "åklagarmyndigheten", "Polisen", "socialnämnden");
            if (applicant(r.sokandePart) == 'S') {
                assertThat(r.viaRegionkoordinator).as("via_regionkoordinator of %s", r).isIn("Ja", "Nej");
            } else {
                assertThat(r.viaRegionkoordinator).as("via_regionkoordinator of %s", r).isEmpty();
            }
            if (kind(r.lagrum) == 'B') {
                assertThat(applicant(r.sokandePart)).as("applicant of a witness permit %s", r).isIn('A', 'P');
            }
        }
        assertThat(lagrumSpellings).containsExactlyInAnyOrder(
                "5 kap. 15 § 1 st. UtL", "5 kap. 15 § första stycket utlänningslagen", "första stycket",
                "5 kap. 15 § 2 st. UtL", "5 kap. 15 § andra stycket utlänningslagen", "andra stycket");

        // sorted by beslutsdatum then person_lopnr, no exact duplicates of (date, person)
        for (int i = 1; i < rows.size(); i++) {
            Row a = rows.get(i - 1);
            Row b = rows.get(i);
            int c = a.beslutsdatum.compareTo(b.beslutsdatum);
            assertThat(c < 0 || c == 0 && a.personLopnr.compareTo(b.personLopnr) < 0)
                    .as("order at data line %d", i + 1).isTrue();
        }

        for (int[] e : EXPECTED) {
            int year = e[0];
            List<Row> y = rows.stream().filter(r -> r.beslutsdatum.getYear() == year).collect(Collectors.toList());
            assertThat(count(y, 'B', "Kvinna")).as("%d bevisperson Kvinna", year).isEqualTo(e[1]);
            assertThat(count(y, 'B', "Man")).as("%d bevisperson Man", year).isEqualTo(e[2]);
            assertThat(count(y, 'T', "Kvinna")).as("%d betänketid Kvinna", year).isEqualTo(e[3]);
            assertThat(count(y, 'T', "Man")).as("%d betänketid Man", year).isEqualTo(e[4]);

            Map<String, Set<String>> sexes = new HashMap<>();
            for (Row r : y) {
                sexes.computeIfAbsent(r.personLopnr, k -> new HashSet<>()).add(r.kon);
            }
            assertThat(sexes.entrySet().stream().filter(en -> en.getValue().size() > 1).map(Map.Entry::getKey))
                    .as("%d persons with two sexes", year).isEmpty();
            long kvinnor = sexes.values().stream().filter(s -> s.contains("Kvinna")).count();
            long man = sexes.values().stream().filter(s -> s.contains("Man")).count();
            assertThat(kvinnor).as("%d persons Kvinna", year).isEqualTo(e[5]);
            assertThat(man).as("%d persons Man", year).isEqualTo(e[6]);
            assertThat(sexes).as("%d persons total", year).hasSize(e[5] + e[6]);

            List<Row> t = y.stream().filter(r -> kind(r.lagrum) == 'T').collect(Collectors.toList());
            assertThat(t.stream().filter(r -> applicant(r.sokandePart) == 'A').count())
                    .as("%d betänketid Åklagarmyndigheten", year).isEqualTo(e[7]);
            assertThat(t.stream().filter(r -> applicant(r.sokandePart) == 'P').count())
                    .as("%d betänketid Polismyndigheten", year).isEqualTo(e[8]);
            assertThat(t.stream().filter(r -> applicant(r.sokandePart) == 'S').count())
                    .as("%d betänketid Socialnämnd", year).isEqualTo(e[9]);
            assertThat(t.stream().filter(r -> applicant(r.sokandePart) == 'S')
                    .filter(r -> r.viaRegionkoordinator.equals("Ja")).count())
                    .as("%d betänketid via regionkoordinator", year).isEqualTo(e[10]);
            assertThat(y.stream().filter(r -> r.viaRegionkoordinator.equals("Ja")).count())
                    .as("%d via_regionkoordinator=Ja on any row", year).isEqualTo(e[10]);

            // a person's first permit in the year is not an extension, later ones are
            Map<String, List<Row>> byPerson = y.stream()
                    .collect(Collectors.groupingBy(r -> r.personLopnr, TreeMap::new, Collectors.toList()));
            byPerson.forEach((p, rs) -> {
                for (int i = 0; i < rs.size(); i++) {
                    assertThat(rs.get(i).forlangning).as("forlangning of %s permit %d", p, i + 1)
                            .isEqualTo(i == 0 ? "Nej" : "Ja");
                }
            });
            if (year == 2024) {
                assertThat(byPerson.values().stream().anyMatch(rs -> rs.size() >= 3))
                        .as("a person with three permits in 2024").isTrue();
                long stockholm = t.stream().filter(r -> r.polisregion.equals("Stockholm")).count();
                assertThat(stockholm).as("2024 betänketid from Stockholm (more than half of %d)", t.size())
                        .isGreaterThan(19).isGreaterThan(t.size() / 2);
            }
            if (year == 2022) {
                assertThat(t.stream().filter(r -> applicant(r.sokandePart) == 'S').map(r -> r.beslutsdatum))
                        .as("2022 Socialnämnd betänketid dated from August 2022")
                        .allMatch(d -> !d.isBefore(LocalDate.of(2022, 8, 1)));
            }
        }
    }

    /** Regenerates the committed file: {@code mvn -B test -Dtest=MigrationsverketSampleInputsTest -Dsamples.write=true}. */
    @Test
    @Order(0) // with -Dsamples.write=true, write first so the other tests check the fresh file
    void writeCommittedFiles() {
        assumeTrue(Boolean.getBoolean("samples.write"), "set -Dsamples.write=true to regenerate input/migrationsverket/");
        MigrationsverketSampleInputs.writeAll(COMMITTED);
        assertThat(COMMITTED_CSV).exists();
    }

    // ------------------------------------------------------------------ a small parser of our own

    record Row(LocalDate beslutsdatum, String personLopnr, String lagrum, String forlangning, String kon,
               String sokandePart, String viaRegionkoordinator, String polisregion) {
    }

    static List<Row> read(Path csv) throws IOException {
        String text = new String(Files.readAllBytes(csv), CP1252);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo(HEADER);
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(";", -1);
            assertThat(f).as("fields on line %d", i + 1).hasSize(8);
            out.add(new Row(LocalDate.parse(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }
        return out;
    }

    /** 'B' = 1 st. (bevisperson), 'T' = 2 st. (betänketid). */
    static char kind(String lagrum) {
        String l = lagrum.toLowerCase(Locale.ROOT);
        if (l.contains("1 st.") || l.contains("första stycket")) {
            return 'B';
        }
        if (l.contains("2 st.") || l.contains("andra stycket")) {
            return 'T';
        }
        throw new AssertionError("unrecognised lagrum '" + lagrum + "'");
    }

    /** 'A' = Åklagarmyndigheten, 'P' = Polismyndigheten, 'S' = Socialnämnd eller motsvarande. */
    static char applicant(String sokande) {
        String s = sokande.toLowerCase(Locale.ROOT);
        if (s.startsWith("åklagar")) {
            return 'A';
        }
        if (s.startsWith("polis")) {
            return 'P';
        }
        if (s.startsWith("socialnämnd")) {
            return 'S';
        }
        throw new AssertionError("unrecognised sokande_part '" + sokande + "'");
    }

    static long count(List<Row> rows, char kind, String kon) {
        return rows.stream().filter(r -> kind(r.lagrum) == kind && r.kon.equals(kon)).count();
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
