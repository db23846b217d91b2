package se.bilaga1.bra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.KeyDomain;
import se.bilaga1.ingest.SourceDefinition;
import se.bilaga1.reference.Kommuner;

/** The source {@code bra/}: Brå's tables and extracts (reported offences, prosecution decisions, the crime-prevention survey). */
@Configuration(proxyBeanMethods = false)
public class BraSource {

    public static final String SOURCE = BraLayoutDetector.SOURCE;

    @Bean
    SourceDefinition braDefinition(ColumnAliases aliases, Kommuner kommuner, BraFactSink sink) {
        return new SourceDefinition(SOURCE, () -> new BraLayoutDetector(aliases, kommuner), sink,
                // only the survey's answers claim keys across files (year|kod), and its years are the name's
                KeyDomain::yearsInName);
    }
}
