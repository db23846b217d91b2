package se.bilaga1.kommunenkat;

import org.springframework.stereotype.Component;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.SourceDefinition;
import se.bilaga1.reference.Kommuner;

/** The source {@code kommunenkat/}: the municipal survey. */
@Component
public class KommunenkatSource implements SourceDefinition {

    public static final String SOURCE = KommunenkatLayoutDetector.SOURCE;

    private final ColumnAliases aliases;
    private final Kommuner kommuner;
    private final KommunenkatFactSink sink;

    KommunenkatSource(ColumnAliases aliases, Kommuner kommuner, KommunenkatFactSink sink) {
        this.aliases = aliases;
        this.kommuner = kommuner;
        this.sink = sink;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public LayoutDetector detector() {
        return new KommunenkatLayoutDetector(aliases, kommuner);
    }

    @Override
    public FactSink sink() {
        return sink;
    }
}
