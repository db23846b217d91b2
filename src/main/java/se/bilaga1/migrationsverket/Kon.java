package se.bilaga1.migrationsverket;

import se.bilaga1.support.HeaderNames;

/** Sex as Tabell 5 splits it: Kvinna, Man; anything else the extract says counts as unknown. */
enum Kon {
    KVINNA, MAN, OKANT;

    public static Kon parse(String raw) {
        return switch (HeaderNames.fold(raw)) {
            case "kvinna", "kvinnor", "k", "female", "f" -> KVINNA;
            case "man", "m", "male" -> MAN;
            default -> OKANT;
        };
    }
}
