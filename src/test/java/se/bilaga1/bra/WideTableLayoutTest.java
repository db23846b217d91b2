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
}
