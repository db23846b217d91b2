package se.bilaga1.publish.textkontroll;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The words statements are tied to cells by, read from {@code textkontroll/vokabular.yml}: subjects (words → the
 * cells a count, a series or a ranking is checked against), shares, change words with their tolerances, share words
 * ("hälften") with their intervals, ranking words, and numbers that are no statement (statutes, pages).
 */
record Vocabulary(List<Subject> subjects, List<Share> shares, double percentRounding, List<Change> changes,
        List<String> continuing, Map<String, Integer> inARow, List<String> comparedWith, List<ShareWord> shareWords,
        List<String> most, List<String> followedBy, List<String> more, List<String> than, List<Pattern> ignore) {

    static final String RESOURCE = "/textkontroll/vokabular.yml";

    /** A subject: its words, the series its changes are read from, the cells a bare count means, rows by word. */
    record Subject(String name, List<String> words, String series, List<String> total, Map<String, String> rows,
            List<String> parts, Map<String, String> forms) {
    }

    /** A share: words that name it, words of its context (sentence or paragraph), and its cells. */
    record Share(String name, List<String> words, List<String> context, String share, String numerator,
            String denominator) {
    }

    /** A change word: its direction ({@code +1} up, {@code -1} down) and, for "fördubblats", the ratio it claims. */
    record Change(List<String> words, int direction, BigDecimal minRatio, BigDecimal maxRatio) {
    }

    record ShareWord(List<String> words, BigDecimal min, BigDecimal max) {
    }

    static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return of(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Vocabulary of(Map<String, Object> y) {
        List<Subject> subjects = ((List<Map<String, Object>>) y.get("amnen")).stream().map(s -> new Subject(
                (String) s.get("namn"), strings(s.get("ord")), (String) s.get("serie"), strings(s.get("total")),
                map(s.get("rader")), strings(s.get("delar")), map(s.get("former")))).toList();
        List<Share> shares = ((List<Map<String, Object>>) y.get("andelar")).stream().map(s -> new Share(
                (String) s.get("namn"), strings(s.get("ord")), strings(s.get("sammanhang")), (String) s.get("andel"),
                (String) s.get("taljare"), (String) s.get("namnare"))).toList();
        List<Change> changes = ((List<Map<String, Object>>) y.get("forandringar")).stream().map(c -> {
            List<Object> ratio = (List<Object>) c.get("kvot");
            return new Change(strings(c.get("ord")), "upp".equals(c.get("riktning")) ? 1 : -1,
                    ratio == null ? null : new BigDecimal(ratio.get(0).toString()),
                    ratio == null ? null : new BigDecimal(ratio.get(1).toString()));
        }).toList();
        List<ShareWord> shareWords = ((List<Map<String, Object>>) y.get("andelsord")).stream().map(w -> {
            List<Object> range = (List<Object>) w.get("intervall");
            return new ShareWord(strings(w.get("ord")), new BigDecimal(range.get(0).toString()),
                    new BigDecimal(range.get(1).toString()));
        }).toList();
        Map<String, Object> ranking = (Map<String, Object>) y.get("rangordning");
        Map<String, Integer> inARow = new LinkedHashMap<>();
        ((Map<String, Object>) y.get("i_rad")).forEach((k, v) -> inARow.put(k, ((Number) v).intValue()));
        double rounding = ((Number) ((Map<String, Object>) y.get("avrundning")).get("procent")).doubleValue();
        return new Vocabulary(subjects, shares, rounding, changes, strings(y.get("fortsatt")), inARow,
                strings(y.get("jamfort_med")), shareWords, strings(ranking.get("flest")), strings(ranking.get("foljt_av")),
                strings(ranking.get("fler_an")), strings(ranking.get("an")), strings(y.get("ignorera")).stream().map(Pattern::compile).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o == null ? List.of() : ((List<Object>) o).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> map(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        if (o != null) {
            ((Map<String, Object>) o).forEach((k, v) -> out.put(k, String.valueOf(v)));
        }
        return out;
    }
}
