package se.bilaga1.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PolisregionTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Polisregion Stockholm | STOCKHOLM",
            "polisregion_stockholm | STOCKHOLM",
            "Stockholm             | STOCKHOLM",
            "Öst                   | OST",
            "ost                   | OST",
            "Polisregion Öst       | OST",
            "VÄST                  | VAST",
            "Väst                  | VAST",
            "Region Syd            | SYD",
            "Nord                  | NORD",
            "mitt                  | MITT",
            "Bergslagen            | BERGSLAGEN",
    })
    void regionsInEverySpelling(String raw, Polisregion expected) {
        assertThat(Polisregion.parse(raw)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Gotland", "Polisregion", "Öster", "Västra Götaland", "Stockholm Nord"})
    void anyOtherTextIsNoRegion(String raw) {
        assertThat(Polisregion.parse(raw)).isEmpty();
    }

    @Test
    void namesKeepTheirSwedishLetters() {
        assertThat(Polisregion.OST.namn()).isEqualTo("Öst");
        assertThat(Polisregion.VAST.namn()).isEqualTo("Väst");
        assertThat(Polisregion.vocabulary()).isEqualTo("Nord, Mitt, Bergslagen, Stockholm, Öst, Väst, Syd");
    }
}
