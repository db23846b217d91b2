package se.bilaga1.korrigeringar;

import org.springframework.stereotype.Component;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code korrigeringar/}: the analysts' decided corrections. */
@Component
public class KorrigeringarSource implements SourceDefinition {

    public static final String SOURCE = KorrigeringLayoutDetector.SOURCE;

    private final ColumnAliases aliases;
    private final KorrigeringFactSink sink;

    KorrigeringarSource(ColumnAliases aliases, KorrigeringFactSink sink) {
        this.aliases = aliases;
        this.sink = sink;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public LayoutDetector detector() {
        return new KorrigeringLayoutDetector(aliases);
    }

    @Override
    public FactSink sink() {
        return sink;
    }
}
