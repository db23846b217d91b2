package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bilaga1.ingest.SourceFileRegistry.FileReport;

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
    void noCoordinatorFileShowsACountOfCasesButEveryFileItsNotesAndBalance() {
        List<ShownFile> shown = AccountingProtection.protect(FILES, 3);

        assertThat(shown).extracting(ShownFile::fileName).containsExactlyElementsOf(FILES.stream().map(FileReport::fileName)
                .toList());
        // the national files: every figure
        assertThat(shown.subList(0, 2)).allSatisfy(f -> {
            assertThat(f.regional()).isFalse();
            assertThat(List.of(f.read(), f.loaded(), f.quarantined())).noneMatch(ShownCount::hidden);
        });
        assertThat(shown.get(1).quarantined()).isEqualTo(ShownCount.of(2));
        // a coordinator file is one region and year: its counts are that region's, Mitt 2024's 33 as Nord 2024's 2
        assertThat(shown.subList(2, 8)).allSatisfy(f -> {
            assertThat(f.regional()).isTrue();
            assertThat(List.of(f.read(), f.loaded(), f.quarantined())).allMatch(ShownCount::hidden);
            assertThat(f.balances()).isTrue();
        });
        assertThat(shown.get(4).group()).isEqualTo("regionkoordinatorer 2023");
        assertThat(shown.get(6).notes()).isEqualTo(1);
        // the sums over every file are national
        ShownFile.Accounting accounting = ShownFile.Accounting.of(FILES, 3);
        assertThat(accounting.loaded()).isEqualTo(FILES.stream().mapToLong(FileReport::loaded).sum());
    }

    @Test
    void aThresholdOfZeroHidesNothingAndAHigherOneMore() {
        assertThat(AccountingProtection.protect(FILES, 0)).allSatisfy(f -> assertThat(List.of(f.read(), f.loaded(),
                f.quarantined())).noneMatch(ShownCount::hidden));
        List<ShownFile> strict = AccountingProtection.protect(FILES, 25);
        assertThat(strict.get(2).loaded().hidden()).as("Mitt 2023's 22 cases").isTrue();
        assertThat(strict.get(0).loaded().hidden()).as("Brå's national file").isFalse();
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
