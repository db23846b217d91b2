package se.bilaga1.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Brå's reported offences in the long (detail) layout at national scale, as the contract describes it
 * ({@code input/bra/}, "Reported offences: long (detail) layout"): one row per municipality × month × offence
 * code, {@code ar;manad;kommunkod;lagrum;brottstyp;antal} as in {@code input/bra/anmalda-brott-detalj-2024.csv}.
 *
 * <p>The rows are a deterministic draw (fixed seed) of exactly {@code rows} cells out of the grid year × month ×
 * the 290 municipalities of {@code reference/kommuner.csv} × {@value #STATUTE_COUNT} statutes of
 * Brottsbalken (the five of Bilaga 1 among them), sorted in that order. The grid covers as many years, ending
 * in {@value #LAST_YEAR}, as it takes to fill about 60 % of its cells: 1 year at 10,000 rows, 2 at 100,000, 11 at
 * 1,000,000. {@code lagrum} is written in the report's three styles ({@code BrB 4:1a}, {@code 4 kap. 1 a § BrB},
 * {@code BrB 4 kap. 1 a §}); {@code antal} is a whole number, larger in the large municipalities and for theft, and
 * in the CSV a count from 1 000 up is written with a space as thousands separator, as Swedish statistics do.
 *
 * <p>The same rows are written twice: as a {@code ;}-separated UTF-8 CSV (no BOM, LF) and as an xlsx streamed with
 * SXSSF and shared strings (numbers as numeric cells, {@code kommunkod} as text so it keeps its leading zero).
 */
final class BraDetailGenerator {

    static final long SEED = 20260101L;
    static final int LAST_YEAR = 2024;
    static final String HEADER = "ar;manad;kommunkod;lagrum;brottstyp;antal";
    static final String SHEET = "Anmälda brott detalj";
    /** The grid is sized so that about this share of its cells become rows. */
    private static final double DENSITY = 0.6;

    /** A statute: chapter, section, optional letter, and the offence's name (the optional label brottstyp). */
    record Statute(int chapter, int section, String letter, String label) {
        String spelling(int style) {
            String sec = section + (letter.isEmpty() ? "" : " " + letter);
            return switch (style) {
                case 0 -> "BrB " + chapter + ":" + section + letter;
                case 1 -> chapter + " kap. " + sec + " § BrB";
                default -> "BrB " + chapter + " kap. " + sec + " §";
            };
        }
    }

    static final List<Statute> STATUTES = List.of(
            new Statute(3, 1, "", "Mord"),
            new Statute(3, 2, "", "Dråp"),
            new Statute(3, 5, "", "Misshandel"),
            new Statute(3, 6, "", "Grov misshandel"),
            new Statute(3, 7, "", "Vållande till annans död"),
            new Statute(3, 8, "", "Vållande till kroppsskada eller sjukdom"),
            new Statute(4, 1, "", "Människorov"),
            new Statute(4, 1, "a", "Människohandel"),
            new Statute(4, 1, "b", "Människoexploatering"),
            new Statute(4, 2, "", "Olaga frihetsberövande"),
            new Statute(4, 4, "", "Olaga tvång"),
            new Statute(4, 4, "a", "Grov fridskränkning"),
            new Statute(4, 5, "", "Olaga hot"),
            new Statute(4, 6, "", "Hemfridsbrott"),
            new Statute(4, 6, "a", "Olaga förföljelse"),
            new Statute(4, 6, "b", "Kränkande fotografering"),
            new Statute(4, 6, "c", "Olaga integritetsintrång"),
            new Statute(4, 7, "", "Ofredande"),
            new Statute(4, 9, "c", "Dataintrång"),
            new Statute(5, 1, "", "Förtal"),
            new Statute(6, 1, "", "Våldtäkt"),
            new Statute(6, 1, "a", "Oaktsam våldtäkt"),
            new Statute(6, 4, "", "Våldtäkt mot barn"),
            new Statute(6, 6, "", "Sexuellt utnyttjande av barn"),
            new Statute(6, 8, "", "Utnyttjande av barn för sexuell posering"),
            new Statute(6, 9, "", "Utnyttjande av barn under 18 år genom köp av sexuell handling"),
            new Statute(6, 10, "", "Sexuellt ofredande"),
            new Statute(6, 10, "a", "Kontakt med barn i sexuellt syfte"),
            new Statute(6, 11, "", "Köp av sexuell tjänst"),
            new Statute(6, 12, "", "Koppleri"),
            new Statute(8, 1, "", "Stöld"),
            new Statute(8, 4, "", "Grov stöld"),
            new Statute(8, 5, "", "Rån"),
            new Statute(8, 7, "", "Tillgrepp av fortskaffningsmedel"),
            new Statute(9, 1, "", "Bedrägeri"),
            new Statute(9, 6, "", "Häleri"),
            new Statute(10, 1, "", "Förskingring"),
            new Statute(12, 1, "", "Skadegörelse"),
            new Statute(13, 1, "", "Mordbrand"),
            new Statute(14, 1, "", "Urkundsförfalskning"),
            new Statute(15, 1, "", "Mened"),
            new Statute(16, 10, "a", "Barnpornografibrott"),
            new Statute(17, 1, "", "Våld eller hot mot tjänsteman"),
            new Statute(17, 10, "", "Övergrepp i rättssak"));
    static final int STATUTE_COUNT = 44;

    /** Multiplier of the counts in the three large cities. */
    private static final Map<String, Integer> CITY_FACTOR = Map.of("0180", 8, "1480", 5, "1280", 4);

    /** One row of the extract; {@code lagrum} as written. */
    record Row(int ar, int manad, String kommunkod, String lagrum, String brottstyp, long antal) {
        String toCsv() {
            return ar + ";" + manad + ";" + kommunkod + ";" + lagrum + ";" + brottstyp + ";" + swedish(antal);
        }
    }

    private BraDetailGenerator() {
    }

    /** At most this many years (1990–2024, the years the pipeline takes); beyond, a cell gets several rows. */
    static final int MAX_YEARS = 35;
    /** The ten-file delivery: one file per year, 2015–2024, at most this many rows in all (10 years × 153,120 cells). */
    static final int FILE_YEARS = 10;
    static final long FILE_YEARS_MAX_ROWS = 1_000_000;

    /** Years the grid covers for {@code rows} rows, ending in {@value #LAST_YEAR}. */
    static int years(long rows) {
        long perYear = 12L * Kommunkoder.COUNT * STATUTES.size();
        return (int) Math.min(MAX_YEARS, Math.max(1, (long) Math.ceil(rows / (perYear * DENSITY))));
    }

    /** Hands exactly {@code rows} rows, in file order, to {@code sink}. */
    static void rows(long rows, List<String> kommunkoder, Consumer<Row> sink) {
        rows(rows, kommunkoder, years(rows), sink);
    }

    /**
     * Hands exactly {@code rows} rows of a grid over {@code years} years, in file order, to {@code sink}. When the rows do
     * not fit {@value #DENSITY} of the grid (past {@value #MAX_YEARS} years: 10,000,000 rows), each cell is drawn from as
     * many times as it takes: rows of the same month, municipality and statute, as an extract by sub-category has.
     */
    static void rows(long rows, List<String> kommunkoder, int years, Consumer<Row> sink) {
        if (STATUTES.size() != STATUTE_COUNT) {
            throw new IllegalStateException("STATUTE_COUNT");
        }
        long cells = (long) years * 12 * kommunkoder.size() * STATUTES.size();
        int repeats = (int) Math.max(1, (long) Math.ceil(rows / (cells * DENSITY)));
        long grid = cells * repeats;
        if (rows > grid) {
            throw new IllegalArgumentException(rows + " rows do not fit a grid of " + grid);
        }
        Random rnd = new Random(SEED);
        long chosen = 0;
        long seen = 0;
        for (int ar = LAST_YEAR - years + 1; ar <= LAST_YEAR; ar++) {
            for (int manad = 1; manad <= 12; manad++) {
                for (String kod : kommunkoder) {
                    int city = CITY_FACTOR.getOrDefault(kod, 1);
                    for (int draw = 0; draw < STATUTES.size() * repeats; draw++) {
                        Statute s = STATUTES.get(draw / repeats);
                        // selection sampling (Knuth's algorithm S): exactly `rows` of the `grid` cells, in order
                        boolean take = rnd.nextDouble() * (grid - seen) < rows - chosen;
                        seen++;
                        if (!take) {
                            continue;
                        }
                        chosen++;
                        int x = rnd.nextInt(100);
                        int style = x < 60 ? 0 : x < 85 ? 1 : 2;
                        long antal = 1 + rnd.nextInt(1 + rnd.nextInt(40));
                        antal *= city * (s.chapter() == 8 && s.section() <= 4 ? 20 : 1);
                        sink.accept(new Row(ar, manad, kod, s.spelling(style), s.label(), antal));
                    }
                }
            }
        }
        if (chosen != rows) {
            throw new IllegalStateException(chosen + " rows drawn, " + rows + " asked");
        }
    }

    /** Writes the CSV and returns the sum of antal. */
    static long writeCsv(Path file, long rows, List<String> kommunkoder) {
        long[] sum = {0};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            rows(rows, kommunkoder, r -> {
                try {
                    w.write(r.toCsv());
                    w.write('\n');
                    sum[0] += r.antal();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum[0];
    }

    /**
     * Writes the ten-year delivery as ten files, {@code anmalda-brott-detalj-2015.csv} … {@code -2024.csv}, each the rows
     * of its year (the year in a detail file's name is the year of its rows), and returns their names and the sum of antal.
     */
    static Map.Entry<List<Path>, Long> writeCsvPerYear(Path dir, long rows, List<String> kommunkoder) {
        long[] sum = {0};
        List<Path> files = new java.util.ArrayList<>();
        BufferedWriter[] w = {null};
        int[] year = {0};
        try {
            rows(rows, kommunkoder, FILE_YEARS, r -> {
                try {
                    if (r.ar() != year[0]) {
                        if (w[0] != null) {
                            w[0].close();
                        }
                        year[0] = r.ar();
                        Path file = dir.resolve("anmalda-brott-detalj-" + r.ar() + ".csv");
                        files.add(file);
                        w[0] = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                        w[0].write(HEADER);
                        w[0].write('\n');
                    }
                    w[0].write(r.toCsv());
                    w[0].write('\n');
                    sum[0] += r.antal();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (w[0] != null) {
                w[0].close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.entry(files, sum[0]);
    }

    /** Writes the xlsx (header in row 1) and returns the sum of antal. */
    static long writeXlsx(Path file, long rows, List<String> kommunkoder) {
        long[] sum = {0};
        try (BenchXlsx xlsx = new BenchXlsx(SHEET)) {
            xlsx.boldRow(HEADER.split(";"));
            rows(rows, kommunkoder, r -> {
                xlsx.row(r.ar(), r.manad(), r.kommunkod(), r.lagrum(), r.brottstyp(), r.antal());
                sum[0] += r.antal();
            });
            xlsx.save(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum[0];
    }

    /** The most data rows an xlsx sheet holds beside its header row (1,048,576 rows in all): a 10,000,000-row extract is CSV. */
    static final int XLSX_MAX_ROWS = 1_048_575;

    /** The most data rows an Excel 97-2003 sheet holds beside its header row. */
    static final int XLS_MAX_ROWS = 65_535;

    /**
     * Writes the first draw of {@code rows} rows (at most {@link #XLS_MAX_ROWS}) as an Excel 97-2003 workbook, as an
     * older desktop Excel saves the extract (header in row 1, kommunkod as text), and returns the sum of antal. POI's
     * HSSFWorkbook is the writer: the format has no streaming writer, and a sheet of 65,535 rows fits in memory.
     */
    static long writeXls(Path file, long rows, List<String> kommunkoder) {
        if (rows > XLS_MAX_ROWS) {
            throw new IllegalArgumentException(rows + " rows: an .xls sheet holds " + XLS_MAX_ROWS + " below its header");
        }
        long[] sum = {0};
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(SHEET);
            String[] header = HEADER.split(";");
            org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            int[] next = {1};
            rows(rows, kommunkoder, r -> {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(r.ar());
                row.createCell(1).setCellValue(r.manad());
                row.createCell(2).setCellValue(r.kommunkod());
                row.createCell(3).setCellValue(r.lagrum());
                row.createCell(4).setCellValue(r.brottstyp());
                row.createCell(5).setCellValue(r.antal());
                sum[0] += r.antal();
            });
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                wb.write(out); // no document properties: the same bytes from run to run
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum[0];
    }

    /** {@code 1 234}: a space as thousands separator from 1 000 up. */
    static String swedish(long n) {
        String digits = Long.toString(n);
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(' ');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
