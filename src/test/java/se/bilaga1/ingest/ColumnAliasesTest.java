package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ColumnAliasesTest {

    private final ColumnAliases aliases = new ColumnAliases(Map.of(
            "bra", Map.of(
                    "ar", List.of("År", "Statistikår"),
                    "antal", List.of("Antal brott", "ANTAL-ANMÄLDA")),
            "kommunenkat", Map.of(
                    "kunskapsstod_prostitution_mh", List.of("Kunskapsstöd prostitution/MH"))));

    @Test
    void canonicalPlusFoldedAliases() {
        assertThat(aliases.spellings("bra", "ar")).containsExactlyInAnyOrder("ar", "statistikar");
        assertThat(aliases.spellings("bra", "antal"))
                .containsExactlyInAnyOrder("antal", "antal_brott", "antal_anmalda");
    }

    @Test
    void aliasesFoldingToTheCanonicalCollapse() {
        assertThat(aliases.spellings("kommunenkat", "kunskapsstod_prostitution_mh"))
                .containsExactly("kunskapsstod_prostitution_mh");
    }

    @Test
    void theCanonicalItselfIsFolded() {
        assertThat(aliases.spellings("bra", "Kommun kod")).containsExactly("kommun_kod");
    }

    @Test
    void aliasesAreScopedToTheirSourceAndColumn() {
        assertThat(aliases.spellings("bra", "lagrum")).containsExactly("lagrum");
        assertThat(aliases.spellings("stodprogram", "ar")).containsExactly("ar");
        assertThat(aliases.spellings("bra", "kunskapsstod_prostitution_mh"))
                .containsExactly("kunskapsstod_prostitution_mh");
    }

    @Test
    void noConfigurationMeansOnlyTheCanonical() {
        ColumnAliases none = new ColumnAliases(null);
        assertThat(none.aliases()).isEmpty();
        assertThat(none.spellings("bra", "antal")).containsExactly("antal");
    }
}
