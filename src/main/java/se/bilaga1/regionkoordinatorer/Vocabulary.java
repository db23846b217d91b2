package se.bilaga1.regionkoordinatorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.bilaga1.support.HeaderNames;

/**
 * A coded column's vocabulary: canonical codes with their printed labels and the spellings a person would type
 * (compared after header folding).
 */
public final class Vocabulary {

    private final String column;
    private final Map<String, String> codeBySpelling = new LinkedHashMap<>();
    private final Map<String, String> labelByCode = new LinkedHashMap<>();

    private Vocabulary(String column) {
        this.column = column;
    }

    static Vocabulary of(String column) {
        return new Vocabulary(column);
    }

    /** Adds a code, its printed label (also a spelling) and further spellings. */
    Vocabulary code(String code, String label, String... spellings) {
        labelByCode.put(code, label);
        codeBySpelling.put(HeaderNames.fold(label), code);
        codeBySpelling.put(HeaderNames.fold(code), code);
        for (String s : spellings) {
            codeBySpelling.put(HeaderNames.fold(s), code);
        }
        return this;
    }

    Optional<String> parse(String raw) {
        return Optional.ofNullable(codeBySpelling.get(HeaderNames.fold(raw)));
    }

    /** The printed label of a code (the code itself when unknown). */
    public String label(String code) {
        return labelByCode.getOrDefault(code, code);
    }

    List<String> codes() {
        return List.copyOf(labelByCode.keySet());
    }

    String expected() {
        return column + ": expected " + String.join(", ", labelByCode.values());
    }

    public static final Vocabulary KON = of("kon")
            .code("KVINNA", "Kvinna", "kvinnor", "k", "flicka")
            .code("MAN", "Man", "män", "m", "pojke")
            .code("ANNAN", "Annan könsidentitet", "annan", "annan_konsidentitet")
            .code("OKANT", "Okänt", "okänd", "vet ej", "uppgift saknas");

    public static final Vocabulary ALDERSGRUPP = of("aldersgrupp")
            .code("VUXEN", "Vuxen", "vuxna")
            .code("BARN", "Barn", "under 18")
            .code("OKAND", "Okänd", "okänt", "okänd ålder", "vet ej");

    public static final Vocabulary MISSTANKE = of("misstanke")
            .code("MANNISKOHANDEL", "Människohandel")
            .code("MANNISKOEXPLOATERING", "Människoexploatering");

    public static final Vocabulary BRANSCH = of("bransch")
            .code("HOTELL_RESTAURANG", "Hotell och restaurang", "hotell/restaurang", "hotell- och restaurang")
            .code("BYGG", "Bygg")
            .code("GRON_NARING", "Grön näring")
            .code("STAD", "Städ")
            .code("SKONHET", "Skönhet och kroppsvård")
            .code("LIVSMEDEL", "Livsmedel/jordbruk/fiske/djurhållning", "Livsmedel, jordbruk, fiske, djurhållning")
            .code("BILTVATT", "Biltvätt/bilverkstad")
            .code("VARD_OMSORG", "Vård och omsorg/sociala tjänster", "Vård och omsorg, sociala tjänster")
            .code("TRANSPORT", "Transport")
            .code("INDUSTRI", "Industri")
            .code("ANNAT", "Annat")
            .code("VET_EJ", "Vet ej", "okänd");
}
