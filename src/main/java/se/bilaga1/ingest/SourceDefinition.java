package se.bilaga1.ingest;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One source's part in loading: its folder under the input folder, how its files' headers are recognised (a new
 * detector per partition of the load step: it keeps state across the partition's files, such as the keys seen), where
 * its facts go, and which keys each file can claim (which files may load side by side). Each source package
 * contributes one as a bean (its {@code …Source} configuration, the package's entry); the jobs build one load step per
 * definition, so a new source is a new package plus its place in the jobs' list of sources.
 *
 * @param source the folder under the input folder ({@code bra}, {@code regionkoordinatorer}, …)
 * @param keyDomains the keys a file's rows can claim, as its name bounds them ({@link KeyDomain})
 */
public record SourceDefinition(String source, Supplier<LayoutDetector> detectors, FactSink sink,
        Function<RegisteredFile, KeyDomain> keyDomains) {

    /** A source whose files load one after the other, in registration order. */
    public SourceDefinition(String source, Supplier<LayoutDetector> detectors, FactSink sink) {
        this(source, detectors, sink, f -> KeyDomain.UNBOUNDED);
    }

    public LayoutDetector detector() {
        return detectors.get();
    }

    /** {@code loadBra}, {@code loadRegionkoordinatorer}: the load step's name. */
    public String stepName() {
        return "load" + Character.toUpperCase(source.charAt(0)) + source.substring(1);
    }
}
