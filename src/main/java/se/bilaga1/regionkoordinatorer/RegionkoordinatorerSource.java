package se.bilaga1.regionkoordinatorer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code regionkoordinatorer/}: the regional coordinators' cases, one file per police region and year. */
@Configuration(proxyBeanMethods = false)
public class RegionkoordinatorerSource {

    public static final String SOURCE = RegionkoordinatorLayoutDetector.SOURCE;

    @Bean
    SourceDefinition regionkoordinatorerDefinition(ColumnAliases aliases, RegionkoordinatorFactSink sink) {
        return new SourceDefinition(SOURCE, () -> new RegionkoordinatorLayoutDetector(aliases), sink,
                RegionkoordinatorLayoutDetector::keyDomain);
    }
}
