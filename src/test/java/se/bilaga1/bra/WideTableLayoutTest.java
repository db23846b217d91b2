package se.bilaga1.bra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bilaga1.bra.TableRows.interpret;
import static se.bilaga1.bra.TableRows.row;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;

class WideTableLayoutTest {

    private static final SheetRow HEADER = row(4, "Lagrum", "2022", "2023", "2024");

    private static WideTableLayout layout(SheetRow header) {
        return new WideTableLayout(Measure.ANMALDA_BROTT, header, BraLayoutDetector.yearColumns(header));
    }

    static List<String> facts(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(RowOutcome.Loaded.class);
        return ((RowOutcome.Loaded) outcome).facts().stream().map(f -> (BraFacts.PublishedCount) f)
                .map(p -> p.lagrum() + " " + p.ar() + " " + (p.amount() == null ? p.marker() : p.amount().toPlainString())
                        + " " + p.cellRef())
                .toList();
    }

    @Test
    void footnoteMarksOnFiguresAndLabelsAreKeptAsRemarksAndTheFiguresLoad() {
        RowOutcome outcome = interpret(layout(HEADER), 5, "4 kap. 1 a § BrB Människohandel¹", "1 055¹", "185*", "185 ²)");

        assertThat(facts(outcome)).containsExactly("BrB 4:1a 2022 1055 B5", "BrB 4:1a 2023 185 C5", "BrB 4:1a 2024 185 D5");
        List<RowOutcome.Remark> remarks = ((RowOutcome.Loaded) outcome).remarks();
        assertThat(remarks).extracting(RowOutcome.Remark::kind).containsOnly(MarkedCells.KIND);
        assertThat(remarks).extracting(RowOutcome.Remark::text).containsExactly(
                "A5 '4 kap. 1 a § BrB Människohandel¹': read as '4 kap. 1 a § BrB Människohandel', footnote mark ¹"
                        + " (its text among the file's notes)",
                "B5 '1 055¹': read as '1 055', footnote mark ¹ (its text among the file's notes)",
                "C5 '185*': read as '185', footnote mark * (its text among the file's notes)",
                "D5 '185 ²)': read as '185', footnote mark ²) (its text among the file's notes)");
        BraFacts.PublishedCount first = (BraFacts.PublishedCount) ((RowOutcome.Loaded) outcome).facts().get(0);
        assertThat(first.amount()).isEqualByComparingTo(BigDecimal.valueOf(1055));
        assertThat(first.label()).isEqualTo("4 kap. 1 a § BrB Människohandel");
    }

    @Test
    void aRowWithoutMarksHasNoRemarks() {
        RowOutcome outcome = interpret(layout(HEADER), 5, "6 kap. 11 § BrB Köp av sexuell tjänst", "1 055", "..", "–");
        assertThat(facts(outcome)).containsExactly("BrB 6:11 2022 1055 B5", "BrB 6:11 2023 .. C5", "BrB 6:11 2024 0 D5");
        assertThat(((RowOutcome.Loaded) outcome).remarks()).isEmpty();
    }

    @Test
    void aValueThatIsNoNumberWithAMarkOrAMarkAloneIsQuarantinedAsBefore() {
        RowOutcome outcome = interpret(layout(HEADER), 6, "6 kap. 11 § BrB", "abc*", "*", "12,5¹");

        assertThat(outcome).isInstanceOf(RowOutcome.Quarantined.class);
        assertThat(((RowOutcome.Quarantined) outcome).entries()).extracting(e -> e.column() + " | " + e.rawValue() + " | "
                + e.reason()).containsExactly(
                "B (2022) | abc* | 'abc*' is not a number: expected digits in Swedish format (1 055, 12,5), '..' for missing"
                        + " or '–' for zero, with at most a footnote mark after it",
                "C (2023) | * | '*' is not a number: expected digits in Swedish format (1 055, 12,5), '..' for missing or"
                        + " '–' for zero",
                "D (2024) | 12,5¹ | '12,5¹' is not a count: expected a whole number of 0 or more, with at most a footnote"
                        + " mark after it");
    }

    @Test
    void aMarkedTotalLabelIsStillTheTotal() {
        RowOutcome outcome = interpret(layout(HEADER), 7, "Totalt²", "10", "20", "30");
        assertThat(facts(outcome)).containsExactly("Totalt 2022 10 B7", "Totalt 2023 20 C7", "Totalt 2024 30 D7");
    }

    static List<String> entries(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(RowOutcome.Quarantined.class);
        return ((RowOutcome.Quarantined) outcome).entries().stream()
                .map(e -> e.column() + " | " + e.rawValue() + " | " + e.reason()).toList();
    }

    @Test
    void aTotalColumnAcrossTheYearsIsCheckedOnItsRowAndNotLoaded() {
        WideTableLayout layout = layout(row(4, "Lagrum", "2022", "2023", "2024", "Totalt 2022–2024"));

        RowOutcome agrees = interpret(layout, 5, "4 kap. 1 a § BrB", "10", "20", "30", "60");
        RowOutcome missing = interpret(layout, 6, "4 kap. 1 b § BrB", "10", "..", "30", "99");
        RowOutcome disagrees = interpret(layout, 7, "6 kap. 11 § BrB", "1 055", "20", "30", "1 100¹");

        assertThat(facts(agrees)).containsExactly("BrB 4:1a 2022 10 B5", "BrB 4:1a 2023 20 C5", "BrB 4:1a 2024 30 D5");
        assertThat(facts(missing)).hasSize(3);
        assertThat(entries(disagrees)).containsExactly("E (Totalt 2022–2024) | 1 100¹ | the total 1100 is not the sum"
                + " of the years on this row: expected 1105");
        assertThat(layout.reads(4)).isTrue();
    }

    @Test
    void aHeaderOverTwoRowsTakesEachYearsTotalAndChecksItsParts() {
        WideTableLayout layout = layout(row(4, "Lagrum", "2023", "", "", "2024", "", ""));

        RowOutcome second = interpret(layout, 5, "", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män²", "Totalt");
        RowOutcome agrees = interpret(layout, 6, "4 kap. 1 a § BrB", "2", "8", "10", "5", "15", "20");
        RowOutcome disagrees = interpret(layout, 7, "6 kap. 11 § BrB", "2", "8", "10", "5", "15", "21");

        assertThat(second).isInstanceOf(RowOutcome.Note.class);
        assertThat(((RowOutcome.Note) second).kind()).isEqualTo("rubrik");
        assertThat(facts(agrees)).containsExactly("BrB 4:1a 2023 10 D6", "BrB 4:1a 2024 20 G6");
        BraFacts.PublishedCount fact = (BraFacts.PublishedCount) ((RowOutcome.Loaded) agrees).facts().get(1);
        assertThat(fact.columnName()).isEqualTo("2024 / Totalt");
        assertThat(entries(disagrees)).containsExactly("G (2024 / Totalt) | 21 | the total 21 is not the sum of E–F"
                + " (Kvinnor, Män²): expected 20");
    }

    @Test
    void aSecondHeaderRowOfUnitsUnderEachYearIsANote() {
        WideTableLayout layout = layout(HEADER);

        RowOutcome second = interpret(layout, 5, "", "Antal", "Antal", "Antal");
        RowOutcome data = interpret(layout, 6, "4 kap. 1 a § BrB", "1", "2", "3");

        assertThat(((RowOutcome.Note) second).kind()).isEqualTo("rubrik");
        assertThat(facts(data)).containsExactly("BrB 4:1a 2022 1 B6", "BrB 4:1a 2023 2 C6", "BrB 4:1a 2024 3 D6");
        // only right below the header: later, a row of text under the years is no second header
        assertThat(interpret(layout, 7, "", "x", "y", "z")).isInstanceOf(RowOutcome.Quarantined.class);
    }

    @Test
    void aYearOverSubColumnsWithoutATotalQuarantinesItsRowsSayingSo() {
        WideTableLayout layout = layout(row(4, "Lagrum", "2023", "", "2024", ""));
        interpret(layout, 5, "", "Kvinnor", "Män", "Kvinnor", "Män");

        RowOutcome data = interpret(layout, 6, "4 kap. 1 a § BrB", "2", "8", "5", "15");

        assertThat(entries(data)).containsExactly(
                "B (2023 / Kvinnor) | 2 | the year 2023 spans B–C (Kvinnor, Män) and none of them is a total (Totalt,"
                        + " Summa): which holds the count cannot be told",
                "D (2024 / Kvinnor) | 5 | the year 2024 spans D–E (Kvinnor, Män) and none of them is a total (Totalt,"
                        + " Summa): which holds the count cannot be told");
    }

    @Test
    void aYearRepeatedOverEachOfItsSubColumnsIsOneYearUnderTwoRows() {
        WideTableLayout layout = layout(row(4, "Lagrum", "2023", "2023", "2023", "2024", "2024", "2024"));
        interpret(layout, 5, "", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt");

        RowOutcome data = interpret(layout, 6, "4 kap. 1 a § BrB", "2", "8", "10", "5", "15", "20");

        assertThat(facts(data)).containsExactly("BrB 4:1a 2023 10 D6", "BrB 4:1a 2024 20 G6");
    }

    @Test
    void aYearRepeatedInAHeaderOfOneRowQuarantinesTheRowsRatherThanLoadItTwice() {
        WideTableLayout layout = layout(row(4, "Lagrum", "2023", "2023", "2024"));

        RowOutcome data = interpret(layout, 5, "4 kap. 1 a § BrB", "1", "2", "3");

        assertThat(entries(data)).containsExactly("A (Lagrum) | 4 kap. 1 a § BrB | the header gives the year 2023 (B and"
                + " C) with no second header row below it to tell the columns apart: which holds the count cannot be told");
    }

    @Test
    void aRowAboveTheHeaderOpeningWithAFootnoteMarkIsAFootnoteOtherTitlesStayTitles() {
        WideTableLayout layout = layout(HEADER);
        assertThat(layout.titleKind(row(1, "¹ Från 2022 ingår försök."))).isEqualTo("fotnot");
        assertThat(layout.titleKind(row(1, "", "* Preliminära uppgifter"))).isEqualTo("fotnot");
        assertThat(layout.titleKind(row(1, "2) Se Anm."))).isEqualTo("fotnot");
        assertThat(layout.titleKind(row(1, "Anmälda brott 2020–2024"))).isEqualTo("titel");
        assertThat(layout.titleKind(row(1, "2024 års statistik"))).isEqualTo("titel");
    }
}
