package se.bilaga1.migrationsverket;

import org.springframework.stereotype.Component;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code migrationsverket/}: Migrationsverket's decision-level extract of granted permits. */
@Component
public class MigrationsverketSource implements SourceDefinition {

    public static final String SOURCE = MigrationsverketLayoutDetector.SOURCE;

    private final ColumnAliases aliases;
    private final MigrationsverketFactSink sink;

    MigrationsverketSource(ColumnAliases aliases, MigrationsverketFactSink sink) {
        this.aliases = aliases;
        this.sink = sink;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public LayoutDetector detector() {
        return new MigrationsverketLayoutDetector(aliases);
    }

    @Override
    public FactSink sink() {
        return sink;
    }
}
