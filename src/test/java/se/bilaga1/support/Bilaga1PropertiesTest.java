package se.bilaga1.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The load steps' partition threads: as configured, else one per two cores and at least one. Their rows per chunk: as
 * configured, else by database.
 */
class Bilaga1PropertiesTest {

    @Test
    void workersAreAsConfiguredOrOnePerTwoCores() {
        assertThat(withWorkers(3).workers()).isEqualTo(3);
        assertThat(withWorkers(1).workers()).isEqualTo(1);
        assertThat(withWorkers(0).workers()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2))
                .isPositive();
    }

    @Test
    void chunkRowsAreAsConfiguredOrByDatabase() {
        assertThat(withChunk(10).chunkRows(true)).isEqualTo(10);
        assertThat(withChunk(10).chunkRows(false)).isEqualTo(10);
        assertThat(withChunk(0).chunkRows(true)).isEqualTo(10_000);
        assertThat(withChunk(0).chunkRows(false)).isEqualTo(5_000);
    }

    private static Bilaga1Properties withWorkers(int workers) {
        return with(5000, workers);
    }

    private static Bilaga1Properties withChunk(int chunkSize) {
        return with(chunkSize, 0);
    }

    private static Bilaga1Properties with(int chunkSize, int loadWorkers) {
        return new Bilaga1Properties(Path.of("input"), Path.of("output"), chunkSize, true, loadWorkers, 2, null, null,
                null, null, null);
    }
}
