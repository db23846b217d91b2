package se.bilaga1.bra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bilaga1.bra.TableRows.interpret;
import static se.bilaga1.bra.TableRows.row;
import static se.bilaga1.bra.WideTableLayoutTest.facts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;

class YearsDownLayoutTest {

    private static final SheetRow HEADER = row(3, "År", "4 kap. 1 a § BrB Människohandel",
            "4 kap. 1 b § BrB Människoexploatering, inkl. grovt¹", "Totalt");

    private static YearsDownLayout layout() {
        return new YearsDownLayout(Measure.ANMALDA_BROTT, HEADER, BraLayoutDetector.statuteColumns(HEADER));
    }

    @Test
    void theHeaderNamesAStatuteOrTheTotalInEachColumnRightOfTheYears() {
        assertThat(BraLayoutDetector.statuteColumns(HEADER))
                .containsExactly(Map.entry(1, "BrB 4:1a"), Map.entry(2, "BrB 4:1b"), Map.entry(3, "Totalt"));
        // one statute is a title, not a table turned on its side; a wide table's header names years
        assertThat(BraLayoutDetector.statuteColumns(row(1, "", "Anmälda brott enligt 4 kap. 1 a § BrB", "Totalt")))
                .isEmpty();
        assertThat(BraLayoutDetector.statuteColumns(row(1, "Lagrum", "2023", "2024"))).isEmpty();
        assertThat(BraLayoutDetector.statuteColumns(row(1, "4 kap. 1 a § BrB", "6 kap. 11 § BrB"))).isEmpty();
    }

    @Test
    void eachYearRowLoadsTheFactsTheWideTableWould() {
        YearsDownLayout layout = layout();

        RowOutcome y2023 = interpret(layout, 4, "2023", "228", "127", "355");
        RowOutcome y2024 = interpret(layout, 5, "2024*", "185¹", "164", "349");

        assertThat(facts(y2023)).containsExactly("BrB 4:1a 2023 228 B4", "BrB 4:1b 2023 127 C4", "Totalt 2023 355 D4");
        assertThat(facts(y2024)).containsExactly("BrB 4:1a 2024 185 B5", "BrB 4:1b 2024 164 C5", "Totalt 2024 349 D5");
        assertThat(((RowOutcome.Loaded) y2024).remarks()).hasSize(2);
        BraFacts.PublishedCount fact = (BraFacts.PublishedCount) ((RowOutcome.Loaded) y2024).facts().get(1);
        assertThat(fact.label()).isEqualTo("4 kap. 1 b § BrB Människoexploatering, inkl. grovt");
        assertThat(fact.columnName()).isEqualTo("4 kap. 1 b § BrB Människoexploatering, inkl. grovt¹");
        assertThat(layout.name()).isEqualTo("bra.publicerad_tabell.anmalda_brott.ar_nedat");
    }

    /** The layout after 2023 and a 2024 of {@code the4_1b} (BrB 4:1b) read, then {@code total} as row 6. */
    private static RowOutcome totalAfterTwoYears(String the4_1b, Object... total) {
        YearsDownLayout layout = layout();
        interpret(layout, 4, "2023", "228", "127", "355");
        interpret(layout, 5, "2024", "185", the4_1b, "349");
        return interpret(layout, 6, total);
    }

    @Test
    void aTotalRowBelowTheYearsIsANoteWhenItIsTheirSum() {
        RowOutcome total = totalAfterTwoYears("164", "Totalt", "413", "291", "704");

        assertThat(total).isInstanceOf(RowOutcome.Note.class);
        assertThat(((RowOutcome.Note) total).kind()).isEqualTo("totalrad");
    }

    @Test
    void aTotalRowThatIsNotTheSumOfTheYearsIsQuarantinedNamingTheSum() {
        RowOutcome total = totalAfterTwoYears("..", "Summa", "400", "1", "704²");

        assertThat(total).isInstanceOf(RowOutcome.Quarantined.class);
        // C has a year missing: nothing to compare, as in the reconciliation of a total row
        assertThat(((RowOutcome.Quarantined) total).entries()).extracting(e -> e.column() + " | " + e.rawValue() + " | "
                + e.reason()).containsExactly(
                "B (4 kap. 1 a § BrB Människohandel) | 400 | the total 400 is not the sum of the years above it"
                        + " (2023–2024): expected 413");
    }

    @Test
    void aRowWithoutAYearIsQuarantinedAndAYearGivenTwiceToo() {
        YearsDownLayout layout = layout();
        interpret(layout, 4, "2023", "228", "127", "355");

        RowOutcome twice = interpret(layout, 5, "2023", "1", "2", "3");
        RowOutcome noYear = interpret(layout, 6, "Förra året", "1", "2", "3");
        RowOutcome text = interpret(layout, 7, "Uppgifterna är preliminära", "", "", "");

        assertThat(((RowOutcome.Quarantined) twice).entries().get(0).reason())
                .isEqualTo("2023 is given twice in this table: first on row 4");
        assertThat(((RowOutcome.Quarantined) noYear).entries().get(0).reason()).startsWith("no year recognised");
        assertThat(text).isInstanceOf(RowOutcome.Note.class);
    }

    @Test
    void aStatuteNamedInTwoColumnsIsADuplicatedColumn() {
        SheetRow header = row(1, "År", "4 kap. 1 a § BrB", "6 kap. 11 § BrB", "BrB 4:1a");
        YearsDownLayout layout = new YearsDownLayout(Measure.LAGFORINGSBESLUT, header,
                BraLayoutDetector.statuteColumns(header));
        assertThat(layout.duplicatedColumns()).containsExactly("BrB 4:1a (B and D)");
    }

    @Test
    void aStatuteHeaderOverTwoRowsIsReadAsOne() {
        SheetRow upper = row(2, "", "BrB 4 kap.", "", "BrB 6 kap.", "");
        SheetRow lower = row(3, "År", "Människohandel (1a §)", "Människoexploatering (1b §)", "Köp av sexuell tjänst (11 §)¹",
                "Totalt");

        SheetRow header = YearsDownLayout.underChapters(upper, lower);

        assertThat(header.cells()).containsExactly("År", "BrB 4 kap. Människohandel (1a §)",
                "BrB 4 kap. Människoexploatering (1b §)", "BrB 6 kap. Köp av sexuell tjänst (11 §)¹", "Totalt");
        assertThat(header.rowNo()).isEqualTo(3);
        assertThat(BraLayoutDetector.statuteColumns(header)).containsExactly(Map.entry(1, "BrB 4:1a"),
                Map.entry(2, "BrB 4:1b"), Map.entry(3, "BrB 6:11"), Map.entry(4, "Totalt"));
        // a title over the columns names no chapter, or several: it heads nothing
        assertThat(YearsDownLayout.underChapters(row(2, "", "Anmälda brott enligt 4 kap. och 6 kap. BrB"), lower).cells())
                .isEqualTo(lower.cells());
    }
}
