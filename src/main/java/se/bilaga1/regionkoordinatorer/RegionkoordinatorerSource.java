package se.bilaga1.regionkoordinatorer;

import org.springframework.stereotype.Component;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.FactSink;
import se.bilaga1.ingest.LayoutDetector;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code regionkoordinatorer/}: the regional coordinators' cases, one file per police region and year. */
@Component
public class RegionkoordinatorerSource implements SourceDefinition {

    public static final String SOURCE = RegionkoordinatorLayoutDetector.SOURCE;

    private final ColumnAliases aliases;
    private final RegionkoordinatorFactSink sink;

    RegionkoordinatorerSource(ColumnAliases aliases, RegionkoordinatorFactSink sink) {
        this.aliases = aliases;
        this.sink = sink;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public LayoutDetector detector() {
        return new RegionkoordinatorLayoutDetector(aliases);
    }

    @Override
    public FactSink sink() {
        return sink;
    }
}
