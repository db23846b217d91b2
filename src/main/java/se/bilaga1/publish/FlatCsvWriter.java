package se.bilaga1.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.bilaga1.warehouse.Figures;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.warehouse.PublishedTable;

/**
 * The two flat files of the output contract, UTF-8 and {@code ;}-separated, byte-identical for the same
 * warehouse: {@code bilaga1-N-tabeller.csv} (every published cell) and {@code bilaga1-N-avstamning.csv}.
 */
public final class FlatCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();

    private FlatCsvWriter() {
    }

    public static void writeTables(Path file, List<PublishedTable> tables) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord("tabell", "rad", "kolumn", "varde", "markering");
            for (PublishedTable table : tables) {
                for (PublishedTable.Row row : table.rows()) {
                    for (int i = 0; i < table.columns().size(); i++) {
                        PublishedTable.Cell cell = row.cells().get(i);
                        String marker = cell.marker() == null ? "" : cell.marker() + " " + cell.reason();
                        csv.printRecord(SafeText.escape(table.tabell()), SafeText.escape(row.rad()),
                                SafeText.escape(table.columns().get(i)), Figures.plain(cell.value()), SafeText.escape(marker));
                    }
                }
            }
        }
    }

    public static void writeReconciliation(Path file, List<RuleResult> results) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord("regel", "tabell", "beskrivning", "vanster", "hoger", "status");
            for (RuleResult r : results) {
                csv.printRecord(SafeText.escape(r.regel()), SafeText.escape(r.tabell()), SafeText.escape(r.beskrivning()),
                        SafeText.escape(r.vanster()), SafeText.escape(r.hoger()), r.status().name());
            }
        }
    }
}
