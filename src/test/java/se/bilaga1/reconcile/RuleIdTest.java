package se.bilaga1.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue of rules: ids unique and in the order the rules run; the engine takes exactly one rule per id. */
class RuleIdTest {

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void eachRuleHasAnIdATableAndADescription(RuleId rule) {
        assertThat(rule.id()).matches("[a-z0-9_]+(\\.[a-z0-9_]+)?");
        assertThat(rule.tables()).isNotBlank();
        assertThat(rule.description()).isNotBlank();
        assertThat(RuleId.of(rule.id())).contains(rule);
    }

    @Test
    void theRulesRunInTheirIdsOrder() {
        List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::id).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().hasSize(19);
    }

    @Test
    void theEngineTakesExactlyOneRulePerId() {
        List<ReconciliationRule> all = Arrays.stream(RuleId.values())
                .map(id -> ReconciliationRule.of(id, context -> List.of())).toList();
        List<ReconciliationRule> reversed = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(ReconciliationEngine.inCatalogueOrder(reversed)).extracting(ReconciliationRule::id)
                .containsExactly(RuleId.values());
        assertThatThrownBy(() -> ReconciliationEngine.inCatalogueOrder(all.subList(1, all.size())))
                .hasMessageContaining("BRA_DETALJ_MOT_TABELL");
        List<ReconciliationRule> twice = new java.util.ArrayList<>(all);
        twice.add(ReconciliationRule.of(RuleId.PROVENIENS, context -> List.of()));
        assertThatThrownBy(() -> ReconciliationEngine.inCatalogueOrder(twice)).hasMessageContaining("proveniens");
    }
}
