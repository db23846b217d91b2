package se.bilaga1.publish.textkontroll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.bilaga1.warehouse.PublishedCells.PublishedCell;

/**
 * Textkontroll: every number and change word a report's manuscript states, checked against report year N's published
 * cells (only cells that passed the disclosure boundary). Each statement gets a {@link Status}; none is dropped.
 */
public final class Textkontroll {

    private final Vocabulary vocabulary;

    public Textkontroll() {
        this(Vocabulary.load());
    }

    Textkontroll(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The findings of a manuscript file (.docx, .md, .txt) against the cells. */
    public List<Finding> check(Path manuscript, List<PublishedCell> cells, int reportYear) throws IOException {
        return check(Manuscript.read(manuscript), cells, reportYear);
    }

    List<Finding> check(Manuscript manuscript, List<PublishedCell> cells, int reportYear) {
        PublishedFigures figures = new PublishedFigures(cells);
        NumberCheck numbers = new NumberCheck(figures);
        TrendCheck trends = new TrendCheck(figures);
        List<Finding> out = new ArrayList<>();
        for (Manuscript.Paragraph p : manuscript.paragraphs()) {
            Vocabulary.Subject previous = null;
            for (String text : p.sentences()) {
                Sentence s = new Sentence(p.number(), text, p.text(), reportYear, previous, vocabulary);
                trends.check(s, out);
                ShareCheck.shareWords(s, figures, out);
                Vocabulary.Subject used = numbers.check(s, out);
                Sentence.Chosen<Vocabulary.Subject> named = s.subject(0);
                previous = used != null ? used : named != null ? named.value() : previous;
            }
        }
        return out;
    }

    /** How many findings have each status (all four, zeros included), for the run report. */
    public static Map<Status, Long> counts(List<Finding> findings) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, findings.stream().filter(f -> f.status() == s).count());
        }
        return counts;
    }

    /** {@code STÄMMER 12, MOTSÄGS 1, DOLD CELL 0, EJ KONTROLLERAD 30}. */
    public static String summary(List<Finding> findings) {
        return String.join(", ", counts(findings).entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .toList());
    }
}
