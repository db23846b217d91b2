package se.bilaga1.bra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FotnotsteckenTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}'' + ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "1 055¹             | 1 055             | ¹",
            "185*               | 185               | *",
            "185**              | 185               | **",
            "185 ²)             | 185               | ²)",
            "185 2)             | 185               | 2)",
            "185 (3)            | 185               | (3)",
            "185¹²              | 185               | ¹²",
            "..¹                | ..                | ¹",
            "Män²               | Män               | ²",
            "4 kap. 1 a § BrB¹  | 4 kap. 1 a § BrB  | ¹",
            "Totalt *           | Totalt            | *",
    })
    void aTrailingMarkIsSplitOff(String raw, String text, String mark) {
        Fotnotstecken.Split split = Fotnotstecken.split(raw);
        assertThat(split.text()).isEqualTo(text);
        assertThat(split.mark()).isEqualTo(mark);
    }

    @Test
    void aCellOfThousandsOfSpacesAndDigitsIsSplitInLinearTime() {
        String giant = "1 ".repeat(16_000) + "9".repeat(30_000) + " 2)";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 100; i++) {
                assertThat(Fotnotstecken.split(giant).mark()).isEqualTo("2)");
                assertThat(Fotnotstecken.split(" ".repeat(30_000) + "*").marked()).isFalse();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 055", "185", "*", "¹", "2)", "1 0552)", "(185)", "Människohandel (1a §)", "BrB 4 kap.",
            "", "12,5"})
    void noMarkOrAMarkAloneIsLeftWhole(String raw) {
        Fotnotstecken.Split split = Fotnotstecken.split(raw);
        assertThat(split.marked()).isFalse();
        assertThat(split.text()).isEqualTo(raw.strip());
    }
}
