package se.bilaga1.publish.textkontroll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the vocabulary's words stand in a sentence, case-insensitive: a word matches a whole word ({@code män} is not
 * {@code människohandel}), a stem ending in {@code *} the start of one ({@code identifier*} matches
 * {@code identifierades}); the years and numbers a sentence states.
 */
final class Words {

    /** A year as the report writes one: 1990–2039, four digits, not part of a grouped number. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?<!\\d )(199\\d|20[0-3]\\d)(?!\\d|,\\d)(?! \\d{3}(?!\\d))");
    /** A number: digit groups joined by a space ({@code 1 805}), a decimal comma. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\d,.:])(\\d{1,3}(?: \\d{3})+|\\d+)(?:,(\\d+))?(?![\\d:])");

    private Words() {
    }

    record Hit(String word, int start, int end) {

        /** The word as a finding prints it (a stem without its {@code *}). */
        String shown() {
            return word.replace("*", "");
        }
    }

    /** Every place one of {@code words} stands in {@code text}, in order; a longer word wins where two overlap. */
    static List<Hit> find(String text, Collection<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (String w : words) {
            boolean stem = w.endsWith("*");
            String lw = (stem ? w.substring(0, w.length() - 1) : w).toLowerCase(Locale.ROOT);
            int from = 0;
            while ((from = lower.indexOf(lw, from)) >= 0) {
                int end = from + lw.length();
                boolean starts = from == 0 || !Character.isLetterOrDigit(lower.charAt(from - 1));
                boolean ends = stem || end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (starts && ends) {
                    int wordEnd = end;
                    while (stem && wordEnd < lower.length() && Character.isLetter(lower.charAt(wordEnd))) {
                        wordEnd++;
                    }
                    hits.add(new Hit(w, from, wordEnd));
                }
                from += lw.length();
            }
        }
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.isEmpty() || h.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(h);
            }
        }
        return kept;
    }

    static boolean has(String text, Collection<String> words) {
        return !find(text, words).isEmpty();
    }

    /** The first hit at or after {@code from}, or null. */
    static Hit firstAfter(String text, Collection<String> words, int from) {
        return find(text, words).stream().filter(h -> h.start() >= from).findFirst().orElse(null);
    }

    record Year(int year, int start) {
    }

    static List<Year> years(String text) {
        List<Year> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(new Year(Integer.parseInt(m.group(1)), m.start()));
        }
        return out;
    }

    /** The year nearest to {@code at} (before it when two are as near), or null. */
    static Integer nearestYear(List<Year> years, int at) {
        Year best = null;
        for (Year y : years) {
            if (best == null || Math.abs(y.start() - at) < Math.abs(best.start() - at)) {
                best = y;
            }
        }
        return best == null ? null : best.year();
    }
}
