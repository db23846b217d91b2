package se.bilaga1.migrationsverket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KonTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Kvinna  | KVINNA",
            "kvinna  | KVINNA",
            "KVINNA  | KVINNA",
            "Kvinnor | KVINNA",
            "K       | KVINNA",
            "' k '   | KVINNA",
            "Man     | MAN",
            "man     | MAN",
            "M       | MAN",
            "Män     | MAN",
    })
    void womenAndMen(String raw, Kon expected) {
        assertThat(Kon.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Annan", "Annan könsidentitet", "Okänt", "Okänd", "okant", "Uppgift saknas", "X", "   "})
    void anythingElseIsUnknown(String raw) {
        assertThat(Kon.parse(raw)).isEqualTo(Kon.OKANT);
    }
}
