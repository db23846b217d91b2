package se.bilaga1.bra;

import org.springframework.stereotype.Component;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.SourceDefinition;
import se.bilaga1.reference.Kommuner;

/** The source {@code bra/}: Brå's tables and extracts (reported offences, prosecution decisions, the crime-prevention survey). */
@Component
public class BraSource implements SourceDefinition {

    public static final String SOURCE = BraLayoutDetector.SOURCE;

    private final ColumnAliases aliases;
    private final Kommuner kommuner;
    private final BraFactSink sink;

    BraSource(ColumnAliases aliases, Kommuner kommuner, BraFactSink sink) {
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
        return new BraLayoutDetector(aliases, kommuner);
    }

    @Override
    public FactSink sink() {
        return sink;
    }
}
