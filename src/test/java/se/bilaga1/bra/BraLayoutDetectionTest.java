package se.bilaga1.bra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bilaga1.bra.TableRows.row;

import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.RowSource;
import se.bilaga1.ingest.SheetRow;

/** Which layout the detector places a table's first rows in, read as a file's rows are. */
class BraLayoutDetectionTest {

    private static LayoutDetector.Detection detect(SheetRow... rows) throws Exception {
        Iterator<SheetRow> it = List.of(rows).iterator();
        RowSource source = new RowSource() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public SheetRow next() {
                return it.next();
            }

            @Override
            public String sheetName() {
                return "Anmälda brott";
            }

            @Override
            public void close() {
            }
        };
        return new BraLayoutDetector(new ColumnAliases(null), null).detect(TableRows.FILE, "Anmälda brott", source);
    }

    @Test
    void theYearsAcrossAreTheWideTable() throws Exception {
        LayoutDetector.Detection d = detect(row(1, "Anmälda brott"), row(3, "Lagrum", "2023", "2024"));
        assertThat(d.layout()).isInstanceOf(WideTableLayout.class);
        assertThat(d.titleRows()).hasSize(1);
    }

    @Test
    void statutesAcrossWithTheYearsDownTheSideAreTheTableTurned() throws Exception {
        LayoutDetector.Detection d = detect(row(1, "Anmälda brott 2020–2024"),
                row(3, "År", "4 kap. 1 a § BrB", "6 kap. 11 § BrB", "Totalt"));
        assertThat(d.layout()).isInstanceOf(YearsDownLayout.class);
        assertThat(d.layout().name()).isEqualTo("bra.publicerad_tabell.anmalda_brott.ar_nedat");
        assertThat(d.header().rowNo()).isEqualTo(3);
    }

    @Test
    void aStatuteHeaderOverTwoRowsIsFoundOnItsLowerRow() throws Exception {
        LayoutDetector.Detection d = detect(row(1, "Anmälda brott 2020–2024"), row(2, "", "BrB 4 kap.", "", "BrB 6 kap."),
                row(3, "År", "Människohandel (1a §)", "Människoexploatering (1b §)", "Köp av sexuell tjänst (11 §)"));
        assertThat(d.layout()).isInstanceOf(YearsDownLayout.class);
        assertThat(d.titleRows()).extracting(SheetRow::rowNo).containsExactly(1, 2);
        assertThat(d.layout().interpret(TableRows.source(d.layout(), row(4, "2024", "185", "164", "1 805"))))
                .satisfies(o -> assertThat(WideTableLayoutTest.facts(o)).containsExactly("BrB 4:1a 2024 185 B4",
                        "BrB 4:1b 2024 164 C4", "BrB 6:11 2024 1805 D4"));
    }
}
