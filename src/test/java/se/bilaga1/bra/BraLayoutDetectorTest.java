package se.bilaga1.bra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.bilaga1.ingest.SheetRow;

class BraLayoutDetectorTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2024     | 2024",
            "2024*    | 2024",
            "' 2020 ' | 2020",
            "1990     | 1990",
            "2100     | 2100",
            "2023 *   | 2023",
            "2024¹    | 2024",
            "2024**   | 2024",
    })
    void yearOfReadsAYear(String cell, int year) {
        assertThat(BraLayoutDetector.yearOf(cell)).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1989", "2101", "abc", "", "  ", "202", "20245", "2024-01", "År 2024", "1 055", "12,5"})
    void yearOfRejectsEverythingElse(String cell) {
        assertThat(BraLayoutDetector.yearOf(cell)).isNull();
    }

    @Test
    void yearColumnsAreTheCellsHoldingYears() {
        SheetRow header = new SheetRow(4, List.of("Lagrum", "2020", "2021", "x"));
        assertThat(BraLayoutDetector.yearColumns(header)).containsExactly(1, 2);
    }

    @Test
    void yearColumnsSkipLabelsBlanksAndOutOfRangeYears() {
        SheetRow header = new SheetRow(5, Arrays.asList("", "Brottstyp", null, "1989", "2022*", " 2023 ", "2024", "Förändring"));
        assertThat(BraLayoutDetector.yearColumns(header)).containsExactly(4, 5, 6);
        assertThat(BraLayoutDetector.yearColumns(new SheetRow(1, List.of("Anmälda brott 2024")))).isEmpty();
    }
}
