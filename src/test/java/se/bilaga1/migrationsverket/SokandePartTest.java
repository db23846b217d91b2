package se.bilaga1.migrationsverket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SokandePartTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Åklagarmyndigheten            | AKLAGARMYNDIGHETEN",
            "åklagarmyndigheten            | AKLAGARMYNDIGHETEN",
            "ÅKLAGARMYNDIGHETEN            | AKLAGARMYNDIGHETEN",
            "Åklagare                      | AKLAGARMYNDIGHETEN",
            "Polismyndigheten              | POLISMYNDIGHETEN",
            "Polisen                       | POLISMYNDIGHETEN",
            "polis                         | POLISMYNDIGHETEN",
            "Socialnämnd eller motsvarande | SOCIALNAMND",
            "socialnämnden                 | SOCIALNAMND",
            "Socialtjänsten                | SOCIALNAMND",
            "socialnamnd_eller_motsvarande | SOCIALNAMND",
    })
    void applicantsInEverySpelling(String raw, SokandePart expected) {
        assertThat(SokandePart.parse(raw)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Kustbevakningen", "Migrationsverket", "Tullverket", "X"})
    void anyOtherApplicantIsUnknown(String raw) {
        assertThat(SokandePart.parse(raw)).isEmpty();
    }

    @Test
    void labelsAreTabell6sRowNames() {
        assertThat(SokandePart.AKLAGARMYNDIGHETEN.label()).isEqualTo("Åklagarmyndigheten");
        assertThat(SokandePart.POLISMYNDIGHETEN.label()).isEqualTo("Polismyndigheten");
        assertThat(SokandePart.SOCIALNAMND.label()).isEqualTo("Socialnämnd eller motsvarande");
    }
}
