package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowShapeTest {

    private static final CsvRowShape SHAPE = CsvRowShape.of(new SheetRow(1, List.of("ar", "", "antal", "", "")), true);

    @Test
    void aRowAsWideAsTheLabelsOrWithEmptyCellsBeyondThemFits() {
        assertThat(SHAPE.misfit(new SheetRow(2, List.of("2024", "", "5")))).isNull();
        assertThat(SHAPE.misfit(new SheetRow(2, List.of("2024", " ", "5", "", "", "")))).isNull();
    }

    @Test
    void aMissingCellAnExtraValueOrAValueUnderABlankLabelDoesNot() {
        assertThat(SHAPE.misfit(new SheetRow(2, List.of("2024", "")))).isEqualTo(new QuarantineEntry("C (antal)", "",
                "the row has 2 cells, the header (row 1) 3: expected 3 (a missing separator shifts the values into the"
                        + " wrong columns)"));
        assertThat(SHAPE.misfit(new SheetRow(2, List.of("2024", "", "5", "", "x")))).extracting(QuarantineEntry::column,
                QuarantineEntry::rawValue).containsExactly("E", "x");
        assertThat(SHAPE.misfit(new SheetRow(2, List.of("2024", "y", "5")))).extracting(QuarantineEntry::column,
                QuarantineEntry::rawValue, QuarantineEntry::reason).containsExactly("B", "y", "a value in column B, which"
                        + " has no label in the header (row 1): expected a label naming the column, or no value");
    }

    @Test
    void aValueBeyondTheLastLabelInAColumnTheLayoutReadsFits() {
        CsvRowShape wide = CsvRowShape.of(new SheetRow(3, List.of("Lagrum", "2023", "", "2024", "", "")), false);
        SheetRow row = new SheetRow(5, List.of("4 kap. 1 a § BrB", "1", "2", "3", "4", "5"));
        assertThat(wide.misfit(row, column -> column <= 4)).extracting(QuarantineEntry::column).isEqualTo("F");
        assertThat(wide.misfit(row, column -> true)).isNull();
    }
}
