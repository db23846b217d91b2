package se.bilaga1.publish.textkontroll;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence being checked, with what it is read against: its paragraph (context for shares), the report year (a
 * statement without a year is about it, and says so) and the subject of the sentence before (a sentence that names
 * none takes it, and says so).
 */
final class Sentence {

    /** Where a clause ends: a count's row word and a change's subject are looked for within their clause. */
    private static final Pattern CLAUSE_END = Pattern.compile(",|;|\\(|\\)| – | - | och | men | varav |\\.$");

    final int stycke;
    final String text;
    final String paragraph;
    final int reportYear;
    final Vocabulary.Subject previous;
    final Vocabulary vocabulary;
    final List<Words.Year> years;

    Sentence(int stycke, String text, String paragraph, int reportYear, Vocabulary.Subject previous, Vocabulary vocabulary) {
        this.stycke = stycke;
        this.text = text;
        this.paragraph = paragraph;
        this.reportYear = reportYear;
        this.previous = previous;
        this.vocabulary = vocabulary;
        this.years = Words.years(text);
    }

    /** The subject nearest to {@code at} in the sentence, or the previous sentence's, or null. */
    Chosen<Vocabulary.Subject> subject(int at) {
        return subject(at, true);
    }

    /** As {@link #subject(int)}; without {@code inherit}, only a subject the sentence names. */
    Chosen<Vocabulary.Subject> subject(int at, boolean inherit) {
        Vocabulary.Subject best = null;
        int distance = Integer.MAX_VALUE;
        List<String> named = new ArrayList<>();
        for (Vocabulary.Subject s : vocabulary.subjects()) {
            for (Words.Hit h : Words.find(text, s.words())) {
                if (!named.contains(s.name())) {
                    named.add(s.name());
                }
                int d = Math.abs(h.start() - at);
                if (d < distance) {
                    distance = d;
                    best = s;
                }
            }
        }
        if (best != null) {
            return new Chosen<>(best, named.size() > 1 ? "ämnen i meningen: " + String.join(", ", named)
                    + "; valt det närmaste, " + best.name() : "");
        }
        return previous == null || !inherit ? null : new Chosen<>(previous, "ämnet från meningen före: " + previous.name());
    }

    /** The year nearest to {@code at} in its clause, else in the sentence, else the report year (said). */
    Chosen<Integer> year(int at) {
        int[] c = clause(at);
        Integer y = Words.nearestYear(years.stream().filter(yr -> yr.start() >= c[0] && yr.start() < c[1]).toList(), at);
        if (y == null) {
            y = Words.nearestYear(years, at);
        }
        return y != null ? new Chosen<>(y, "") : new Chosen<>(reportYear, "inget år i meningen: rapportåret " + reportYear);
    }

    /** The clause {@code at} stands in: from the clause end before it to the one after. */
    int[] clause(int at) {
        int start = 0;
        int end = text.length();
        Matcher m = CLAUSE_END.matcher(text);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else if (m.start() > at) {
                end = m.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    Finding finding(String pastaende, String iTexten, String iTabellerna, String celler, Status status) {
        return new Finding(stycke, text, pastaende, iTexten, iTabellerna, celler, status);
    }

    /** A choice with why it was made (empty when there was nothing to choose between). */
    record Chosen<T>(T value, String why) {
    }

    static String join(String... notes) {
        return String.join("; ", java.util.Arrays.stream(notes).filter(n -> n != null && !n.isEmpty()).toList());
    }
}
