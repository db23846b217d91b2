package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Ja      | JA",
            "ja      | JA",
            "JA      | JA",
            "' Ja '  | JA",
            "J       | JA",
            "1       | JA",
            "Yes     | JA",
            "Nej     | NEJ",
            "NEJ     | NEJ",
            "N       | NEJ",
            "0       | NEJ",
            "No      | NEJ",
            "Vet ej  | VET_EJ",
            "vet ej  | VET_EJ",
            "VET EJ  | VET_EJ",
            "Vet_ej  | VET_EJ",
            "vet-ej  | VET_EJ",
    })
    void answersInEverySpelling(String raw, YesNo expected) {
        assertThat(YesNo.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void aBlankCellIsNoAnswer(String raw) {
        assertThat(YesNo.parse(raw)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Kanske", "2", "Jaa", "Nej tack", "x"})
    void anyOtherTextIsAnErrorNamingTheVocabulary(String raw) {
        assertThatThrownBy(() -> YesNo.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + raw + "' is not a yes/no answer: expected Ja, Nej or Vet ej (also J/N, 1/0, Yes/No)");
    }
}
