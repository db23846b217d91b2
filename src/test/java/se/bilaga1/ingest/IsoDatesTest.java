package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "2024-03-05",
            " 2024-03-05 ",
            "2024-03-05 00:00:00",
            "2024-03-05T10:15",
            "2024-03-05T10:15:30",
            "2024-03-05 10:15:30.250",
    })
    void anIsoDateWithOrWithoutATimeIsThatDay(String raw) {
        assertThat(IsoDates.parse(raw)).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"2024-02-30", "2024-13-01", "2023-02-29", "05/03/2024", "2024-3-5", "5 mars 2024",
            "2024-03-05 kl 10", "   "})
    void anythingElseIsAnErrorSayingWhatWasExpected(String raw) {
        assertThatThrownBy(() -> IsoDates.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + raw + "' is not a date: expected an ISO date such as 2024-03-05");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"45361", "20240305", " 45361.5"})
    void aNumberIsAnErrorSayingItIsANumberAndWhatWasExpected(String raw) {
        assertThatThrownBy(() -> IsoDates.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + raw + "' is a number, not a date (a day number whose cell is not formatted as a date?):"
                        + " expected an ISO date such as 2024-03-05, or a cell formatted as a date");
    }

    @Test
    void aLeapDayIsADate() {
        assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
