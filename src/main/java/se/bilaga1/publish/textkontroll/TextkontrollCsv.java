package se.bilaga1.publish.textkontroll;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.bilaga1.publish.SafeText;

/** {@code bilaga1-N-textkontroll.csv}: one row per finding, UTF-8, {@code ;}-separated like the other flat files. */
public final class TextkontrollCsv {

    static final List<String> HEADER = List.of("stycke", "mening", "påstående", "värde i texten", "värde i tabellerna",
            "celler", "status");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();

    private TextkontrollCsv() {
    }

    public static String fileName(int reportYear) {
        return "bilaga1-" + reportYear + "-textkontroll.csv";
    }

    public static void write(Path file, List<Finding> findings) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(HEADER);
            for (Finding f : findings) {
                csv.printRecord(f.stycke(), SafeText.escape(f.mening()), SafeText.escape(f.pastaende()),
                        SafeText.escape(f.iTexten()), SafeText.escape(f.iTabellerna()), SafeText.escape(f.celler()),
                        f.status().label());
            }
        }
    }
}
