package se.bilaga1.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import se.bilaga1.warehouse.Figures;
import se.bilaga1.warehouse.PublishedTable;

/**
 * One published table as a PC-Axis file, after Statistics Sweden's <i>PX-file format specification, AXIS-VERSION
 * 2013</i> ({@code docs/px.md} says what was decided and why). The file holds the table exactly as the flat CSV
 * does: one stub variable whose values are the CSV's {@code rad}, one heading variable whose values are its
 * {@code kolumn}, the figures in {@code DATA} and a missing figure as its symbol ({@code ".."}, {@code "-"}) with
 * its reason as a {@code CELLNOTE}. Only published, already aggregated cells reach this class.
 */
public final class PxWriter {

    /** The folder under the output folder that holds the PX files. */
    public static final String DIRECTORY = "px";

    /** Windows-1252: what {@code CHARSET="ANSI"} has meant since PC-Axis for Windows, and it has å, ä, ö, § and –. */
    static final Charset ANSI = Charset.forName("windows-1252");

    static final int MAX_LINE = PxSyntax.MAX_LINE;
    static final String EOL = PxSyntax.EOL;

    static final String NIL = "–";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DOTS = Pattern.compile("\\.{1,6}");
    private static final Pattern TABLE_PREFIX = Pattern.compile("^(Tabell|Figur) \\d+[a-z]?\\.\\s*");

    private PxWriter() {
    }

    /** {@code tabell-7.px}, {@code figur-3.px}: the table's name folded to lower-case ASCII, without spaces. */
    public static String fileName(PublishedTable table) {
        return fileName(table.tabell());
    }

    /** The PX file name of the table the flat CSV calls {@code tabell}. */
    public static String fileName(String tabell) {
        String folded = Normalizer.normalize(tabell.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("No file name for table " + tabell);
        }
        return folded + ".px";
    }

    /** Writes the table to {@code file}: Windows-1252, or UTF-8 when the table's text has a character 1252 lacks. */
    public static void write(Path file, PublishedTable table) throws IOException {
        Rendered px = render(table);
        Files.write(file, px.text().getBytes(px.charset()));
    }

    /** The file's text and the charset it must be written in (the one its {@code CODEPAGE} names). */
    record Rendered(String text, Charset charset) {
    }

    static Rendered render(PublishedTable table) {
        String ansi = render(table, ANSI);
        // a label from a delivery may hold a character Windows-1252 cannot say: that file is UTF-8 and says so,
        // rather than losing the character to a question mark
        if (ANSI.newEncoder().canEncode(ansi)) {
            return new Rendered(ansi, ANSI);
        }
        return new Rendered(render(table, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String render(PublishedTable table, Charset charset) {
        if (table.rows().isEmpty() || table.columns().isEmpty()) {
            throw new IllegalArgumentException(table.tabell() + " has no cells: a PX variable needs at least one value");
        }
        String stub = stubName(table);
        String heading = headingName(table, stub);
        List<String> rowLabels = table.rows().stream().map(r -> PxSyntax.label(r.rad())).toList();
        List<String> columnLabels = table.columns().stream().map(PxSyntax::label).toList();
        requireDistinct(table, stub, rowLabels);
        requireDistinct(table, heading, columnLabels);
        boolean shares = !table.shareColumns().isEmpty();
        int decimals = decimals(table);

        List<String> lines = new ArrayList<>();
        PxSyntax.entry(lines, "CHARSET=", List.of("ANSI"));
        PxSyntax.entry(lines, "AXIS-VERSION=", List.of("2013"));
        PxSyntax.entry(lines, "CODEPAGE=", List.of(charset == ANSI ? "windows-1252" : "utf-8"));
        PxSyntax.entry(lines, "LANGUAGE=", List.of("sv"));
        lines.add("DECIMALS=" + decimals + ";");
        if (shares) {
            // counts and shares side by side: counts shown whole, the shares with their decimals (PRECISION below)
            lines.add("SHOWDECIMALS=0;");
        }
        PxSyntax.entry(lines, "MATRIX=", List.of(matrix(table)));
        PxSyntax.entry(lines, "SUBJECT-CODE=", List.of("NSPM"));
        PxSyntax.entry(lines, "SUBJECT-AREA=", List.of("Prostitution och människohandel"));
        PxSyntax.entry(lines, "TITLE=", List.of(PxSyntax.note(table.title())));
        PxSyntax.entry(lines, "CONTENTS=", List.of(PxSyntax.note(TABLE_PREFIX.matcher(table.title()).replaceFirst(""))));
        if (!shares) {
            PxSyntax.entry(lines, "UNITS=", List.of("antal"));
        }
        PxSyntax.entry(lines, "STUB=", List.of(stub));
        PxSyntax.entry(lines, "HEADING=", List.of(heading));
        if (shares) {
            PxSyntax.entry(lines, "CONTVARIABLE=", List.of(heading));
        }
        PxSyntax.entry(lines, "VALUES(" + PxSyntax.quoted(stub) + ")=", rowLabels);
        PxSyntax.entry(lines, "VALUES(" + PxSyntax.quoted(heading) + ")=", columnLabels);
        if (shares) {
            for (int c = 0; c < table.columns().size(); c++) {
                boolean share = table.shareColumns().contains(table.columns().get(c));
                PxSyntax.entry(lines, "UNITS(" + PxSyntax.quoted(columnLabels.get(c)) + ")=", List.of(share ? "andel" : "antal"));
                if (share && decimals > 0) {
                    lines.add("PRECISION(" + PxSyntax.quoted(heading) + "," + PxSyntax.quoted(columnLabels.get(c)) + ")=" + decimals + ";");
                }
            }
        }
        PxSyntax.entry(lines, "SOURCE=", List.of(PxSyntax.note(source(table))));
        if (!table.notes().isEmpty()) {
            // # is the specification's line break in a note: one line per note of the table
            PxSyntax.entry(lines, "NOTE=", List.of(String.join("#", table.notes().stream().map(PxSyntax::note).toList())));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                PublishedTable.Cell cell = table.rows().get(r).cells().get(c);
                if (cell.value() == null && cell.reason() != null && !cell.reason().isBlank()) {
                    PxSyntax.entry(lines, "CELLNOTE(" + PxSyntax.quoted(rowLabels.get(r)) + "," + PxSyntax.quoted(columnLabels.get(c)) + ")=",
                            List.of(PxSyntax.note(cell.reason())));
                }
            }
        }
        PxSyntax.entry(lines, "DATASYMBOL2=", List.of(".."));
        PxSyntax.entry(lines, "DATASYMBOLNIL=", List.of(NIL));
        lines.add("DATA=");
        for (int r = 0; r < table.rows().size(); r++) {
            PublishedTable.Row row = table.rows().get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < table.columns().size(); c++) {
                line.append(datum(table, row, c)).append(' ');
            }
            // the specification ends each data line with a space; the last one with the semicolon
            lines.add(r == table.rows().size() - 1 ? line.toString().stripTrailing() + ";" : line.toString());
        }
        return String.join(EOL, lines) + EOL;
    }

    /** A figure as the flat CSV prints it, or its symbol in quotes: {@code ".."} missing, {@code "-"} nil. */
    private static String datum(PublishedTable table, PublishedTable.Row row, int column) {
        PublishedTable.Cell cell = row.cells().get(column);
        if (cell.value() != null) {
            return Figures.plain(cell.value());
        }
        String marker = cell.marker() == null ? "" : cell.marker().strip();
        if (DOTS.matcher(marker).matches()) {
            return '"' + marker + '"';
        }
        if (marker.equals("–") || marker.equals("-")) {
            return "\"-\"";
        }
        throw new IllegalArgumentException(table.tabell() + ", " + row.rad() + " × " + table.columns().get(column)
                + ": neither a figure nor a symbol PX has (" + (cell.marker() == null ? "no marker" : cell.marker()) + ")");
    }

    /** The stub's printed headings, or {@code Uppgift} where the published layout leaves them blank. */
    static String stubName(PublishedTable table) {
        List<String> named = table.stubHeadings().stream().filter(h -> h != null && !h.isBlank()).map(PxSyntax::label).toList();
        return named.isEmpty() ? "Uppgift" : String.join(" / ", named);
    }

    /** {@code År} over years, {@code Uppgift} over the measures of a figure, else {@code Indelning}. */
    static String headingName(PublishedTable table, String stub) {
        String name;
        if (table.columns().stream().allMatch(c -> YEAR.matcher(c).matches())) {
            name = "År";
        } else if (!stub.equals("Uppgift")) {
            name = "Uppgift";
        } else {
            name = "Indelning";
        }
        return name.equals(stub) ? name + " (kolumn)" : name;
    }

    private static void requireDistinct(PublishedTable table, String variable, List<String> labels) {
        Set<String> seen = new HashSet<>();
        for (String l : labels) {
            if (!seen.add(l)) {
                throw new IllegalArgumentException(table.tabell() + ": the value " + l + " of " + variable
                        + " comes twice, and a PX cell is named by its values");
            }
        }
    }

    /** The most decimals any figure has (0 for counts, 3 for the shares), within the specification's 0–15. */
    private static int decimals(PublishedTable table) {
        int decimals = 0;
        for (PublishedTable.Row row : table.rows()) {
            for (PublishedTable.Cell cell : row.cells()) {
                if (cell.value() != null) {
                    decimals = Math.max(decimals, new BigDecimal(Figures.plain(cell.value())).scale());
                }
            }
        }
        return Math.min(decimals, 15);
    }

    /** {@code TABELL7}, {@code FIGUR3}: at most 8 characters, as older PC-Axis versions want. */
    private static String matrix(PublishedTable table) {
        String name = fileName(table).replace(".px", "").replace("-", "").toUpperCase(Locale.ROOT);
        return name.length() > 8 ? name.substring(0, 8) : name;
    }

    /** The table's own source line (a note starting {@code Källa}), else the compiler of Bilaga 1. */
    private static String source(PublishedTable table) {
        return table.notes().stream().filter(n -> n.startsWith("Källa")).findFirst()
                .map(n -> n.replaceFirst("^Källa:?\\s*", "").strip())
                .filter(s -> !s.isEmpty())
                .orElse("Jämställdhetsmyndigheten, nationella samordningen mot prostitution och människohandel");
    }
}
