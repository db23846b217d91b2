package se.bilaga1.migrationsverket;

import java.util.Optional;

import se.bilaga1.support.HeaderNames;

/** Who applied for the permit, as Tabell 6 names them. */
enum SokandePart {
    AKLAGARMYNDIGHETEN("Åklagarmyndigheten"),
    POLISMYNDIGHETEN("Polismyndigheten"),
    SOCIALNAMND("Socialnämnd eller motsvarande");

    private final String label;

    SokandePart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Empty for a text outside the vocabulary; callers treat a blank cell before asking. */
    public static Optional<SokandePart> parse(String raw) {
        String folded = HeaderNames.fold(raw);
        if (folded.startsWith("aklagar")) {
            return Optional.of(AKLAGARMYNDIGHETEN);
        }
        if (folded.startsWith("polis")) {
            return Optional.of(POLISMYNDIGHETEN);
        }
        if (folded.startsWith("socialnamnd") || folded.startsWith("socialtjanst") || folded.equals("socialnamnd_eller_motsvarande")) {
            return Optional.of(SOCIALNAMND);
        }
        return Optional.empty();
    }
}
