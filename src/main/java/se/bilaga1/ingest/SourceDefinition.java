package se.bilaga1.ingest;

import java.util.function.Supplier;

/**
 * One source's part in loading: its folder under the input folder, how its files' headers are recognised (a new
 * detector per load step: it keeps state across the step's files, such as the keys seen) and where its facts go. Each
 * source package contributes one as a bean (its {@code …Source} configuration, the package's entry); the jobs build one
 * load step per definition, so a new source is a new package plus its place in the jobs' list of sources.
 *
 * @param source the folder under the input folder ({@code bra}, {@code regionkoordinatorer}, …)
 */
public record SourceDefinition(String source, Supplier<LayoutDetector> detectors, FactSink sink) {

    public LayoutDetector detector() {
        return detectors.get();
    }

    /** {@code loadBra}, {@code loadRegionkoordinatorer}: the load step's name. */
    public String stepName() {
        return "load" + Character.toUpperCase(source.charAt(0)) + source.substring(1);
    }
}
