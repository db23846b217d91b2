package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.testsupport.DetailSumsCheck;
import se.bilaga1.warehouse.OffenceCounts;

/**
 * The marts read Brå's detail through the per-file sums the load step keeps, not the rows: the sums must be what the
 * rows give, on the samples and on generated detail spread over many chunks, bad rows and a replaced file included.
 */
class DetailSumsIT extends DeliveryTestBase {

    static final String HEADER = "ar;manad;kommunkod;lagrum;brottstyp;antal";
    static final List<String> LAGRUM = List.of("BrB 6:11", "BrB 4:1a", "BrB 4:1b", "BrB 6:9", "BrB 6:12");
    static final List<String> KOMMUNER = List.of("0180", "1280", "1480", "0114", "0331", "2580");

    @Autowired
    OffenceCounts offences;

    @Test
    void onTheSamplesTheSumsAreTheRows() throws Exception {
        Files.createDirectories(input.resolve("bra"));
        for (String name : List.of("anmalda-brott-detalj-2024.csv", "anmalda-brott-2020-2024.xlsx")) {
            Files.copy(Path.of("input", "bra", name), input.resolve("bra").resolve(name));
        }

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(count("SELECT COUNT(*) FROM bra_detail_sum")).isPositive();
        assertThat(count(DetailSumsCheck.DISAGREEING)).isZero();
    }

    @Test
    void onGeneratedDetailOverManyChunksWithBadRowsAndAReplacedFileTheSumsAreTheRows() throws Exception {
        long sum2023 = detail("anmalda-brott-detalj-2023.csv", 2023, 12_000, 1);
        long sum2024 = detail("anmalda-brott-detalj-2024.csv", 2024, 12_000, 2);

        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(count(DetailSumsCheck.DISAGREEING)).isZero();
        assertThat(totalOf(2023)).isEqualTo(sum2023);
        assertThat(totalOf(2024)).isEqualTo(sum2024);
        assertThat(count("SELECT COUNT(*) FROM quarantine_row")).as("the bad rows went to quarantine").isPositive();

        long replaced = detail("anmalda-brott-detalj-2024.csv", 2024, 7_000, 3);
        assertThat(rebuild.rebuild(2024, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(count(DetailSumsCheck.DISAGREEING)).isZero();
        assertThat(totalOf(2024)).isEqualTo(replaced);
        assertThat(count("SELECT COUNT(*) FROM bra_detail_sum d JOIN source_file f ON f.id = d.source_file_id"
                + " WHERE f.status <> 'LOADED'")).as("a replaced file's sums go with its rows").isZero();
    }

    /** The 2024 detail's sum over the statutes, as the marts see it. */
    private long totalOf(int year) {
        return offences.detailSums().values().stream().filter(c -> c.ar() == year).map(OffenceCounts.Count::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).longValueExact();
    }

    /** Writes {@code rows} detail rows of {@code year} (every 997th one bad) and returns the sum of the good ones. */
    private long detail(String name, int year, int rows, long seed) throws Exception {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        long sum = 0;
        for (int i = 0; i < rows; i++) {
            int antal = 1 + random.nextInt(9);
            String lagrum = LAGRUM.get(random.nextInt(LAGRUM.size()));
            String kommun = KOMMUNER.get(random.nextInt(KOMMUNER.size()));
            boolean bad = i % 997 == 996;
            lines.add(year + ";" + (1 + random.nextInt(12)) + ";" + kommun + ";" + lagrum + ";;" + (bad ? "x" : antal));
            sum += bad ? 0 : antal;
        }
        Files.createDirectories(input.resolve("bra"));
        Files.write(input.resolve("bra").resolve(name), lines, StandardCharsets.UTF_8);
        return sum;
    }
}
