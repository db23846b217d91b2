package se.bilaga1.bra;

import se.bilaga1.migrationsverket.Tillstand;

/** A class that breaks the house on purpose (one source using another): ArchitectureTest's negative case. */
final class SourceToSourceProbe {

    private SourceToSourceProbe() {
    }

    static Class<?> forbidden() {
        return Tillstand.class;
    }
}
