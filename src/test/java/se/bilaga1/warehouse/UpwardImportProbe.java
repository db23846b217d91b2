package se.bilaga1.warehouse;

import se.bilaga1.jobs.RunHistory;

/** A class that breaks the house on purpose (the warehouse using jobs, above it): ArchitectureTest's negative case. */
final class UpwardImportProbe {

    private UpwardImportProbe() {
    }

    static Class<?> forbidden() {
        return RunHistory.class;
    }
}
