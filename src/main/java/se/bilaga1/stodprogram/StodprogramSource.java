package se.bilaga1.stodprogram;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code stodprogram/}: the support programmes NSP and ÅMP. */
@Configuration(proxyBeanMethods = false)
public class StodprogramSource {

    public static final String SOURCE = StodprogramLayoutDetector.SOURCE;

    @Bean
    SourceDefinition stodprogramDefinition(ColumnAliases aliases, StodprogramFactSink sink) {
        return new SourceDefinition(SOURCE, () -> new StodprogramLayoutDetector(aliases), sink);
    }
}
