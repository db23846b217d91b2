package se.bilaga1.migrationsverket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of 5 kap. 15 § UtL the extracts use, and the texts that are not one of its two permits. */
class TillstandTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "5 kap. 15 § 1 st. UtL",
            "5 kap. 15 § första stycket utlänningslagen",
            "första stycket",
            "Första stycket",
            "FÖRSTA STYCKET",
            "5 kap 15 § 1 st",
            "5 kap. 15 § 1 stycket",
            "5:15 1 st.",
            "5\u00A0kap.\u00A015\u00A0§\u00A01\u00A0st.\u00A0UtL",
            "bevisperson",
            "Bevisperson",
    })
    void firstParagraphIsAWitnessPermit(String lagrum) {
        assertThat(Tillstand.fromLagrum(lagrum)).hasValue(Tillstand.BEVISPERSON);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "5 kap. 15 § 2 st. UtL",
            "5 kap. 15 § andra stycket utlänningslagen",
            "andra stycket",
            "Andra stycket",
            "5 kap 15 § 2 st",
            "5:15 2 st.",
            "5:15 andra st.",
            "5:15 2:a st.",
            "betänketid",
            "Betänketid",
            "betanketid",
    })
    void secondParagraphIsAReflectionPeriod(String lagrum) {
        assertThat(Tillstand.fromLagrum(lagrum)).hasValue(Tillstand.BETANKETID);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            // another section of the same chapter, or another law
            "5 kap. 6 § 1 st. UtL",
            "5 kap. 6 § UtL",
            "4 kap. 1 a § BrB",
            "6 kap. 15 § 1 st. UtL",
            "5:6 2 st.",
            // 5 kap. 15 a § UtL is a section of its own (a permit after the investigation), not 15 §
            "5 kap. 15 a § 1 st. UtL",
            "5 kap. 15 a § andra stycket",
            "5:15a 1 st.",
            // a paragraph of 15 § that is neither
            "tredje stycket",
            "5 kap. 15 § 3 st. UtL",
            "5 kap. 15 § UtL",
            // both permits named: no way to tell which
            "5 kap. 15 § 1 st. och 2 st. UtL",
            "första eller andra stycket",
            "5 kap. 15 § första och andra stycket UtL",
            "5:15 1 och 2 st.",
            "bevisperson/betänketid",
    })
    void anythingElseIsNoPermitOf515(String lagrum) {
        assertThat(Tillstand.fromLagrum(lagrum)).isEmpty();
    }
}
