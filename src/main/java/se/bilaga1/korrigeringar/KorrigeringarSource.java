package se.bilaga1.korrigeringar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code korrigeringar/}: the analysts' decided corrections. */
@Configuration(proxyBeanMethods = false)
public class KorrigeringarSource {

    public static final String SOURCE = KorrigeringLayoutDetector.SOURCE;

    @Bean
    SourceDefinition korrigeringarDefinition(ColumnAliases aliases, KorrigeringFactSink sink) {
        return new SourceDefinition(SOURCE, () -> new KorrigeringLayoutDetector(aliases), sink);
    }
}
