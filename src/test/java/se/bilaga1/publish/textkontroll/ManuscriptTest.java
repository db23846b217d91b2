package se.bilaga1.publish.textkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManuscriptTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1\u00A0805 anmälda brott          | 1 805 anmälda brott
            1\u202F805 anmälda brott          | 1 805 anmälda brott
            1\u2009805 anmälda brott          | 1 805 anmälda brott
            97\u00B9 procent                  | 97 procent
            kommuner\u2074\u00B2.             | kommuner.
            Sverige^{8,9}, samt               | Sverige, samt
            """)
    void numbersAreMadePlain(String raw, String plain) {
        assertThat(Manuscript.normalise(raw)).isEqualTo(plain);
    }

    @Test
    void sentencesEndAtAStopBeforeACapitalOrDigitNotAfterAnAbbreviation() {
        assertThat(Manuscript.sentences("Enligt 5 kap. 15 § UtL beviljas tillstånd. 2023 var det 22. Det ökar t.ex. Mer."))
                .containsExactly("Enligt 5 kap. 15 § UtL beviljas tillstånd.", "2023 var det 22.", "Det ökar t.ex. Mer.");
    }

    @Test
    void markdownHeadingsAreParagraphsOfTheirOwn() {
        Manuscript m = Manuscript.ofText("<!-- note -->\n# Rubrik\nText under.\n\nNästa stycke.");
        assertThat(m.paragraphs()).extracting(Manuscript.Paragraph::text).containsExactly("Rubrik", "Text under.",
                "Nästa stycke.");
        assertThat(m.paragraphs().get(2).sentences()).isEqualTo(List.of("Nästa stycke."));
    }
}
