package se.bilaga1.ingest;

import se.bilaga1.support.HeaderNames;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Further header spellings per source and canonical column, from configuration
 * ({@code bilaga1.aliases.<source>.<column>}), never hard-coded per file.
 */
@ConfigurationProperties("bilaga1")
public record ColumnAliases(Map<String, Map<String, List<String>>> aliases) {

    public ColumnAliases {
        aliases = aliases == null ? Map.of() : aliases;
    }

    /** Every folded spelling that names {@code canonical} in {@code source}, the canonical name first. */
    public Set<String> spellings(String source, String canonical) {
        Set<String> names = new LinkedHashSet<>();
        names.add(HeaderNames.fold(canonical));
        aliases.getOrDefault(source, Map.of()).getOrDefault(canonical, List.of())
                .forEach(alias -> names.add(HeaderNames.fold(alias)));
        return names;
    }
}
