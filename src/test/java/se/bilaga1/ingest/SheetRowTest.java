package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetRowTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
            "0, A",
            "1, B",
            "5, F",
            "25, Z",
            "26, AA",
            "27, AB",
            "51, AZ",
            "52, BA",
            "701, ZZ",
            "702, AAA",
            "16383, XFD", // the last column of an xlsx sheet
    })
    void columnLetters(int index, String letters) {
        assertThat(SheetRow.columnLetters(index)).isEqualTo(letters);
    }

    @Test
    void cellRefCombinesLettersAndRowNumber() {
        SheetRow row = new SheetRow(7, List.of("a", "b", "c"));
        assertThat(row.cellRef(0)).isEqualTo("A7");
        assertThat(row.cellRef(2)).isEqualTo("C7");
        assertThat(new SheetRow(1048576, List.of()).cellRef(26)).isEqualTo("AA1048576");
    }

    @Test
    void describeColumnNamesLettersAndHeader() {
        SheetRow header = new SheetRow(3, Arrays.asList("Lagrum", "", "2020", "2021", "2022", " 2024 ", null, "   "));
        assertThat(SheetRow.describeColumn(header, 5)).isEqualTo("F (2024)");
        assertThat(SheetRow.describeColumn(header, 0)).isEqualTo("A (Lagrum)");
        assertThat(SheetRow.describeColumn(header, 1)).isEqualTo("B");
        assertThat(SheetRow.describeColumn(header, 6)).isEqualTo("G");
        assertThat(SheetRow.describeColumn(header, 7)).isEqualTo("H");
        assertThat(SheetRow.describeColumn(header, 30)).isEqualTo("AE");
        assertThat(SheetRow.describeColumn(null, 2)).isEqualTo("C");
    }

    @Test
    void cellIsEmptyBeyondTheRowAndForNull() {
        SheetRow row = new SheetRow(2, Arrays.asList("x", null));
        assertThat(row.cell(0)).isEqualTo("x");
        assertThat(row.cell(1)).isEmpty();
        assertThat(row.cell(9)).isEmpty();
        assertThat(row.width()).isEqualTo(2);
    }

    @Test
    void blankAndFirstText() {
        assertThat(new SheetRow(1, Arrays.asList("", " ", null)).isBlank()).isTrue();
        assertThat(new SheetRow(1, List.of()).isBlank()).isTrue();
        SheetRow row = new SheetRow(1, Arrays.asList(null, "  ", "  Källa: Brå ", "x"));
        assertThat(row.isBlank()).isFalse();
        assertThat(row.firstText()).isEqualTo("Källa: Brå");
        assertThat(new SheetRow(1, List.of(" ")).firstText()).isEmpty();
    }
}
