package se.bilaga1.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MemoTest {

    private final List<String> computed = new ArrayList<>();

    private Memo<String, Optional<Integer>> memo(int limit) {
        return new Memo<>(text -> {
            computed.add(text);
            return text.equals("x") ? Optional.empty() : Optional.of(text.length());
        }, limit);
    }

    @Test
    void aRepeatedTextIsComputedOnce() {
        Memo<String, Optional<Integer>> lengths = memo(10);
        for (int i = 0; i < 1000; i++) {
            assertThat(lengths.apply("BrB 4:1a")).contains(8);
            assertThat(lengths.apply("x")).isEmpty();
        }
        assertThat(computed).containsExactly("BrB 4:1a", "x");
        assertThat(lengths.size()).isEqualTo(2);
    }

    @Test
    void pastItsLimitItComputesAgainInsteadOfGrowing() {
        Memo<String, Optional<Integer>> lengths = memo(3);
        for (String text : List.of("a", "bb", "ccc", "dddd", "eeeee", "dddd", "a")) {
            assertThat(lengths.apply(text)).contains(text.length());
        }
        assertThat(lengths.size()).isEqualTo(3);
        assertThat(computed).containsExactly("a", "bb", "ccc", "dddd", "eeeee", "dddd");
    }

    @Test
    void nullKeysAndNullResultsAreNotKept() {
        List<String> seen = new ArrayList<>();
        Memo<String, String> upper = Memo.of(text -> {
            seen.add(String.valueOf(text));
            return text == null || text.isEmpty() ? null : text.toUpperCase();
        });
        assertThat(upper.apply(null)).isNull();
        assertThat(upper.apply(null)).isNull();
        assertThat(upper.apply("")).isNull();
        assertThat(upper.apply("")).isNull();
        assertThat(upper.apply("ja")).isEqualTo("JA");
        assertThat(upper.size()).isEqualTo(1);
        assertThat(seen).containsExactly("null", "null", "", "", "ja");
    }
}
