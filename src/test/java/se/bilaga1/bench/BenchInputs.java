package se.bilaga1.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bilaga1.testsupport.ReferenceData;

/**
 * Writes the bench inputs, deterministically (fixed seeds, fixed xlsx time stamps: the same arguments give the same
 * bytes), laid out as an input folder the pipeline reads:
 *
 * <pre>
 * OUT/bra/anmalda-brott-detalj.xlsx          Brå detail extract, ROWS rows (SXSSF, shared strings)
 * OUT/bra/anmalda-brott-detalj.csv           the same rows as ;-CSV (UTF-8)
 * OUT/bra/anmalda-brott-detalj.xls           min(ROWS, 65,535) rows as Excel 97-2003 (the format's limit)
 * OUT/migrationsverket/beviljade-uppehallstillstand-5-15.csv   PERMITS decisions (Windows-1252, CRLF)
 * OUT/regionkoordinatorer/&lt;region&gt;-2024.xlsx  CASES cases over the seven regions
 * OUT/manifest.tsv                           input, file(s), data rows, sum of antal (Brå)
 * OUT/SHA256SUMS                             sha256sum -c format, paths relative to OUT
 * </pre>
 *
 * Usage: {@code BenchInputs --rows N --out DIR [--permits N] [--cases N] [--kommuner FILE]} (PERMITS and CASES
 * default to ROWS; the municipalities default to {@code reference/kommuner.csv}).
 */
public final class BenchInputs {

    public static final String BRA_XLSX = "bra/anmalda-brott-detalj.xlsx";
    public static final String BRA_CSV = "bra/anmalda-brott-detalj.csv";
    public static final String BRA_XLS = "bra/anmalda-brott-detalj.xls";
    /** Where the ten-year delivery's ten files go ({@code anmalda-brott-detalj-2015.csv} …), beside the one-file extract. */
    public static final String BRA_PER_YEAR_DIR = "bra";
    public static final String MIGRATIONSVERKET_CSV = "migrationsverket/beviljade-uppehallstillstand-5-15.csv";
    public static final String REGION_DIR = "regionkoordinatorer";
    public static final String MANIFEST = "manifest.tsv";
    public static final String SUMS = "SHA256SUMS";

    /** One generated input: its name in the bench table, its files (relative to OUT), data rows, sum of antal. */
    public record Generated(String input, List<String> files, long rows, long sum) {
    }

    private BenchInputs() {
    }

    public static void main(String[] args) {
        Map<String, String> opts = options(args);
        if (!opts.containsKey("rows") || !opts.containsKey("out")) {
            System.err.println("usage: BenchInputs --rows N --out DIR [--permits N] [--cases N] [--kommuner FILE]");
            System.exit(2);
        }
        long rows = Long.parseLong(opts.get("rows"));
        long permits = Long.parseLong(opts.getOrDefault("permits", opts.get("rows")));
        long cases = Long.parseLong(opts.getOrDefault("cases", opts.get("rows")));
        Path kommuner = Path.of(opts.getOrDefault("kommuner", ReferenceData.KOMMUNER.toString()));
        long start = System.nanoTime();
        List<Generated> out = write(Path.of(opts.get("out")), rows, permits, cases, Kommunkoder.read(kommuner));
        for (Generated g : out) {
            System.out.printf("%-22s %,12d rows  %s%n", g.input(), g.rows(), String.join(" ", g.files()));
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Writes every input under {@code out}, then the manifest and the checksums. */
    public static List<Generated> write(Path out, long rows, long permits, long cases, List<String> kommunkoder) {
        try {
            Files.createDirectories(out.resolve("bra"));
            Files.createDirectories(out.resolve("migrationsverket"));
            Files.createDirectories(out.resolve(REGION_DIR));
            List<Generated> generated = new ArrayList<>();
            long xlsxRows = Math.min(rows, BraDetailGenerator.XLSX_MAX_ROWS);
            long sumXlsx = BraDetailGenerator.writeXlsx(out.resolve(BRA_XLSX), xlsxRows, kommunkoder);
            generated.add(new Generated("bra-detalj.xlsx", List.of(BRA_XLSX), xlsxRows, sumXlsx));
            long sumCsv = BraDetailGenerator.writeCsv(out.resolve(BRA_CSV), rows, kommunkoder);
            generated.add(new Generated("bra-detalj.csv", List.of(BRA_CSV), rows, sumCsv));
            long xlsRows = Math.min(rows, BraDetailGenerator.XLS_MAX_ROWS);
            long sumXls = BraDetailGenerator.writeXls(out.resolve(BRA_XLS), xlsRows, kommunkoder);
            generated.add(new Generated("bra-detalj.xls", List.of(BRA_XLS), xlsRows, sumXls));
            long perYearRows = Math.min(rows, BraDetailGenerator.FILE_YEARS_MAX_ROWS);
            Map.Entry<List<Path>, Long> perYear = BraDetailGenerator.writeCsvPerYear(out.resolve(BRA_PER_YEAR_DIR), perYearRows,
                    kommunkoder);
            generated.add(new Generated("bra-tioar.csv", perYear.getKey().stream()
                    .map(p -> BRA_PER_YEAR_DIR + "/" + p.getFileName()).toList(), perYearRows, perYear.getValue()));
            MigrationsverketGenerator.write(out.resolve(MIGRATIONSVERKET_CSV), permits);
            generated.add(new Generated("migrationsverket.csv", List.of(MIGRATIONSVERKET_CSV), permits, 0));
            List<String> regionFiles = CoordinatorGenerator.write(out.resolve(REGION_DIR), cases).stream()
                    .map(p -> REGION_DIR + "/" + p.getFileName()).toList();
            generated.add(new Generated("regionkoordinatorer.xlsx", regionFiles, cases, 0));

            StringBuilder manifest = new StringBuilder("input\tfiles\trows\tsum\n");
            StringBuilder sums = new StringBuilder();
            for (Generated g : generated) {
                manifest.append(g.input()).append('\t').append(String.join(",", g.files())).append('\t')
                        .append(g.rows()).append('\t').append(g.sum()).append('\n');
                for (String f : g.files()) {
                    sums.append(sha256(out.resolve(f))).append("  ").append(f).append('\n');
                }
            }
            Files.writeString(out.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(SUMS), sums, StandardCharsets.UTF_8);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                opts.put(key, args[++i]);
            } else {
                opts.put(key, "true");
            }
        }
        return opts;
    }
}
