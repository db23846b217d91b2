package se.bilaga1.migrationsverket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bilaga1.ingest.ColumnAliases;
import se.bilaga1.ingest.KeyDomain;
import se.bilaga1.ingest.SourceDefinition;

/** The source {@code migrationsverket/}: Migrationsverket's decision-level extract of granted permits. */
@Configuration(proxyBeanMethods = false)
public class MigrationsverketSource {

    public static final String SOURCE = MigrationsverketLayoutDetector.SOURCE;

    @Bean
    SourceDefinition migrationsverketDefinition(ColumnAliases aliases, MigrationsverketFactSink sink) {
        return new SourceDefinition(SOURCE, () -> new MigrationsverketLayoutDetector(aliases), sink,
                f -> KeyDomain.KEYLESS);
    }
}
