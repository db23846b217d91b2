package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.bilaga1.ingest.SwedishNumber.Marker;
import se.bilaga1.ingest.SwedishNumber.Parsed;

class SwedishNumberTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "1055",
            "1 055",           // ordinary space
            "1\u00A0055",      // no-break space
            "1\u2009055",      // thin space
            "1\u202F055",      // narrow no-break space
            "1\u2007055",      // figure space
            "  1 055  ",
            "\u00A01\u00A0055\u00A0",
    })
    void thousandsSeparatorsAreDropped(String raw) {
        Parsed parsed = SwedishNumber.parse(raw);
        assertThat(parsed.value()).isEqualByComparingTo("1055");
        assertThat(parsed.marker()).isEqualTo(Marker.NONE);
        assertThat(parsed.hasValue()).isTrue();
        assertThat(parsed.printedMarker()).isNull();
    }

    @Test
    void millionsWithSeveralGroups() {
        assertThat(SwedishNumber.parse("1\u00A0234\u00A0567").value()).isEqualByComparingTo("1234567");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12,5    | 12.5",
            "0,25    | 0.25",
            "1 055,75| 1055.75",
            "-3      | -3",
            "-3,5    | -3.5",
            "\u22123 | -3",   // U+2212 minus sign
            "0       | 0",
            "204.0   | 204.0", // xlsx cached formula value
    })
    void decimalCommaAndSign(String raw, String expected) {
        Parsed parsed = SwedishNumber.parse(raw);
        assertThat(parsed.value()).isEqualByComparingTo(expected);
        assertThat(parsed.marker()).isEqualTo(Marker.NONE);
    }

    @Test
    void decimalCommaKeepsItsScale() {
        assertThat(SwedishNumber.parse("12,5").value()).isEqualTo(new BigDecimal("12.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", " .. ", "\u00A0..\u00A0", "\u202F..\u202F"})
    void twoDotsAreMissing(String raw) {
        Parsed parsed = SwedishNumber.parse(raw);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.marker()).isEqualTo(Marker.MISSING);
        assertThat(parsed.hasValue()).isFalse();
        assertThat(parsed.printedMarker()).isEqualTo("..");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2013", "-", " \u2013 ", " - ", "\u2014", "\u2212"})
    void aDashAloneIsZero(String raw) {
        Parsed parsed = SwedishNumber.parse(raw);
        assertThat(parsed.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(parsed.marker()).isEqualTo(Marker.DASH_ZERO);
        assertThat(parsed.hasValue()).isTrue();
        assertThat(parsed.printedMarker()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t", "\u00A0", "\u2009", "\u202F", "\u2007", " \u202F\u00A0 "})
    void blankIsBlank(String raw) {
        Parsed parsed = SwedishNumber.parse(raw);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.marker()).isEqualTo(Marker.BLANK);
        assertThat(parsed.printedMarker()).isEqualTo("..");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12x", "1.2.3", "abc", "1,2,3", "--3", "3-", "+5", "...", "12 %", "1e3", ".5", "5."})
    void otherTextIsAnErrorNamingTheRawTextAndWhatWasExpected(String raw) {
        assertThatThrownBy(() -> SwedishNumber.parse(raw))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContaining("expected")
                .hasMessageContaining("'..'");
    }

    @Test
    void parseCountAcceptsWholeNumbersWithScaleZero() {
        Parsed grouped = SwedishNumber.parseCount("1 055");
        assertThat(grouped.value()).isEqualTo(new BigDecimal("1055"));
        assertThat(grouped.value().scale()).isZero();
        assertThat(grouped.marker()).isEqualTo(Marker.NONE);

        Parsed cached = SwedishNumber.parseCount("204.0");
        assertThat(cached.value()).isEqualTo(new BigDecimal("204"));
        assertThat(cached.value().scale()).isZero();

        Parsed thousand = SwedishNumber.parseCount("1000");
        assertThat(thousand.value()).isEqualTo(new BigDecimal("1000"));
        assertThat(thousand.value().toPlainString()).isEqualTo("1000");

        assertThat(SwedishNumber.parseCount("0").value()).isEqualTo(BigDecimal.ZERO);
        assertThat(SwedishNumber.parseCount("1\u202F805").value().longValueExact()).isEqualTo(1805L);
    }

    @Test
    void parseCountKeepsMarkers() {
        Parsed dash = SwedishNumber.parseCount("\u2013");
        assertThat(dash.value()).isEqualTo(BigDecimal.ZERO);
        assertThat(dash.marker()).isEqualTo(Marker.DASH_ZERO);

        Parsed missing = SwedishNumber.parseCount("..");
        assertThat(missing.value()).isNull();
        assertThat(missing.marker()).isEqualTo(Marker.MISSING);

        assertThat(SwedishNumber.parseCount("").marker()).isEqualTo(Marker.BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "-1", "0,1", "204.5", "-1 000"})
    void parseCountRejectsDecimalsAndNegatives(String raw) {
        assertThatThrownBy(() -> SwedishNumber.parseCount(raw))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContaining("whole number");
    }

    @Test
    void parseCountStillRejectsText() {
        assertThatThrownBy(() -> SwedishNumber.parseCount("abc"))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("'abc'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999", "99 999 999 999 999,5", "-00012345678901234", "0,000000000000000000001"})
    void upToFourteenDigitsBeforeTheCommaAreANumber(String raw) {
        assertThat(SwedishNumber.parse(raw).hasValue()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000000000000", "123 456 789 012 345", "-123456789012345,5"})
    void moreThanFourteenDigitsBeforeTheCommaAreTooLarge(String raw) {
        assertThatThrownBy(() -> SwedishNumber.parse(raw))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage("'" + raw + "' is too large: expected at most 14 digits before the decimal comma");
    }

    @Test
    void aMillionDigitsAreRefusedAtOnceAndTheMessageQuotesOnlyTheirStart() {
        String digits = "9".repeat(1_000_000);
        long started = System.nanoTime();
        assertThatThrownBy(() -> SwedishNumber.parseCount(digits))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage("'" + "9".repeat(40) + "…' is too large: expected at most 14 digits before the decimal comma");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
        assertThatThrownBy(() -> SwedishNumber.parse("x".repeat(1_000_000)))
                .hasMessageStartingWith("'" + "x".repeat(40) + "…' is not a number");
    }
}
