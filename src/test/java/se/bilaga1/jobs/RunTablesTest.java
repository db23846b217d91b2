package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.bilaga1.warehouse.Bilaga1Tables;
import se.bilaga1.warehouse.YearTables;

/** A run's steps after the loads share one build of the year's tables; another run, or the same one ended, builds anew. */
class RunTablesTest {

    /** Counts its builds instead of reading a warehouse. */
    private static final class CountingTables extends Bilaga1Tables {
        int builds;

        CountingTables() {
            super(null, null, null, null, null);
        }

        @Override
        public YearTables year(int reportYear) {
            builds++;
            return new YearTables(reportYear, List.of(), List.of(), Optional.empty());
        }
    }

    private final CountingTables tables = new CountingTables();
    private final RunTables run = new RunTables(tables);

    @Test
    void theStepsOfOneRunShareOneBuild() {
        YearTables first = run.of(7L, 2024);

        assertThat(run.of(7L, 2024)).isSameAs(first);
        assertThat(tables.builds).isEqualTo(1);
    }

    @Test
    void anotherRunBuildsItsOwn() {
        YearTables first = run.of(7L, 2024);

        assertThat(run.of(8L, 2024)).isNotSameAs(first);
        assertThat(tables.builds).isEqualTo(2);
    }

    @Test
    void aRunThatEndedIsForgottenSoNothingStaleIsServed() {
        YearTables first = run.of(7L, 2024);
        run.forget(7L);

        assertThat(run.of(7L, 2024)).isNotSameAs(first);
        assertThat(tables.builds).isEqualTo(2);
    }

    @Test
    void aRunAskingForAnotherYearThanItBuiltIsAnError() {
        run.of(7L, 2024);

        assertThatThrownBy(() -> run.of(7L, 2023)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2024").hasMessageContaining("2023");
    }
}
