package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bilaga1.ingest.SourceFileRegistry.FileReport;
import se.bilaga1.warehouse.Disclosure;

/**
 * A coordinator file's row accounting is a regional count: a year's files are protected together by the regional
 * tables' rule, so no count from 1 to 3 shows and none can be recomputed from the other files and the year's totals;
 * other sources' files, and Migrationsverket's national file, show every figure.
 */
class AccountingProtectionTest {

    private static FileReport file(String name, int loaded, int quarantined, int notes) {
        String source = name.substring(0, name.indexOf('/'));
        return new FileReport(source, name, "0".repeat(64), 1000, "XLSX", "layout", "Ärenden", null, "LOADED",
                null, loaded + quarantined + notes, loaded, quarantined, notes);
    }

    /** The sample's 2023: Syd's file has one quarantined case; and a quiet region with two cases in 2024. */
    private static final List<FileReport> FILES = List.of(
            file("bra/anmalda-brott-2020-2024.xlsx", 5, 0, 5),
            file("migrationsverket/beviljade-2022-2024.csv", 299, 2, 1),
            file("regionkoordinatorer/mitt-2023.xlsx", 22, 0, 2),
            file("regionkoordinatorer/nord-2023.xlsx", 81, 0, 1),
            file("regionkoordinatorer/syd-2023.xlsx", 67, 1, 1),
            file("regionkoordinatorer/mitt-2024.xlsx", 33, 0, 1),
            file("regionkoordinatorer/nord-2024.xlsx", 2, 0, 1),
            file("regionkoordinatorer/syd-2024.xlsx", 66, 0, 2));

    @Test
    void noCoordinatorCountFromOneToTheThresholdShowsNorCanBeRecomputed() {
        List<ShownFile> shown = AccountingProtection.protect(FILES, 3);

        assertThat(shown).extracting(ShownFile::fileName).containsExactlyElementsOf(FILES.stream().map(FileReport::fileName)
                .toList());
        // the national files: every figure
        assertThat(shown.subList(0, 2)).allSatisfy(f -> {
            assertThat(f.regional()).isFalse();
            assertThat(List.of(f.read(), f.loaded(), f.quarantined())).noneMatch(ShownCount::hidden);
        });
        assertThat(shown.get(1).quarantined()).isEqualTo(ShownCount.of(2));
        // Syd 2023's one quarantined case is hidden, and so is another cell of its column and of its row
        ShownFile syd2023 = shown.get(4);
        assertThat(syd2023.group()).isEqualTo("regionkoordinatorer 2023");
        assertThat(syd2023.quarantined().hidden()).isTrue();
        assertThat(List.of(syd2023.read(), syd2023.loaded())).anyMatch(ShownCount::hidden);
        assertThat(shown.subList(2, 4)).anyMatch(f -> f.quarantined().hidden());
        // Nord 2024's two cases: loaded and read hidden, and another loaded count of 2024 with them
        ShownFile nord2024 = shown.get(6);
        assertThat(nord2024.loaded().hidden()).isTrue();
        assertThat(nord2024.read().hidden()).isTrue();
        assertThat(nord2024.notes()).isEqualTo(1);
        assertThat(List.of(shown.get(5), shown.get(7))).anyMatch(f -> f.loaded().hidden());
        // nothing shown is from 1 to 3, except notes (title and header rows, no case)
        for (ShownFile f : shown.subList(2, 8)) {
            for (ShownCount c : List.of(f.read(), f.loaded(), f.quarantined())) {
                assertThat(c.hidden() || c.value() == 0 || c.value() > 3).as(f.fileName()).isTrue();
            }
        }
        // and no hidden cell of either year's table follows from the others and the year's totals
        for (List<ShownFile> year : List.of(shown.subList(2, 5), shown.subList(5, 8))) {
            List<FileReport> exact = FILES.subList(shown.indexOf(year.get(0)), shown.indexOf(year.get(0)) + 3);
            long[][] inner = new long[3][2];
            boolean[][] hidden = new boolean[4][3];
            for (int r = 0; r < 3; r++) {
                inner[r][0] = exact.get(r).loaded();
                inner[r][1] = exact.get(r).quarantined();
                hidden[r][0] = year.get(r).loaded().hidden();
                hidden[r][1] = year.get(r).quarantined().hidden();
                hidden[r][2] = year.get(r).read().hidden();
            }
            assertThat(Disclosure.firstDerivable(Disclosure.extend(inner), hidden)).isNull();
        }
    }

    @Test
    void aThresholdOfZeroHidesNothingAndAHigherOneMore() {
        assertThat(AccountingProtection.protect(FILES, 0)).allSatisfy(f -> assertThat(List.of(f.read(), f.loaded(),
                f.quarantined())).noneMatch(ShownCount::hidden));
        List<ShownFile> strict = AccountingProtection.protect(FILES, 25);
        assertThat(strict.get(2).loaded().hidden()).as("Mitt 2023's 22 cases under a threshold of 25").isTrue();
    }

    @Test
    void aCoordinatorFilesMessageLosesItsFiguresButKeepsItsName() {
        assertThat(AccountingProtection.scrub("regionkoordinatorer/mitt-2024.xlsx: unreadable after 3 rows: row 5 broken",
                "regionkoordinatorer/mitt-2024.xlsx"))
                .isEqualTo("regionkoordinatorer/mitt-2024.xlsx: unreadable after … rows: row … broken");
        List<FileReport> rejected = new ArrayList<>(FILES);
        rejected.add(new FileReport("regionkoordinatorer", "regionkoordinatorer/ost-2024.xlsx", "1".repeat(64), 10, "XLSX",
                null, null, null, "REJECTED", "regionkoordinatorer/ost-2024.xlsx: unreadable after 2 rows", 0, 0, 0, 0));
        rejected.add(new FileReport("bra", "bra/x-2024.csv", "2".repeat(64), 10, "CSV", null, null, null, "REJECTED",
                "bra/x-2024.csv: unreadable after 2 rows", 0, 0, 0, 0));
        List<ShownFile> shown = AccountingProtection.protect(rejected, 3);
        assertThat(shown.get(8).message()).isEqualTo("regionkoordinatorer/ost-2024.xlsx: unreadable after … rows");
        assertThat(shown.get(9).message()).isEqualTo("bra/x-2024.csv: unreadable after 2 rows");
    }
}
