package se.bilaga1.ingest;

/**
 * One source's part in loading: its folder under the input folder, how its files' headers are recognised and where
 * its facts go. Each source package contributes one (a Spring component, the package's entry); the jobs build one
 * load step per definition, so a new source is a new package plus its place in the jobs' list of sources.
 */
public interface SourceDefinition {

    /** The folder under the input folder ({@code bra}, {@code regionkoordinatorer}, …). */
    String source();

    /** A new detector for one load step (it keeps state across the step's files, such as the keys seen). */
    LayoutDetector detector();

    FactSink sink();

    /** {@code loadBra}, {@code loadRegionkoordinatorer}: the load step's name. */
    default String stepName() {
        return "load" + Character.toUpperCase(source().charAt(0)) + source().substring(1);
    }
}
