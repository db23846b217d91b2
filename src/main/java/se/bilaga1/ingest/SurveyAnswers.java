package se.bilaga1.ingest;

import java.util.HashSet;
import java.util.Set;

/** The municipality-per-year keys answered in this run, so a municipality answering twice is caught across files. */
public final class SurveyAnswers {

    private final Set<String> seen = new HashSet<>();

    /** Starts a load step from the year|key pairs the warehouse holds already. */
    public void startRun(Set<String> loadedKeys) {
        seen.clear();
        seen.addAll(loadedKeys);
    }

    /** @return false when {@code key} was already given for {@code year} in this run */
    public boolean firstTime(int year, String key) {
        return seen.add(year + "|" + key);
    }
}
