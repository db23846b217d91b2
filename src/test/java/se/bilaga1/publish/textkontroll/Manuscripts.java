package se.bilaga1.publish.textkontroll;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import se.bilaga1.warehouse.PublishedCells.PublishedCell;

/** The tests' manuscripts and cells: Word documents made here as Word writes them, and the 2024 cells. */
final class Manuscripts {

    static final String SEED = "/textkontroll/bilaga1-2024-utdrag.md";

    private Manuscripts() {
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Manuscripts.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The 2024 sample rebuild's published cells, with the AKC breakdown (src/test/resources/textkontroll). */
    static List<PublishedCell> cells2024() throws IOException {
        List<PublishedCell> cells = new ArrayList<>();
        for (String line : resource("/textkontroll/celler-2024.csv").split("\n")) {
            if (line.startsWith("#") || line.startsWith("tabell;") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(";", -1);
            cells.add(new PublishedCell(f[0], f[1], f[2], f[3].isEmpty() ? ".." : f[3]));
        }
        return cells;
    }

    /**
     * A .docx of Markdown-ish lines: "# " lines as headings (Heading1), the others as paragraphs; "{42}" in a line
     * becomes a footnote mark as Word sets it (a raised run "42"), and "~" a no-break space.
     */
    static Path docx(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.replaceAll("(?s)<!--.*?-->", "").split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                if (line.startsWith("# ")) {
                    p.setStyle("Heading1");
                    line = line.substring(2);
                }
                String[] pieces = line.replace('~', '\u00A0').split("\\{|\\}");
                for (int i = 0; i < pieces.length; i++) {
                    XWPFRun run = p.createRun();
                    run.setText(pieces[i]);
                    if (i % 2 == 1) {
                        run.setVerticalAlignment("superscript");
                    }
                }
            }
            doc.write(out);
        }
        return file;
    }
}
