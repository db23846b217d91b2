package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.PublishedTable;

/** Every text field of the flat CSVs goes through SafeText; the figures stay plain numbers. */
class FlatCsvWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyTextFieldOfTheTablesIsNeutralisedAndTheFiguresArePlain() throws Exception {
        PublishedTable table = new PublishedTable("=Tabell", "titel", "blad", List.of("rad"), List.of("+kolumn", "@kolumn"),
                List.of(new PublishedTable.Row("-rad", List.of("-rad"), List.of(
                        new PublishedTable.Cell(new BigDecimal("-3"), null, null, List.of()),
                        new PublishedTable.Cell(null, "=x", "\tskäl", List.of())))), List.of());
        Path file = dir.resolve("t.csv");

        FlatCsvWriter.writeTables(file, List.of(table));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                tabell;rad;kolumn;varde;markering
                '=Tabell;'-rad;'+kolumn;-3;
                '=Tabell;'-rad;'@kolumn;;'=x \tskäl
                """);
    }

    @Test
    void everyTextFieldOfTheReconciliationIsNeutralised() throws Exception {
        Path file = dir.resolve("a.csv");

        FlatCsvWriter.writeReconciliation(file, List.of(new RuleResult("=regel", "+tabell", "-beskrivning", "@vanster",
                "\rhoger", RuleResult.Status.FEL), new RuleResult("regel", "Tabell 4", "2024", "17", "20", RuleResult.Status.OK)));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                regel;tabell;beskrivning;vanster;hoger;status
                '=regel;'+tabell;'-beskrivning;'@vanster;"'\rhoger";FEL
                regel;Tabell 4;2024;17;20;OK
                """);
    }
}
