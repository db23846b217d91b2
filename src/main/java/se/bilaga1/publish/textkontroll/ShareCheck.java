package se.bilaga1.publish.textkontroll;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import se.bilaga1.warehouse.Figures;

/**
 * Shares: which of the vocabulary's shares a sentence states (its words in the sentence; among several, the one whose
 * context words stand in the sentence, then in the paragraph, and it says which and why), and the share's value from
 * its cells. Also the share words ("hälften", "en majoritet") with the interval each claims.
 */
final class ShareCheck {

    private ShareCheck() {
    }

    static Sentence.Chosen<Vocabulary.Share> choose(Sentence s, List<Vocabulary.Share> shares) {
        List<Vocabulary.Share> named = shares.stream().filter(sh -> Words.has(s.text, sh.words())).toList();
        if (named.isEmpty()) {
            return null;
        }
        List<Vocabulary.Share> inSentence = named.stream().filter(sh -> sh.context().isEmpty()
                || Words.has(s.text, sh.context())).toList();
        List<Vocabulary.Share> inParagraph = named.stream().filter(sh -> sh.context().isEmpty()
                || Words.has(s.paragraph, sh.context())).toList();
        List<Vocabulary.Share> pick = !inSentence.isEmpty() ? inSentence : !inParagraph.isEmpty() ? inParagraph : named;
        String why = named.size() == 1 ? "" : "kandidater: " + String.join(", ", named.stream().map(Vocabulary.Share::name)
                .toList()) + "; valde " + pick.get(0).name() + (pick == inSentence ? " (sammanhanget i meningen)"
                        : pick == inParagraph ? " (sammanhanget i stycket)" : " (först i vokabulären: inget sammanhang)");
        return new Sentence.Chosen<>(pick.get(0), why);
    }

    /** A share's value for a year, or why it has none ({@code status} set). */
    record Ratio(BigDecimal value, String text, String cells, Status status) {
    }

    static Ratio ratio(PublishedFigures figures, Vocabulary.Share share, int year) {
        List<PublishedFigures.Value> parts = new ArrayList<>();
        if (share.share() != null) {
            parts.add(figures.resolve(share.share(), year));
        } else {
            parts.add(figures.resolve(share.numerator(), year));
            parts.add(figures.resolve(share.denominator(), year));
        }
        String cells = String.join(" / ", parts.stream().map(PublishedFigures.Value::names).toList());
        for (PublishedFigures.Value p : parts) {
            if (p.hidden()) {
                return new Ratio(null, "cellen är dold av röjandekontroll (..)", cells, Status.DOLD_CELL);
            }
            if (!p.usable()) {
                return new Ratio(null, "ingen publicerad cell " + p.missing(), cells, Status.EJ_KONTROLLERAD);
            }
        }
        if (parts.size() == 1) {
            return new Ratio(parts.get(0).value(), "andel " + Figures.plain(parts.get(0).value()), cells, null);
        }
        if (parts.get(1).value().signum() == 0) {
            return new Ratio(null, "nämnaren är 0", cells, Status.EJ_KONTROLLERAD);
        }
        return new Ratio(parts.get(0).value().divide(parts.get(1).value(), MathContext.DECIMAL64),
                Figures.plain(parts.get(0).value()) + " av " + Figures.plain(parts.get(1).value()), cells, null);
    }

    /** "Hälften av …", "en majoritet av …": the share words of a sentence, each checked against its share's interval. */
    static void shareWords(Sentence s, PublishedFigures figures, List<Finding> out) {
        for (Vocabulary.ShareWord word : s.vocabulary.shareWords()) {
            for (Words.Hit hit : Words.find(s.text, word.words())) {
                if (coveredByLonger(s, hit)) {
                    continue;
                }
                String claim = hit.shown() + " (" + pct(word.min()) + "–" + pct(word.max()) + " procent)";
                Sentence.Chosen<Vocabulary.Share> share = choose(s, s.vocabulary.shares());
                if (share == null) {
                    out.add(s.finding(NumberCheck.phrase(s, hit.start()), claim, "ingen andel i vokabulären känns igen",
                            "", Status.EJ_KONTROLLERAD));
                    continue;
                }
                Sentence.Chosen<Integer> year = s.year(hit.start());
                Ratio r = ratio(figures, share.value(), year.value());
                String why = Sentence.join(share.why(), year.why());
                if (r.status() != null) {
                    out.add(s.finding(NumberCheck.phrase(s, hit.start()), claim, Sentence.join(r.text(), why), r.cells(),
                            r.status()));
                    continue;
                }
                boolean agrees = r.value().compareTo(word.min()) >= 0 && r.value().compareTo(word.max()) <= 0;
                out.add(s.finding(NumberCheck.phrase(s, hit.start()), claim, Sentence.join(pct(r.value()) + " procent ("
                        + r.text() + ")", why), r.cells(), agrees ? Status.STAMMER : Status.MOTSAGS));
            }
        }
    }

    /** "närmare hälften" is one claim, not also "hälften". */
    private static boolean coveredByLonger(Sentence s, Words.Hit hit) {
        List<String> all = s.vocabulary.shareWords().stream().flatMap(w -> w.words().stream()).toList();
        return Words.find(s.text, all).stream().noneMatch(h -> h.start() == hit.start() && h.end() == hit.end());
    }

    private static String pct(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
