package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameYearTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "kommunenkat-2019.xlsx         | 2019",
            "kommunenkat-2019.xls          | 2019",
            "medel-2024.txt                | 2024",
            "kommunenkat-2023.csv          | 2023",
            "Kommunenkät 2021 svar.xlsx    | 2021",
            "brottsforebyggande_enkat_1990.csv | 1990",
            "enkat-2100.csv                | 2100",
            "enkat-2023-2023.csv           | 2023",
            "2024.csv                      | 2024",
    })
    void theOneYearInTheName(String fileName, int year) {
        assertThat(FileNameYear.of(fileName)).hasValue(year);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "enkat-2022-2024.csv",     // a span: which year?
            "data.csv",                // no year at all
            "x-1989.csv",              // before 1990
            "x-2101.csv",              // after 2100
            "enkat-20230115.csv",      // a date, not a year
            "enkat-12023.csv",         // five digits
            "kommunenkat-2019-2021.xlsx",
    })
    void noYearWhenTheNameHoldsNoneOrSeveral(String fileName) {
        assertThat(FileNameYear.of(fileName)).isEmpty();
    }

    @Test
    void aRowsYearIsCheckedAgainstTheYearOrSpanOfTheName() {
        FileNameYear.Span one = FileNameYear.span("nord-2024.xlsx").orElseThrow();
        assertThat(one.outside("ar", 2024)).isNull();
        assertThat(one.outside("ar", 2023)).isEqualTo("ar 2023 is not the year the file name nord-2024.xlsx gives:"
                + " expected 2024 (a row of another year belongs in a file of its own)");
        FileNameYear.Span span = FileNameYear.span("brottsforebyggande-enkat-2022-2024.csv").orElseThrow();
        assertThat(span.outside("ar", 2022)).isNull();
        assertThat(span.outside("ar", 2024)).isNull();
        assertThat(span.outside("ar", 2019)).contains("ar 2019", "expected 2022–2024");
        assertThat(FileNameYear.span("data.csv")).isEmpty();
        assertThat(FileNameYear.span("enkat-20230115.csv")).isEmpty();
    }
}
