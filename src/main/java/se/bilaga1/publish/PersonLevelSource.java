package se.bilaga1.publish;

import java.util.Arrays;
import java.util.Optional;

import se.bilaga1.migrationsverket.MigrationsverketSource;
import se.bilaga1.regionkoordinatorer.RegionkoordinatorerSource;

/**
 * The sources whose rows are people: a coordinator case is a victim, a Migrationsverket row a person granted a permit.
 * Their quarantined cells and reasons never leave as they are, and where one file covers less than the country (a
 * coordinator file is one police region and year) its row accounting is a regional count, protected like the regional
 * tables.
 */
enum PersonLevelSource {

    REGIONKOORDINATORER(RegionkoordinatorerSource.SOURCE, true, "(dold: ärendeuppgift)"),
    MIGRATIONSVERKET(MigrationsverketSource.SOURCE, false, "(dold: personuppgift)");

    private final String source;
    private final boolean regionalFiles;
    private final String hiddenValue;

    PersonLevelSource(String source, boolean regionalFiles, String hiddenValue) {
        this.source = source;
        this.regionalFiles = regionalFiles;
        this.hiddenValue = hiddenValue;
    }

    /** The source folder's name under {@code input/}. */
    String source() {
        return source;
    }

    /** Whether each file covers less than the whole country (then its counts are sub-national). */
    boolean regionalFiles() {
        return regionalFiles;
    }

    /** What an output shows in place of a quarantined cell's value. */
    String hiddenValue() {
        return hiddenValue;
    }

    /** The source of that name ({@code regionkoordinatorer}), if its rows are people. */
    static Optional<PersonLevelSource> ofSource(String source) {
        return Arrays.stream(values()).filter(s -> s.source.equals(source)).findFirst();
    }

    /**
     * Whether a step loads this source's rows ({@code loadRegionkoordinatorer}, or a partition of it): its row counts are
     * counts of people.
     */
    static boolean loads(String stepName) {
        if (stepName == null) {
            return false;
        }
        // the step, or one of its partitions (loadRegionkoordinatorer.files:12)
        String step = stepName.toLowerCase(java.util.Locale.ROOT).replaceFirst("[.:].*", "");
        return Arrays.stream(values()).anyMatch(s -> step.equals("load" + s.source));
    }
}
