package se.bilaga1.bra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LagrumTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the report's one-cell style
            "4 kap. 1 a § BrB Människohandel                                                 | BrB 4:1a",
            "'4 kap. 1 b § BrB Människoexploatering, inkl. grovt'                             | BrB 4:1b",
            "6 kap. 9 § BrB Utnyttjande av barn under 18 år genom köp av sexuell handling.    | BrB 6:9",
            "6 kap. 11 § BrB Köp av sexuell tjänst                                            | BrB 6:11",
            "'6 kap. 12 § BrB Koppleri, grovt koppleri'                                       | BrB 6:12",
            // two cells (BrB 4 kap. + label with the section) read together
            "BrB 4 kap. Människohandel (1a §)                                                 | BrB 4:1a",
            "BrB 4 kap. Människoexploatering (1b §)                                           | BrB 4:1b",
            // colon style
            "BrB 4:1a                                                                         | BrB 4:1a",
            "4:1b                                                                             | BrB 4:1b",
            "BrB 6:11                                                                         | BrB 6:11",
            "BrB 6:12 Koppleri                                                                | BrB 6:12",
            "BrB 6 : 9                                                                        | BrB 6:9",
            // chapter and section without a label
            "BrB 4 kap. 1 a §                                                                 | BrB 4:1a",
            "4 kap. 1 a § BrB                                                                 | BrB 4:1a",
            "BrB 6 kap. 9 §                                                                   | BrB 6:9",
            "6 kap 11 §                                                                       | BrB 6:11",
            "6 kapitlet 12 § brottsbalken                                                     | BrB 6:12",
            "6 KAP. 11 § BrB                                                                  | BrB 6:11",
            "Utnyttjande av barn under 18 år genom köp av sexuell handling (6 kap. 9 § BrB)   | BrB 6:9",
            // utlänningslagen
            "5 kap. 15 § 1 st. UtL                                                            | UtL 5:15",
            "5 kap. 15 § 2 st. UtL                                                            | UtL 5:15",
            "5 kap. 15 § utlänningslagen                                                      | UtL 5:15",
    })
    void statutesNormaliseToTheirKey(String text, String key) {
        assertThat(Lagrum.parse(text)).contains(key);
    }

    @Test
    void eighteenYearsIsNotTheSection() {
        assertThat(Lagrum.parse("6 kap. 9 § BrB Utnyttjande av barn under 18 år genom köp av sexuell handling."))
                .hasValue("BrB 6:9");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "Totalt",
            "Källa: Brå",
            "Anm. Uppgifterna för 2024 är preliminära.",
            "Anmälda brott 2015–2024",
            "Människohandel",
            "2024-01-05",
            "12:30",
            "kl. 12:30",
            "08:15:00",
            "Tabell 5: 2024",
            "4 kap. Människohandel",   // chapter without a section
    })
    void textWithoutAStatuteIsEmpty(String text) {
        assertThat(Lagrum.parse(text)).isEmpty();
    }

    @Test
    void aLawNameInFrontMakesTheColonFormAStatute() {
        // "12:30" alone reads as a time; with the law in front it is taken as written.
        assertThat(Lagrum.parse("BrB 12:30")).contains("BrB 12:30");
        assertThat(Lagrum.parse("UtL 5:15")).contains("UtL 5:15");
    }

    @Test
    void aTimeElsewhereInTheLabelDoesNotHideTheStatute() {
        assertThat(Lagrum.parse("4 kap. 1 a § BrB Människohandel (uttag 2025-01-05 12:30)")).contains("BrB 4:1a");
    }

    @Test
    void aTotalRowIsToldFromAStatuteAndFromText() {
        assertThat(Lagrum.isTotal("Totalt")).isTrue();
        assertThat(Lagrum.isTotal("Summa")).isTrue();
        assertThat(Lagrum.isTotal("Samtliga brott")).isTrue();
        assertThat(Lagrum.isTotal("BrB 4 kap. totalt")).isTrue();
        assertThat(Lagrum.isTotal("Människohandel")).isFalse();
        assertThat(Lagrum.isTotal("Totaltid")).isFalse();
        assertThat(Lagrum.parse("Totalt")).isEmpty();
    }
}
