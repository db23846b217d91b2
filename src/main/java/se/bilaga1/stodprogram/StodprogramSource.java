package se.bilaga1.stodprogram;

import org.springframework.stereotype.Component;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code stodprogram/}: the support programmes NSP and ÅMP. */
@Component
public class StodprogramSource implements SourceDefinition {

    public static final String SOURCE = StodprogramLayoutDetector.SOURCE;

    private final ColumnAliases aliases;
    private final StodprogramFactSink sink;

    StodprogramSource(ColumnAliases aliases, StodprogramFactSink sink) {
        this.aliases = aliases;
        this.sink = sink;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public LayoutDetector detector() {
        return new StodprogramLayoutDetector(aliases);
    }

    @Override
    public FactSink sink() {
        return sink;
    }
}
