package se.bilaga1.support;

import se.bilaga1.reference.Polisregion;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Kunskapsstöd prostitution MH",
            "kunskapsstod_prostitution_mh",
            "KUNSKAPSSTÖD-PROSTITUTION-MH",
            "kunskapsstöd.prostitution/mh",
            "  Kunskapsstöd   prostitution  MH  ",
            "Kunskapsstöd\u00A0prostitution\u00A0MH",
            "Kunskapsstöd - prostitution / MH",
            "_kunskapsstöd__prostitution__mh_",
    })
    void spellingsOfOneColumnFoldToTheSameName(String header) {
        assertThat(HeaderNames.fold(header)).isEqualTo("kunskapsstod_prostitution_mh");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "År                  | ar",
            "Månad               | manad",
            "Kön                 | kon",
            "ÅÄÖ åäö             | aao_aao",
            "Polisregion Öst     | polisregion_ost",
            "Sökande part        | sokande_part",
            "Beslutsdatum        | beslutsdatum",
            "Idé                 | ide",
            "IDÉ                 | ide",
            "genomfört kartläggning | genomfort_kartlaggning",
    })
    void swedishLettersFoldToAscii(String header, String folded) {
        assertThat(HeaderNames.fold(header)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-ar-      | ar",
            "./antal/. | antal",
            "__lagrum  | lagrum",
            "kommun_   | kommun",
    })
    void leadingAndTrailingSeparatorsAreDropped(String header, String folded) {
        assertThat(HeaderNames.fold(header)).isEqualTo(folded);
    }

    @Test
    void nullAndSeparatorOnlyFoldToEmpty() {
        assertThat(HeaderNames.fold(null)).isEmpty();
        assertThat(HeaderNames.fold("")).isEmpty();
        assertThat(HeaderNames.fold(" _-./ ")).isEmpty();
    }

    @Test
    void decomposedLettersFoldLikeComposedOnes() {
        // File names from macOS (and text pasted from some PDFs) carry å/ä/ö as a letter + combining mark (NFD).
        String nfd = Normalizer.normalize("Anmälda brott Kunskapsstöd Å", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Anmälda brott Kunskapsstöd Å");
        assertThat(HeaderNames.fold(nfd)).isEqualTo("anmalda_brott_kunskapsstod_a");
    }

    @Test
    void otherCharactersAreKept() {
        assertThat(HeaderNames.fold("Antal (st)")).isEqualTo("antal_(st)");
        assertThat(HeaderNames.fold("a,b")).isEqualTo("a,b");
    }
}
