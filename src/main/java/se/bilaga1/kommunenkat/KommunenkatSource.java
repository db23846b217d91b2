package se.bilaga1.kommunenkat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.KeyDomain;
import se.bilaga1.ingest.SourceDefinition;
import se.bilaga1.reference.Kommuner;

/** The source {@code kommunenkat/}: the municipal survey. */
@Configuration(proxyBeanMethods = false)
public class KommunenkatSource {

    public static final String SOURCE = KommunenkatLayoutDetector.SOURCE;

    @Bean
    SourceDefinition kommunenkatDefinition(ColumnAliases aliases, Kommuner kommuner, KommunenkatFactSink sink) {
        return new SourceDefinition(SOURCE, () -> new KommunenkatLayoutDetector(aliases, kommuner), sink,
                KeyDomain::yearsInName); // a municipality answers once a year, and a row's year is the name's
    }
}
