package se.bilaga1.publish.textkontroll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import se.bilaga1.ingest.ZipLimits;

/**
 * A report's manuscript as paragraphs of sentences: {@code .docx} as Word writes it (POI's XWPF, behind the zip
 * limits every xlsx has), {@code .md} and {@code .txt} (UTF-8; a blank line ends a paragraph). Numbers are made
 * plain for the check: a no-break or thin space between digit groups ({@code 1 805}) becomes a space, and footnote
 * markers beside a word or number ({@code ¹}, {@code ⁴²}, {@code ^{8,9}}) go.
 */
public record Manuscript(List<Paragraph> paragraphs) {

    /** The largest manuscript read: a report is a few hundred kB of text. */
    static final long MAX_BYTES = 50L << 20;

    public record Paragraph(int number, String text, List<String> sentences) {
    }

    private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+|\\^\\{[\\d, ]+\\}");
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=\\d)[\u00A0\u202F\u2009\u2007](?=\\d{3}(?!\\d))");
    /** A sentence ends at . ! ? followed by space and a capital or digit; not after an abbreviation or a single digit. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-ZÅÄÖa-zåäö]\\.[a-zåäö])(?<!\\b(?:kap|bl\\.a|t\\.ex|inkl|st|ca|jfr|s|nr|d\\.v\\.s))[.!?](?=\\s+[\"”A-ZÅÄÖ0-9*])");

    public static Manuscript read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than " + (MAX_BYTES >> 20) + " MB: expected a report's"
                    + " manuscript (.docx, .md or .txt)");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return of(docxParagraphs(file));
        }
        if (name.endsWith(".md") || name.endsWith(".txt")) {
            return ofText(Files.readString(file, StandardCharsets.UTF_8));
        }
        throw new IOException(file.getFileName() + ": expected a manuscript saved as .docx, .md or .txt");
    }

    private static List<String> docxParagraphs(Path file) throws IOException {
        ZipLimits.applyToPoi();
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                StringBuilder text = new StringBuilder();
                for (XWPFRun run : p.getRuns()) {
                    String t = run.text();
                    // a footnote mark Word sets as a raised number is no figure of the text
                    if (run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT && t.matches("[\\d, ]+")) {
                        continue;
                    }
                    text.append(t);
                }
                texts.add(text.toString());
            }
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " could not be read as a Word document (" + e.getMessage()
                    + "): expected a .docx as Word saves it", e);
        }
        return texts;
    }

    /** Plain text or Markdown: paragraphs are separated by blank lines; heading marks and emphasis go. */
    static Manuscript ofText(String text) {
        List<String> paragraphs = new ArrayList<>();
        String plain = text.replace("\r\n", "\n").replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?m)^(#+ .*)$", "\n$1\n"); // a heading is a paragraph of its own
        for (String block : plain.split("\n\\s*\n")) {
            paragraphs.add(block.replaceAll("(?m)^\\s*#+\\s*", "").replaceAll("[*_]{1,2}(?=\\S)|(?<=\\S)[*_]{1,2}", "")
                    .replace('\n', ' '));
        }
        return of(paragraphs);
    }

    static Manuscript of(List<String> texts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String raw : texts) {
            String text = normalise(raw).strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(paragraphs.size() + 1, text, sentences(text)));
            }
        }
        return new Manuscript(paragraphs);
    }

    /** Digit groups joined by a plain space, footnote markers gone, runs of space one. */
    static String normalise(String text) {
        String s = SUPERSCRIPTS.matcher(text).replaceAll("");
        s = SPACED_DIGITS.matcher(s).replaceAll(" ");
        return s.replaceAll("[\u00A0\u202F\u2009\u2007\t]", " ").replaceAll(" {2,}", " ");
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(text.substring(start, m.end()).strip());
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(text.substring(start).strip());
        }
        return out;
    }
}
