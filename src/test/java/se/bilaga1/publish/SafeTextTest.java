package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-x", "@a", "\tcmd", "\rcmd", "=", "-", "=HYPERLINK(\"http://x\")",
        "＝SUM(A1)", "＋1", "－x", "＠a"})
    void formulaLeadersGetAnApostropheInCsv(String text) {
        assertThat(SafeText.risky(text)).isTrue();
        assertThat(SafeText.escape(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kvinnor", "..", "BrB 4:1a", "1 055", "12,5", "'quoted", " =SUM(A1)", "a=b", "Ärende", "Ｋvinnor", "−1"})
    void ordinaryTextIsUnchanged(String text) {
        assertThat(SafeText.risky(text)).isFalse();
        assertThat(SafeText.escape(text)).isEqualTo(text);
    }

    @Test
    void emptyAndNullAreUnchanged() {
        assertThat(SafeText.escape("")).isEmpty();
        assertThat(SafeText.escape(null)).isNull();
    }
}
