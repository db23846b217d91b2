package se.bilaga1.publish.textkontroll;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bilaga1.warehouse.Figures;

/**
 * Change words ("ökar", "minskade", "nästan fördubblats"), with the runs they claim ("för tredje året i rad",
 * "fortsätter") and what they compare with ("jämfört med föregående två år"), checked on the subject's series; and
 * rankings ("flest … följt av …", "fler … än …") on the subject's forms.
 */
final class TrendCheck {

    private static final Pattern IN_A_ROW = Pattern.compile("(\\p{L}+) året i rad|(första) året");

    private final PublishedFigures figures;

    TrendCheck(PublishedFigures figures) {
        this.figures = figures;
    }

    void check(Sentence s, List<Finding> out) {
        boolean comparison = Words.has(s.text, s.vocabulary.more()) && Words.has(s.text, s.vocabulary.than())
                && formAfter(s, s.vocabulary.than());
        boolean ranking = Words.has(s.text, s.vocabulary.most()) || Words.has(s.text, s.vocabulary.followedBy());
        if (comparison || ranking) {
            out.add(ranking(s, comparison));
            return;
        }
        List<String> words = s.vocabulary.changes().stream().flatMap(c -> c.words().stream()).toList();
        for (Words.Hit hit : Words.find(s.text, words)) {
            Vocabulary.Change change = s.vocabulary.changes().stream().filter(c -> c.words().contains(hit.word()))
                    .findFirst().orElseThrow();
            out.add(change(s, hit, change));
        }
    }

    private Finding change(Sentence s, Words.Hit hit, Vocabulary.Change change) {
        String phrase = s.text.substring(s.clause(hit.start())[0], s.clause(hit.start())[1]).strip();
        Sentence.Chosen<Vocabulary.Subject> subject = s.subject(hit.start(), false);
        if (subject == null) {
            return s.finding(phrase, hit.word(), "inget ämne känt i meningen", "", Status.EJ_KONTROLLERAD);
        }
        int[] clause = s.clause(hit.start());
        String reference = subject.value().series();
        String rowWhy = "";
        for (Words.Hit row : Words.find(s.text.substring(clause[0], clause[1]), subject.value().rows().keySet())) {
            reference = subject.value().rows().get(row.word());
            rowWhy = "rad efter ordet '" + row.shown() + "'";
        }
        Sentence.Chosen<Integer> year = s.year(hit.start());
        int y = year.value();
        int run = 1;
        boolean exact = false;
        Matcher inARow = IN_A_ROW.matcher(s.text);
        if (inARow.find() && s.vocabulary.inARow().containsKey(ordinal(inARow))) {
            run = s.vocabulary.inARow().get(ordinal(inARow));
            exact = true;
        } else if (Words.has(s.text.substring(clause[0], clause[1]), s.vocabulary.continuing())) {
            run = 2;
        }
        List<Integer> compared = List.of(y - 1);
        Words.Hit with = Words.find(s.text, s.vocabulary.comparedWith()).stream().findFirst().orElse(null);
        if (with != null && with.word().contains("två")) {
            compared = List.of(y - 1, y - 2);
        } else if (with != null && with.word().contains("tidigare")) {
            compared = new ArrayList<>();
            for (int earlier = y - 1; figures.resolve(reference, earlier).usable(); earlier--) {
                compared.add(earlier);
            }
        }
        int first = Math.min(y - run - (exact ? 1 : 0), compared.stream().min(Integer::compare).orElse(y - 1));
        Map<Integer, BigDecimal> series = new java.util.TreeMap<>();
        for (int yr = first; yr <= y; yr++) {
            PublishedFigures.Value v = figures.resolve(reference, yr);
            if (v.hidden()) {
                return s.finding(phrase, hit.word(), "cellen är dold av röjandekontroll (..)", v.names(), Status.DOLD_CELL);
            }
            if (v.usable()) {
                series.put(yr, v.value());
            }
        }
        String cells = cells(reference, series);
        String values = values(series);
        String why = Sentence.join(subject.why(), year.why(), rowWhy);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < run; i++) {
            if (!moved(series, y - i - 1, y - i, change.direction())) {
                wrong.add((series.containsKey(y - i - 1) && series.containsKey(y - i) ? "" : "saknas: ") + (y - i - 1)
                        + "→" + (y - i));
            }
        }
        if (exact && series.containsKey(y - run - 1) && moved(series, y - run - 1, y - run, change.direction())) {
            wrong.add("även " + (y - run - 1) + "→" + (y - run) + " (fler år i rad än texten säger)");
        }
        for (int c : compared) {
            if (change.minRatio() != null) {
                BigDecimal a = series.get(c);
                BigDecimal ratio = a == null || a.signum() == 0 ? null : series.get(y).divide(a, MathContext.DECIMAL64);
                if (ratio == null || ratio.compareTo(change.minRatio()) < 0 || ratio.compareTo(change.maxRatio()) >= 0) {
                    wrong.add(y + " mot " + c + ": kvot " + (ratio == null ? "saknas" : ratio.setScale(2,
                            java.math.RoundingMode.HALF_UP)) + ", ordet kräver [" + change.minRatio() + ", "
                            + change.maxRatio() + ")");
                }
            } else if (!moved(series, c, y, change.direction())) {
                wrong.add(c + "→" + y);
            }
        }
        String claim = hit.word() + (run > 1 ? ", " + run + (exact ? " år i rad" : " år i rad eller fler") : "");
        if (!series.containsKey(y)) {
            return s.finding(phrase, claim, Sentence.join("ingen publicerad cell för " + y, why), cells,
                    Status.EJ_KONTROLLERAD);
        }
        String text = Sentence.join(values + (wrong.isEmpty() ? "" : " – stämmer inte: " + String.join(", ", wrong)),
                actualRun(series, y, change.direction()), why);
        return s.finding(phrase, claim, text, cells, wrong.isEmpty() ? Status.STAMMER : Status.MOTSAGS);
    }

    private static String ordinal(Matcher inARow) {
        return (inARow.group(1) != null ? inARow.group(1) : inARow.group(2)).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean moved(Map<Integer, BigDecimal> series, int from, int to, int direction) {
        BigDecimal a = series.get(from);
        BigDecimal b = series.get(to);
        return a != null && b != null && b.compareTo(a) * direction > 0;
    }

    /** How many years in a row the series moved in the direction, up to year y, as the cells show it. */
    private static String actualRun(Map<Integer, BigDecimal> series, int y, int direction) {
        int n = 0;
        while (moved(series, y - n - 1, y - n, direction)) {
            n++;
        }
        return (direction > 0 ? "ökning" : "minskning") + " " + n + " år i rad till " + y;
    }

    private Finding ranking(Sentence s, boolean comparison) {
        String phrase = s.text;
        Vocabulary.Subject subject = s.vocabulary.subjects().stream().filter(v -> !v.forms().isEmpty()).findFirst()
                .orElse(null);
        if (subject == null) {
            return s.finding(phrase, "rangordning", "inga former i vokabulären", "", Status.EJ_KONTROLLERAD);
        }
        Words.Hit lead = Words.find(s.text, comparison ? s.vocabulary.more() : s.vocabulary.most()).stream().findFirst()
                .orElse(null);
        Words.Hit next = Words.find(s.text, comparison ? s.vocabulary.than() : s.vocabulary.followedBy()).stream()
                .findFirst().orElse(null);
        Words.Hit a = lead == null ? null : Words.firstAfter(s.text, subject.forms().keySet(), lead.end());
        if (a != null && next != null && a.start() > next.start() || a == null && lead != null) {
            // "arbetskraftsexploateringen är den vanligaste, följt av …": the form stands before the word
            a = Words.find(s.text.substring(0, lead.start()), subject.forms().keySet()).stream()
                    .reduce((first, second) -> second).orElse(null);
        }
        Words.Hit b = next == null ? null : Words.firstAfter(s.text, subject.forms().keySet(), next.end());
        if ((lead != null && a == null) || (next != null && b == null)) {
            return s.finding(phrase, "rangordning", "ingen exploateringsform känns igen efter '" + (a == null && lead
                    != null ? lead.word() : next.word()) + "'", "", Status.EJ_KONTROLLERAD);
        }
        Sentence.Chosen<Integer> year = s.year(lead != null ? lead.start() : next.start());
        int run = 1;
        boolean exact = false;
        Matcher inARow = IN_A_ROW.matcher(s.text);
        if (inARow.find() && s.vocabulary.inARow().containsKey(ordinal(inARow))) {
            run = s.vocabulary.inARow().get(ordinal(inARow));
            exact = true;
        }
        String claim = comparison ? "fler " + a.shown() + " än " + b.shown() : (a == null ? "näst " + b.shown()
                : "flest " + a.shown() + (b == null ? "" : ", följt av " + b.shown()));
        claim += exact ? ", " + run + " år i rad" : "";
        List<String> wrong = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int y = year.value();
        for (int yr = y - run + 1 - (exact ? 1 : 0); yr <= y; yr++) {
            List<Map.Entry<String, BigDecimal>> ranked = ranked(subject, yr);
            if (ranked.isEmpty()) {
                if (!(exact && yr == y - run)) {
                    wrong.add("ingen publicerad cell för " + yr);
                }
                continue;
            }
            shown.add(yr + ": " + String.join(", ", ranked.stream().limit(3).map(e -> e.getKey() + " "
                    + Figures.plain(e.getValue())).toList()));
            boolean holds = comparison ? value(subject, a, yr).compareTo(value(subject, b, yr)) > 0
                    : (a == null || ranked.get(0).getKey().equals(label(subject, a)))
                            && (b == null || (ranked.size() > 1 && ranked.get(1).getKey().equals(label(subject, b))));
            boolean before = exact && yr == y - run;
            if (holds == before) {
                wrong.add(yr + (before ? " (gällde redan då: fler år i rad än texten säger)" : ""));
            }
        }
        String cells = "Tabell 1 | " + (a == null ? "" : label(subject, a)) + (b == null ? "" : (a == null ? "" : ", ")
                + label(subject, b)) + " | " + (y - run + 1 - (exact ? 1 : 0)) + "–" + y;
        String text = Sentence.join(String.join("; ", shown) + (wrong.isEmpty() ? "" : " – stämmer inte: "
                + String.join(", ", wrong)), year.why());
        return s.finding(phrase, claim, text, cells, wrong.isEmpty() ? Status.STAMMER : Status.MOTSAGS);
    }

    private static boolean formAfter(Sentence s, List<String> words) {
        Vocabulary.Subject subject = s.vocabulary.subjects().stream().filter(v -> !v.forms().isEmpty()).findFirst()
                .orElse(null);
        Words.Hit w = Words.find(s.text, words).stream().findFirst().orElse(null);
        return subject != null && w != null && Words.firstAfter(s.text, subject.forms().keySet(), w.end()) != null;
    }

    private BigDecimal value(Vocabulary.Subject subject, Words.Hit form, int year) {
        PublishedFigures.Value v = figures.resolve(subject.forms().get(form.word()), year);
        return v.usable() ? v.value() : BigDecimal.ZERO;
    }

    private static String label(Vocabulary.Subject subject, Words.Hit form) {
        return subject.forms().get(form.word()).split("\\s*\\|\\s*")[1];
    }

    /** The subject's forms for a year, largest first (one entry per row: "arbete" and "arbetskraft" are one). */
    private List<Map.Entry<String, BigDecimal>> ranked(Vocabulary.Subject subject, int year) {
        Map<String, BigDecimal> byRow = new java.util.LinkedHashMap<>();
        for (String ref : subject.forms().values()) {
            PublishedFigures.Value v = figures.resolve(ref, year);
            if (v.usable()) {
                byRow.put(ref.split("\\s*\\|\\s*")[1], v.value());
            }
        }
        return byRow.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).toList();
    }

    private static String cells(String reference, Map<Integer, BigDecimal> series) {
        String base = reference.replace(" | {år}", "").replace("{år} / ", "");
        if (series.isEmpty()) {
            return base;
        }
        int from = ((java.util.TreeMap<Integer, BigDecimal>) series).firstKey();
        int to = ((java.util.TreeMap<Integer, BigDecimal>) series).lastKey();
        return base + " | " + from + "–" + to;
    }

    private static String values(Map<Integer, BigDecimal> series) {
        return String.join(", ", series.entrySet().stream().map(e -> Figures.plain(e.getValue()) + " (" + e.getKey() + ")")
                .toList());
    }
}
