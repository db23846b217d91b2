package se.bilaga1.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generator of the support-programme sample delivery in {@code input/stodprogram/}: Tabell 3 (Nationella
 * stödprogrammet, NSP) and Tabell 4 (Återvändandeprogrammet Människohandel och Prostitution, ÅMP) of <i>Arbete
 * mot prostitution och människohandel i Sverige 2024</i> AS PRINTED, category by category with each programme's
 * stated {@code Totalt}, and the funds the report says Jämställdhetsmyndigheten distributed.
 *
 * <p>Cells the tables leave blank are left out (no row), never written as 0. The printed figures are kept even
 * where they do not add up: ÅMP 2024 states Totalt 32 while its parts (18 + 11 + 2 + 2) make 33, which the
 * pipeline must flag rather than hide. The files are a SYNTHETIC delivery transcribed from the printed report
 * (the programmes' own deliveries are not public); they hold aggregates only, no person-level data.
 *
 * <p>UTF-8 without BOM, {@code ;}-separated, LF. Regenerate with
 * {@code mvn -B test -Dtest=SupportProgrammeSampleInputsTest -Dsamples.write=true}.
 */
public final class SupportProgrammeSampleInputs {

    public static final String DIR = "stodprogram";
    public static final String NSP_CSV = "nsp.csv";
    public static final String AMP_CSV = "amp.csv";
    /** Saved by Excel as "Unicode text": UTF-16LE with a byte-order mark, tab-separated, CRLF (what Excel offers). */
    public static final String MEDEL_TXT = "medel.txt";

    public static final String COUNT_HEADER = "program;ar;kategori;antal";
    public static final String MEDEL_HEADER = "program;ar;medel_kr";

    public static final String NSP = "NSP";
    public static final String AMP = "ÅMP";

    /** One printed cell: programme, year, category, number. */
    public record Count(String program, int ar, String kategori, int antal) {
        String toCsv() {
            return program + ";" + ar + ";" + kategori + ";" + antal;
        }
    }

    /** Funds distributed to a programme in a year, in kronor. */
    public record Medel(String program, int ar, long kronor) {
        String toCsv() {
            return program + ";" + ar + ";" + kronor;
        }
    }

    /**
     * Tabell 3 as printed. {@code Vuxna} is the table's adult total, {@code Barn} is not broken down by sex (NSP
     * did not report children by sex). 2021 gives only Vuxna, Barn and Totalt.
     */
    public static final List<Count> NSP_TABLE = List.of(
            new Count(NSP, 2021, "Vuxna", 19),
            new Count(NSP, 2021, "Barn", 17),
            new Count(NSP, 2021, "Totalt", 36),
            new Count(NSP, 2022, "Vuxna", 32),
            new Count(NSP, 2022, "Kvinnor", 27),
            new Count(NSP, 2022, "Män", 5),
            new Count(NSP, 2022, "Barn", 23),
            new Count(NSP, 2022, "Totalt", 55),
            new Count(NSP, 2023, "Vuxna", 43),
            new Count(NSP, 2023, "Kvinnor", 33),
            new Count(NSP, 2023, "Män", 10),
            new Count(NSP, 2023, "Barn", 25),
            new Count(NSP, 2023, "Totalt", 68),
            new Count(NSP, 2024, "Vuxna", 39),
            new Count(NSP, 2024, "Kvinnor", 28),
            new Count(NSP, 2024, "Transkvinnor", 1),
            new Count(NSP, 2024, "Män", 10),
            new Count(NSP, 2024, "Barn", 24),
            new Count(NSP, 2024, "Totalt", 63));

    /**
     * Tabell 4 as printed. 2021 has no girls/boys rows (the note says 2021 includes children). 2024 is kept as
     * printed: the parts make 33 against the stated 32 (the report's text says 1 girl, the table 2).
     */
    public static final List<Count> AMP_TABLE = List.of(
            new Count(AMP, 2021, "Kvinnor", 37),
            new Count(AMP, 2021, "Män", 24),
            new Count(AMP, 2021, "Totalt", 61),
            new Count(AMP, 2022, "Kvinnor", 13),
            new Count(AMP, 2022, "Män", 13),
            new Count(AMP, 2022, "Flickor", 2),
            new Count(AMP, 2022, "Pojkar", 2),
            new Count(AMP, 2022, "Totalt", 30),
            new Count(AMP, 2023, "Kvinnor", 21),
            new Count(AMP, 2023, "Män", 33),
            new Count(AMP, 2023, "Flickor", 2),
            new Count(AMP, 2023, "Pojkar", 5),
            new Count(AMP, 2023, "Totalt", 61),
            new Count(AMP, 2024, "Kvinnor", 18),
            new Count(AMP, 2024, "Män", 11),
            new Count(AMP, 2024, "Flickor", 2),
            new Count(AMP, 2024, "Pojkar", 2),
            new Count(AMP, 2024, "Totalt", 32));

    /** The funds the report states: NSP 2,5 / 3,2 / 3,2 million, ÅMP 4,3 / 3,96 / 6,9 million kronor. */
    public static final List<Medel> MEDEL = List.of(
            new Medel(NSP, 2022, 2_500_000L),
            new Medel(NSP, 2023, 3_200_000L),
            new Medel(NSP, 2024, 3_200_000L),
            new Medel(AMP, 2022, 4_300_000L),
            new Medel(AMP, 2023, 3_960_000L),
            new Medel(AMP, 2024, 6_900_000L));

    private SupportProgrammeSampleInputs() {
    }

    /** Writes the three files into {@code inputDir/stodprogram/}. */
    public static void writeAll(Path inputDir) {
        try {
            Path dir = Files.createDirectories(inputDir.resolve(DIR));
            write(dir.resolve(NSP_CSV), COUNT_HEADER, NSP_TABLE.stream().map(Count::toCsv).toList());
            write(dir.resolve(AMP_CSV), COUNT_HEADER, AMP_TABLE.stream().map(Count::toCsv).toList());
            writeUnicodeText(dir.resolve(MEDEL_TXT), MEDEL_HEADER, MEDEL.stream().map(Medel::toCsv).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String header, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        lines.forEach(l -> sb.append(l).append('\n'));
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8)); // UTF-8, no BOM, LF
    }

    /** As Excel's "Unicode text": the byte-order mark, UTF-16LE, tabs for the semicolons, CRLF line ends. */
    private static void writeUnicodeText(Path file, String header, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF").append(header.replace(';', '\t')).append("\r\n");
        lines.forEach(l -> sb.append(l.replace(';', '\t')).append("\r\n"));
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_16LE));
    }

    /** Writes the files under the given input directory (default {@code input}). */
    public static void main(String[] args) {
        writeAll(Path.of(args.length > 0 ? args[0] : "input"));
    }
}
