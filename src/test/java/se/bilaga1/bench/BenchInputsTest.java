package se.bilaga1.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.bra.Lagrum;
import se.bilaga1.migrationsverket.Tillstand;

import se.bilaga1.testsupport.ReferenceData;

/**
 * Keeps the bench's generators and floors from rotting (bench/run is not part of {@code mvn verify}): each
 * generator at a small size, twice, must give the same bytes, the row counts asked for, values the contract and
 * the pipeline's own parsers accept, and the read floors must agree with the generator on rows and sums.
 */
class BenchInputsTest {

    static final int ROWS = 1000;
    static final int PERMITS = 1000;
    static final int CASES = 700;

    @TempDir
    Path tmp;

    @Test
    void twoRunsGiveTheSameBytesAndTheAskedRows() throws IOException {
        List<String> kommuner = Kommunkoder.read(ReferenceData.KOMMUNER);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        List<BenchInputs.Generated> first = BenchInputs.write(a, ROWS, PERMITS, CASES, kommuner);
        BenchInputs.write(b, ROWS, PERMITS, CASES, kommuner);

        // deterministic: the same SHA-256 for every file, and 21 files in all
        String sums = Files.readString(a.resolve(BenchInputs.SUMS));
        assertThat(Files.readString(b.resolve(BenchInputs.SUMS))).isEqualTo(sums);
        assertThat(sums.lines()).hasSize(4 + BraDetailGenerator.FILE_YEARS + CoordinatorGenerator.REGIONS.size());
        for (String line : sums.lines().toList()) {
            String file = line.substring(66);
            assertThat(BenchInputs.sha256(a.resolve(file))).as(file).isEqualTo(line.substring(0, 64))
                    .isEqualTo(BenchInputs.sha256(b.resolve(file)));
        }
        assertThat(first).extracting(BenchInputs.Generated::rows).containsExactly((long) ROWS, (long) ROWS,
                (long) Math.min(ROWS, BraDetailGenerator.XLS_MAX_ROWS), (long) ROWS, (long) PERMITS, (long) CASES);
        assertThat(Floors.readXls(a.resolve(BenchInputs.BRA_XLS), true)).as("the .xls floor reads its rows and sum")
                .containsExactly(first.get(2).rows(), first.get(2).sum());

        braDetail(a, kommuner, first.get(0).sum());
        braPerYear(a, first.get(3));
        migrationsverket(a);
        regionkoordinatorer(a);
    }

    private void braDetail(Path dir, List<String> kommuner, long sum) throws IOException {
        Path csv = dir.resolve(BenchInputs.BRA_CSV);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(ROWS + 1);
        assertThat(lines.get(0)).isEqualTo("ar;manad;kommunkod;lagrum;brottstyp;antal");
        Set<String> keys = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            assertThat(f).hasSize(6);
            assertThat(Integer.parseInt(f[0])).isBetween(1990, 2100);
            assertThat(Integer.parseInt(f[1])).isBetween(1, 12);
            assertThat(kommuner).contains(f[2]);
            assertThat(Lagrum.parse(f[3])).as(f[3]).isPresent();
            assertThat(f[5]).matches("[1-9]\\d{0,2}( \\d{3})*");
            assertThat(keys.add(f[0] + ";" + f[1] + ";" + f[2] + ";" + Lagrum.parse(f[3]).get())).as("unique " + line).isTrue();
        }
        // the read floors see the generator's rows and sums, in the xlsx and the CSV alike
        Path xlsx = dir.resolve(BenchInputs.BRA_XLSX);
        assertThat(Floors.readCsv(csv, StandardCharsets.UTF_8, true)).containsExactly(ROWS, sum);
        assertThat(Floors.readXlsx(xlsx, true)).containsExactly(ROWS, sum);
        // as Excel writes it: text in the shared-strings table
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(zip.getEntry("xl/sharedStrings.xml")).isNotNull();
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("t=\"s\"").doesNotContain("inlineStr");
        }
    }

    /** Ten files, 2015–2024, each holding the rows of the year in its name: the ten partitions of one Brå load. */
    private void braPerYear(Path dir, BenchInputs.Generated tioar) throws IOException {
        assertThat(tioar.files()).hasSize(BraDetailGenerator.FILE_YEARS);
        long rows = 0;
        for (int i = 0; i < tioar.files().size(); i++) {
            int year = 2015 + i;
            assertThat(tioar.files().get(i)).isEqualTo("bra/anmalda-brott-detalj-" + year + ".csv");
            List<String> lines = Files.readAllLines(dir.resolve(tioar.files().get(i)), StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo(BraDetailGenerator.HEADER);
            assertThat(lines.subList(1, lines.size())).as(tioar.files().get(i)).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith(year + ";"));
            rows += lines.size() - 1;
        }
        assertThat(rows).isEqualTo(ROWS);
        List<Path> files = tioar.files().stream().map(dir::resolve).toList();
        long sum = 0;
        for (Path f : files) {
            sum += Floors.readCsv(f, StandardCharsets.UTF_8, true)[1];
        }
        assertThat(sum).isEqualTo(tioar.sum());
    }

    /** Past 35 years (10,000,000 rows) a cell is drawn from more than once: still exactly the rows asked, in 1990–2024. */
    @Test
    void moreRowsThanTheYearsHoldDrawEachCellMoreThanOnce() throws IOException {
        assertThat(BraDetailGenerator.years(10_000_000)).isEqualTo(BraDetailGenerator.MAX_YEARS);
        assertThat(BraDetailGenerator.years(1_000_000)).isEqualTo(11);
        List<String> kommuner = Kommunkoder.read(ReferenceData.KOMMUNER);
        long[] seen = {0};
        Set<Integer> years = new HashSet<>();
        BraDetailGenerator.rows(200_000, kommuner, 1, r -> {
            seen[0]++;
            years.add(r.ar());
        });
        assertThat(seen[0]).isEqualTo(200_000);
        assertThat(years).containsExactly(2024);
    }

    private void migrationsverket(Path dir) throws IOException {
        Path csv = dir.resolve(BenchInputs.MIGRATIONSVERKET_CSV);
        byte[] bytes = Files.readAllBytes(csv);
        boolean utf8 = true;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            utf8 = false;
        }
        assertThat(utf8).as("Windows-1252 with å/ä/ö is not valid UTF-8").isFalse();
        String text = new String(bytes, MigrationsverketGenerator.CHARSET);
        assertThat(text).startsWith(MigrationsverketGenerator.HEADER + "\r\n").contains("Åklagarmyndigheten", "Väst");
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines).hasSize(PERMITS + 2).last().isEqualTo(""); // CRLF after every line
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        String previous = "";
        for (String line : lines.subList(1, PERMITS + 1)) {
            String[] f = line.split(";", -1);
            assertThat(f).hasSize(8);
            assertThat(Tillstand.fromLagrum(f[2])).as(f[2]).isPresent();
            assertThat(f[0] + f[1]).isGreaterThanOrEqualTo(previous); // sorted by date, then person
            previous = f[0] + f[1];
        }
        assertThat(Floors.readCsv(csv, MigrationsverketGenerator.CHARSET, false)).containsExactly(PERMITS, PERMITS);
    }

    private void regionkoordinatorer(Path dir) throws IOException {
        long rows = 0;
        for (CoordinatorGenerator.Region r : CoordinatorGenerator.REGIONS) {
            Path file = CoordinatorGenerator.file(dir.resolve(BenchInputs.REGION_DIR), r);
            List<String[]> cases = new ArrayList<>();
            Floors.forEachXlsxRow(file, cases::add);
            Set<String> ids = new HashSet<>();
            for (String[] c : cases) {
                assertThat(c).hasSize(13);
                assertThat(ids.add(c[0])).as("arende_id unique in " + file.getFileName()).isTrue();
                assertThat(c[1]).isEqualTo(r.label());
            }
            rows += cases.size();
        }
        assertThat(rows).isEqualTo(CASES);
    }

    @Test
    void theGridGrowsWithTheRows() {
        assertThat(BraDetailGenerator.years(10_000)).isEqualTo(1);
        assertThat(BraDetailGenerator.years(100_000)).isEqualTo(2);
        assertThat(BraDetailGenerator.years(1_000_000)).isEqualTo(11);
        assertThat(CoordinatorGenerator.split(50_000)).containsExactly(3500, 3500, 4000, 15000, 5000, 11000, 8000);
        assertThat(java.util.Arrays.stream(CoordinatorGenerator.split(1001)).sum()).isEqualTo(1001);
        assertThat(BraDetailGenerator.swedish(999)).isEqualTo("999");
        assertThat(BraDetailGenerator.swedish(1234)).isEqualTo("1 234");
        assertThat(BraDetailGenerator.swedish(1234567)).isEqualTo("1 234 567");
    }
}
