package se.bilaga1.publish;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.bilaga1.publish.QualityDeclaration.Delivery;
import se.bilaga1.publish.QualityDeclaration.HiddenCells;
import se.bilaga1.publish.QualityDeclaration.Regions;
import se.bilaga1.publish.QualityDeclaration.Response;
import se.bilaga1.publish.QualityDeclaration.Section;
import se.bilaga1.publish.QualityDeclaration.Totals;
import se.bilaga1.warehouse.RuleResult;

/**
 * The quality declaration laid out once, as headings, paragraphs and tables, and rendered from that layout twice:
 * as Markdown ({@code bilaga1-N-kvalitet.md}) and as the workbook's sheet (by {@link WorkbookWriter}), so the two
 * cannot say different things.
 */
final class QualityDeclarationText {

    private QualityDeclarationText() {
    }

    sealed interface Block permits Heading, Paragraph, Table {
    }

    /** {@code level} 1 for the title, 2 for a section, 3 for a part of one. */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** Cells are text, whole numbers ({@link Long}) or shares ({@link Share}). */
    record Table(List<String> headings, List<List<Object>> rows) implements Block {
    }

    /** A share as a decimal (0.333): a percentage in both renderings. */
    record Share(BigDecimal value) {
    }

    static final DateTimeFormatter DELIVERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static List<Block> blocks(QualityDeclaration d) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, "Kvalitetsdeklaration – Bilaga 1. Indikatorer, rapportår " + d.reportYear()));
        out.add(new Paragraph("Byggd: " + d.built()));
        out.add(new Paragraph("Genererad ur körningens egna uppgifter: källfilernas register (kontrollsumma, leveransdatum"
                + " och radbalans), de publicerade cellernas proveniens, avstämningen, korrigeringarna och karantänen."
                + " Leveransdatum är filens ändringstid när körningen registrerade den."));
        Totals t = d.totals();
        out.add(new Heading(2, "Sammanfattning"));
        out.add(new Table(List.of("Uppgift", "Värde"), List.of(
                row("Källfiler", (long) t.files()),
                row("Inlästa filer", (long) t.loadedFiles()),
                row("Avvisade filer", (long) t.rejectedFiles()),
                row("Rader lästa", t.read()),
                row("Rader laddade", t.loaded()),
                row("Rader i karantän", t.quarantined()),
                row("Noter (titel-, rubrik- och fotnotsrader)", t.notes()),
                row("Kontroller", (long) t.rules()),
                row("Kontroller OK", t.ok()),
                row("Kontroller VARNING", t.varning()),
                row("Kontroller FEL", t.fel()),
                row("Korrigeringar tillämpade", t.correctionsApplied()),
                row("Korrigeringar FEL", t.correctionsFel()),
                row("Publicerade celler som korrigeringarna flyttade", (long) t.cellsMoved()),
                row("Undertryckta celler (röjandekontroll)", t.cellsSuppressed()),
                row("Publicerade celler, SHA-256", d.cellsSha256()))));
        // the findings first, so nobody has to look for them among the OK rows of the sections below
        out.add(new Heading(3, "Avvikelser i avstämningen (VARNING och FEL)"));
        List<List<Object>> findings = new ArrayList<>();
        d.sections().forEach(s -> s.rules().stream().filter(r -> r.status() != RuleResult.Status.OK).forEach(r -> findings.add(
                Arrays.asList(r.regel(), nz(r.tabell()), r.beskrivning(), nz(r.vanster()), nz(r.hoger()), r.status().name()))));
        table(out, List.of("Regel", "Tabell", "Beskrivning", "Vänster", "Höger", "Status"), findings, "Inga avvikelser.");
        for (Section s : d.sections()) {
            section(s, out);
        }
        return out;
    }

    private static void section(Section s, List<Block> out) {
        boolean other = s.name().equals(QualityDeclaration.OTHER);
        out.add(new Heading(2, other ? QualityDeclaration.OTHER + ": leveranser, kontroller och korrigeringar utanför"
                + " de publicerade tabellerna" : s.name()));
        if (!other) {
            out.add(new Paragraph("Publiceras som: " + String.join(", ", s.tables())));
            out.add(new Paragraph("År med uppgifter: " + (s.years().isEmpty() ? "inga"
                    : String.join(", ", s.years().stream().map(String::valueOf).toList()))));
        }

        out.add(new Heading(3, other ? "Leveranser som ingen publicerad cell bygger på" : "Källor"));
        List<List<Object>> files = new ArrayList<>();
        for (Delivery del : s.files()) {
            ShownFile f = del.file();
            files.add(Arrays.asList(f.fileName(), f.status(), del.deliveredAt() == null ? "okänt" : DELIVERED.format(del.deliveredAt()),
                    f.sha256(), f.read().cell(), f.loaded().cell(), f.quarantined().cell(), f.notes(),
                    f.message() == null ? "" : f.message()));
        }
        table(out, List.of("Fil", "Status", "Levererad", "SHA-256", "Rader lästa", "Laddade", "I karantän", "Noter",
                "Meddelande"), files, "Inga källfiler.");

        if (!s.responses().isEmpty()) {
            out.add(new Heading(3, "Svarsfrekvens och nämnare"));
            List<List<Object>> rows = new ArrayList<>();
            for (Response r : s.responses()) {
                rows.add(Arrays.asList(r.tabell(), String.valueOf(r.ar()), r.namnare(), r.svarande(), r.population(),
                        r.svarsfrekvens() == null ? ".." : new Share(r.svarsfrekvens())));
            }
            table(out, List.of("Tabell", "År", "Nämnare", "Svarande kommuner", "Kommuner", "Svarsfrekvens"), rows, null);
        }
        if (!s.regions().isEmpty()) {
            out.add(new Heading(3, "Regioner som levererat ärenden"));
            List<List<Object>> rows = new ArrayList<>();
            for (Regions r : s.regions()) {
                rows.add(Arrays.asList(String.valueOf(r.ar()), (long) r.delivered().size(), (long) r.of(),
                        new Share(BigDecimal.valueOf(r.delivered().size()).divide(BigDecimal.valueOf(r.of()), 3, RoundingMode.HALF_UP)),
                        r.missing().isEmpty() ? "–" : String.join(", ", r.missing())));
            }
            table(out, List.of("År", "Regioner", "Av", "Svarsfrekvens", "Saknas"), rows, null);
        }

        out.add(new Heading(3, "Rader i karantän"));
        table(out, List.of("Fil", "Orsak", "Rader"), s.quarantine().stream()
                .map(q -> Arrays.<Object>asList(q.where(), q.reason(), q.rows().cell())).toList(), "Inga rader i karantän.");

        out.add(new Heading(3, "Korrigeringar"));
        List<List<Object>> corrections = new ArrayList<>();
        for (ShownCorrection c : s.corrections()) {
            corrections.add(Arrays.asList(c.id(), c.kalla(), c.nyckel(), c.falt(), nz(c.tidigareVarde()), nz(c.nyttVarde()),
                    c.status(), c.beslutadAv(), c.datum(), nz(c.motivering()), nz(c.meddelande())));
        }
        table(out, List.of("Id", "Källa", "Nyckel", "Fält", "Värde före", "Nytt värde", "Status", "Beslutad av", "Datum",
                "Motivering", "Meddelande"), corrections, "Inga korrigeringar.");
        if (!other) {
            out.add(new Paragraph("Publicerade celler som korrigeringarna flyttade: " + s.cellsMoved()));
        }

        if (!other) {
            out.add(new Heading(3, "Celler som visas som .."));
            List<List<Object>> hidden = new ArrayList<>();
            for (HiddenCells h : s.hidden()) {
                hidden.add(Arrays.asList(h.tabell(), h.reason(), h.cells(), h.rule() == null ? "" : h.rule()));
            }
            table(out, List.of("Tabell", "Orsak", "Celler", "Regel"), hidden, "Inga dolda eller saknade celler.");
        }

        out.add(new Heading(3, "Avstämning"));
        List<List<Object>> rules = new ArrayList<>();
        for (RuleResult r : s.rules()) {
            rules.add(Arrays.asList(r.regel(), nz(r.tabell()), r.beskrivning(), nz(r.vanster()), nz(r.hoger()), r.status().name()));
        }
        table(out, List.of("Regel", "Tabell", "Beskrivning", "Vänster", "Höger", "Status"), rules, "Inga kontroller.");
    }

    private static void table(List<Block> out, List<String> headings, List<List<Object>> rows, String none) {
        if (rows.isEmpty() && none != null) {
            out.add(new Paragraph(none));
        } else {
            out.add(new Table(headings, rows));
        }
    }

    private static List<Object> row(String label, Object value) {
        return Arrays.asList(label, value);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The declaration as Markdown: every text from an input escaped, so none can add markup, a link or HTML. */
    static String markdown(QualityDeclaration d) {
        StringBuilder md = new StringBuilder();
        for (Block b : blocks(d)) {
            if (b instanceof Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
            } else if (b instanceof Paragraph p) {
                md.append(escape(p.text())).append("\n\n");
            } else if (b instanceof Table t) {
                md.append("| ").append(String.join(" | ", t.headings().stream().map(QualityDeclarationText::escape).toList()))
                        .append(" |\n|");
                for (int i = 0; i < t.headings().size(); i++) {
                    md.append(numeric(t, i) ? " ---: |" : " --- |");
                }
                md.append('\n');
                for (List<Object> row : t.rows()) {
                    md.append("| ").append(String.join(" | ", row.stream().map(QualityDeclarationText::cell).toList()))
                            .append(" |\n");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** A column right-aligned when it holds figures. */
    private static boolean numeric(Table t, int column) {
        return !t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.get(column) instanceof Long || r.get(column) instanceof Share);
    }

    private static String cell(Object value) {
        if (value instanceof Share s) {
            return percent(s.value());
        }
        return value instanceof Long n ? String.valueOf(n) : escape(String.valueOf(value));
    }

    /** 0.334 → {@code 33,4 %}, as the workbook shows a share. */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }

    /** Markdown's special characters (and line breaks, which would end a table row) made literal. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> out.append('\\').append(ch);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
