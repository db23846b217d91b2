package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Text from a delivery cannot add markup, a link, HTML or a table cell to the Markdown declaration. */
class QualityDeclarationTextTest {

    @Test
    void inputTextStaysLiteral() {
        assertThat(QualityDeclarationText.escape("<script>a|b</script>\n[x](http://e) *y* `z` arende_id # \\"))
                .isEqualTo("&lt;script&gt;a\\|b&lt;/script&gt; \\[x\\](http://e) \\*y\\* \\`z\\` arende\\_id \\# \\\\");
        assertThat(QualityDeclarationText.escape("Öst & Väst")).isEqualTo("Öst &amp; Väst");
    }

    @Test
    void sharesAsTheWorkbookShowsThem() {
        assertThat(QualityDeclarationText.percent(new BigDecimal("0.755"))).isEqualTo("75,5 %");
        assertThat(QualityDeclarationText.percent(new BigDecimal("1.000"))).isEqualTo("100,0 %");
    }
}
