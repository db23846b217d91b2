package se.bilaga1.publish.textkontroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bilaga1.warehouse.Figures;

/**
 * Every number a sentence states that is not a year: a share ({@code 45 procent}), a count with its subject, row and
 * year ({@code 35 barn}), an enumeration's parts against its total ({@code 430 brottsoffer (255 kvinnor, …)}), or,
 * when no subject or cell is recognised, EJ KONTROLLERAD with why.
 */
final class NumberCheck {

    private static final Pattern PERCENT = Pattern.compile("\\s*(procent|%)");
    private static final Pattern DENOMINATOR = Pattern.compile("\\d\\s+av\\s+$");
    private static final Pattern ENUMERATION = Pattern.compile("\\G\\s+\\p{L}+\\s*\\(([^)]*)\\)");

    private final PublishedFigures figures;

    NumberCheck(PublishedFigures figures) {
        this.figures = figures;
    }

    /** The numbers of the sentence, each a finding; returns the subject a count used (for the next sentence). */
    Vocabulary.Subject check(Sentence s, List<Finding> out) {
        Vocabulary.Subject used = null;
        Matcher m = Words.NUMBER.matcher(s.text);
        while (m.find()) {
            if (isYear(s, m.start()) || ignored(s, m.start(), m.end())) {
                continue;
            }
            BigDecimal stated = new BigDecimal(m.group(1).replace(" ", "") + (m.group(2) == null ? "" : "." + m.group(2)));
            String after = s.text.substring(m.end());
            Matcher percent = PERCENT.matcher(after);
            if (percent.lookingAt()) {
                out.add(share(s, m.start(), m.group() + percent.group(), stated));
                continue;
            }
            if (DENOMINATOR.matcher(s.text.substring(0, m.start())).find()) {
                out.add(s.finding(phrase(s, m.start()), m.group(), "", "", Status.EJ_KONTROLLERAD));
                continue;
            }
            Sentence.Chosen<Vocabulary.Subject> subject = s.subject(m.start());
            if (subject == null) {
                out.add(s.finding(phrase(s, m.start()), m.group(), "inget ämne känt i meningen", "",
                        Status.EJ_KONTROLLERAD));
            } else {
                used = subject.value();
                out.add(count(s, m.start(), m.group(), stated, subject));
            }
            Matcher parts = ENUMERATION.matcher(s.text).region(m.end(), s.text.length());
            if (parts.lookingAt()) {
                // the parts against the stated total need no cell: checked whether or not the subject is known
                out.add(enumeration(s, m.group() + parts.group(), stated, parts.group(1)));
            }
        }
        return used;
    }

    private static boolean isYear(Sentence s, int at) {
        return s.years.stream().anyMatch(y -> y.start() == at);
    }

    private static boolean ignored(Sentence s, int start, int end) {
        for (Pattern p : s.vocabulary.ignore()) {
            Matcher m = p.matcher(s.text);
            while (m.find()) {
                if (m.start() <= start && m.end() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    private Finding count(Sentence s, int at, String number, BigDecimal stated, Sentence.Chosen<Vocabulary.Subject> subject) {
        int[] clause = s.clause(at);
        String rest = s.text.substring(at, clause[1]);
        Words.Hit row = null;
        for (Words.Hit h : Words.find(rest, subject.value().rows().keySet())) {
            row = h; // the last row word of the clause: "22 av personerna var barn" counts children
        }
        Sentence.Chosen<Integer> year = s.year(at);
        List<String> references = row != null ? List.of(subject.value().rows().get(row.word())) : subject.value().total();
        String why = Sentence.join(subject.why(), year.why(), row == null ? "" : "rad efter ordet '" + row.shown() + "'");
        return compare(s, phrase(s, at), number, stated, references, year.value(), why);
    }

    /** A count against the first of {@code references} that has a cell; the others named when they agree or differ. */
    private Finding compare(Sentence s, String phrase, String number, BigDecimal stated, List<String> references, int year,
            String why) {
        PublishedFigures.Value chosen = null;
        List<String> others = new ArrayList<>();
        for (String r : references) {
            PublishedFigures.Value v = figures.resolve(r, year);
            if (chosen == null && (v.usable() || v.hidden())) {
                chosen = v;
            } else if (v.usable()) {
                others.add(v.names() + " = " + Figures.plain(v.value()));
            }
        }
        if (chosen == null) {
            return s.finding(phrase, number, Sentence.join("ingen publicerad cell för " + year, why), "",
                    Status.EJ_KONTROLLERAD);
        }
        if (chosen.hidden()) {
            return s.finding(phrase, number, Sentence.join("cellen är dold av röjandekontroll (..)", why), chosen.names(),
                    Status.DOLD_CELL);
        }
        String shown = Figures.plain(chosen.value()) + (others.isEmpty() ? "" : " (valde den första; även " + String.join(
                ", ", others) + ")");
        Status status = chosen.value().compareTo(stated) == 0 ? Status.STAMMER : Status.MOTSAGS;
        return s.finding(phrase, number, Sentence.join(shown, why), chosen.names(), status);
    }

    private Finding enumeration(Sentence s, String phrase, BigDecimal stated, String inside) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        Matcher m = Words.NUMBER.matcher(inside);
        while (m.find()) {
            sum = sum.add(new BigDecimal(m.group(1).replace(" ", "")));
            terms.add(m.group(1));
        }
        Status status = sum.compareTo(stated) == 0 ? Status.STAMMER : Status.MOTSAGS;
        return s.finding(phrase, Figures.plain(stated) + " = " + String.join(" + ", terms),
                "delarnas summa " + Figures.plain(sum) + " mot angiven total " + Figures.plain(stated), "texten själv",
                status);
    }

    private Finding share(Sentence s, int at, String number, BigDecimal stated) {
        Sentence.Chosen<Vocabulary.Share> share = ShareCheck.choose(s, s.vocabulary.shares());
        if (share == null) {
            return s.finding(phrase(s, at), number, "ingen andel i vokabulären känns igen i meningen", "",
                    Status.EJ_KONTROLLERAD);
        }
        Sentence.Chosen<Integer> year = s.year(at);
        ShareCheck.Ratio ratio = ShareCheck.ratio(figures, share.value(), year.value());
        String why = Sentence.join(share.why(), year.why());
        if (ratio.status() != null) {
            return s.finding(phrase(s, at), number, Sentence.join(ratio.text(), why), ratio.cells(), ratio.status());
        }
        BigDecimal percent = ratio.value().multiply(BigDecimal.valueOf(100));
        boolean agrees = percent.subtract(stated).abs().doubleValue() <= s.vocabulary.percentRounding();
        return s.finding(phrase(s, at), number, Sentence.join(percent.setScale(1, RoundingMode.HALF_UP).toPlainString()
                + " procent (" + ratio.text() + "; avrundat ±" + s.vocabulary.percentRounding() + ")", why), ratio.cells(),
                agrees ? Status.STAMMER : Status.MOTSAGS);
    }

    /** The number and the few words after it, up to its clause's end. */
    static String phrase(Sentence s, int at) {
        int end = s.clause(at)[1];
        String words = s.text.substring(at, end).strip();
        String[] w = words.split(" ");
        return w.length <= 8 ? words : String.join(" ", java.util.Arrays.copyOf(w, 8)) + " …";
    }

}
