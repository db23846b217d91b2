package se.bilaga1.regionkoordinatorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.bilaga1.ingest.FileKind;
import se.bilaga1.ingest.KeyDomain;
import se.bilaga1.ingest.RegisteredFile;
import se.bilaga1.reference.Polisregion;

/**
 * The coordinators' coded columns: every exploitation form in each spelling the regions use, the vocabularies of
 * kon, aldersgrupp, misstanke and bransch with their labels, and the police region a file's name gives.
 */
class VocabularyTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Sexuella ändamål         | SEXUELLA_ANDAMAL",
            "Sexuell exploatering     | SEXUELLA_ANDAMAL",
            "sexuella ändamål         | SEXUELLA_ANDAMAL",
            "SEXUELLA_ÄNDAMÅL         | SEXUELLA_ANDAMAL",
            "Arbetskraft              | ARBETSKRAFT",
            "Arbetskraftsexploatering | ARBETSKRAFT",
            "Kriminella ändamål       | KRIMINELLA_ANDAMAL",
            "Kriminalitet             | KRIMINELLA_ANDAMAL",
            "Tiggeri                  | TIGGERI",
            "Hushållsarbete           | HUSHALLSARBETE",
            "Tvångsäktenskap          | TVANGSAKTENSKAP",
            "Organhandel              | ORGANHANDEL",
            "Krigstjänstgöring        | KRIGSTJANSTGORING",
            "Multipel exploatering    | MULTIPEL_EXPLOATERING",
            "Multipel                 | MULTIPEL_EXPLOATERING",
            "Annat                    | ANNAT",
            "Ej redovisat             | EJ_REDOVISAT",
            "Vet ej                   | EJ_REDOVISAT",
            "  vet-ej                 | EJ_REDOVISAT",
    })
    void everyFormInEverySpelling(String raw, Exploateringsform expected) {
        assertThat(Exploateringsform.parse(raw)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Slaveri", "Prostitution", "Multipel exploatering x", "Människohandel"})
    void anUnknownFormIsNone(String raw) {
        assertThat(Exploateringsform.parse(raw)).isEmpty();
    }

    @Test
    void theFormsAreTabell1sRowsInThePublishedOrderEachReadBackFromItsLabel() {
        assertThat(Arrays.stream(Exploateringsform.values()).map(Exploateringsform::label)).containsExactly(
                "Sexuella ändamål", "Arbetskraft", "Kriminella ändamål", "Tiggeri", "Hushållsarbete", "Tvångsäktenskap",
                "Organhandel", "Krigstjänstgöring", "Multipel exploatering", "Annat", "Ej redovisat");
        for (Exploateringsform form : Exploateringsform.values()) {
            assertThat(Exploateringsform.parse(form.label())).hasValue(form);
        }
        assertThat(Exploateringsform.vocabulary()).startsWith("Sexuella ändamål, Arbetskraft, ").endsWith(", Ej redovisat");
    }

    @ParameterizedTest(name = "[{index}] kon {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Kvinna              | KVINNA",
            "kvinnor             | KVINNA",
            "K                   | KVINNA",
            "Flicka              | KVINNA",
            "Man                 | MAN",
            "Män                 | MAN",
            "m                   | MAN",
            "Pojke               | MAN",
            "Annan könsidentitet | ANNAN",
            "annan               | ANNAN",
            "ANNAN_KONSIDENTITET | ANNAN",
            "Okänt               | OKANT",
            "okänd               | OKANT",
            "Vet ej              | OKANT",
            "Uppgift saknas      | OKANT",
    })
    void kon(String raw, String code) {
        assertThat(Vocabulary.KON.parse(raw)).hasValue(code);
    }

    @ParameterizedTest(name = "[{index}] aldersgrupp {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Vuxen       | VUXEN",
            "vuxna       | VUXEN",
            "Barn        | BARN",
            "Under 18    | BARN",
            "Okänd       | OKAND",
            "okänt       | OKAND",
            "Okänd ålder | OKAND",
            "Vet ej      | OKAND",
    })
    void aldersgrupp(String raw, String code) {
        assertThat(Vocabulary.ALDERSGRUPP.parse(raw)).hasValue(code);
    }

    @ParameterizedTest(name = "[{index}] misstanke {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Människohandel       | MANNISKOHANDEL",
            "MÄNNISKOHANDEL       | MANNISKOHANDEL",
            "Människoexploatering | MANNISKOEXPLOATERING",
            "manniskoexploatering | MANNISKOEXPLOATERING",
    })
    void misstanke(String raw, String code) {
        assertThat(Vocabulary.MISSTANKE.parse(raw)).hasValue(code);
    }

    @ParameterizedTest(name = "[{index}] bransch {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Hotell och restaurang                    | HOTELL_RESTAURANG",
            "hotell/restaurang                        | HOTELL_RESTAURANG",
            "Hotell- och restaurang                   | HOTELL_RESTAURANG",
            "Bygg                                     | BYGG",
            "Grön näring                              | GRON_NARING",
            "Städ                                     | STAD",
            "Skönhet och kroppsvård                   | SKONHET",
            "Livsmedel/jordbruk/fiske/djurhållning    | LIVSMEDEL",
            "Livsmedel, jordbruk, fiske, djurhållning   | LIVSMEDEL",
            "Biltvätt/bilverkstad                     | BILTVATT",
            "Vård och omsorg/sociala tjänster         | VARD_OMSORG",
            "Vård och omsorg, sociala tjänster        | VARD_OMSORG",
            "Transport                                | TRANSPORT",
            "Industri                                 | INDUSTRI",
            "Annat                                    | ANNAT",
            "Vet ej                                   | VET_EJ",
            "okänd                                    | VET_EJ",
    })
    void bransch(String raw, String code) {
        assertThat(Vocabulary.BRANSCH.parse(raw)).hasValue(code);
    }

    @Test
    void aValueOutsideItsVocabularyIsNone() {
        assertThat(Vocabulary.KON.parse("Kvinnlig")).isEmpty();
        assertThat(Vocabulary.KON.parse("")).isEmpty();
        assertThat(Vocabulary.KON.parse(null)).isEmpty();
        assertThat(Vocabulary.ALDERSGRUPP.parse("Tonåring")).isEmpty();
        assertThat(Vocabulary.ALDERSGRUPP.parse("17")).isEmpty();
        assertThat(Vocabulary.MISSTANKE.parse("Koppleri")).isEmpty();
        assertThat(Vocabulary.BRANSCH.parse("Gruvdrift")).isEmpty();
        // a label of another column is not a value of this one
        assertThat(Vocabulary.KON.parse("Barn")).isEmpty();
        assertThat(Vocabulary.MISSTANKE.parse("Sexuella ändamål")).isEmpty();
    }

    @Test
    void labelsOfTheCodesAndTheCodeItselfWhenUnknown() {
        assertThat(Vocabulary.KON.codes()).containsExactly("KVINNA", "MAN", "ANNAN", "OKANT");
        assertThat(Vocabulary.KON.codes().stream().map(Vocabulary.KON::label))
                .containsExactly("Kvinna", "Man", "Annan könsidentitet", "Okänt");
        assertThat(Vocabulary.ALDERSGRUPP.codes().stream().map(Vocabulary.ALDERSGRUPP::label))
                .containsExactly("Vuxen", "Barn", "Okänd");
        assertThat(Vocabulary.MISSTANKE.label("MANNISKOEXPLOATERING")).isEqualTo("Människoexploatering");
        assertThat(Vocabulary.BRANSCH.codes().stream().map(Vocabulary.BRANSCH::label)).containsExactly(
                "Hotell och restaurang", "Bygg", "Grön näring", "Städ", "Skönhet och kroppsvård",
                "Livsmedel/jordbruk/fiske/djurhållning", "Biltvätt/bilverkstad", "Vård och omsorg/sociala tjänster",
                "Transport", "Industri", "Annat", "Vet ej");
        assertThat(Vocabulary.BRANSCH.label("Ej angiven")).isEqualTo("Ej angiven");
        // every label reads back as its own code
        for (Vocabulary v : new Vocabulary[] {Vocabulary.KON, Vocabulary.ALDERSGRUPP, Vocabulary.MISSTANKE,
            Vocabulary.BRANSCH}) {
            for (String code : v.codes()) {
                assertThat(v.parse(v.label(code))).hasValue(code);
            }
        }
        assertThat(Vocabulary.KON.expected()).isEqualTo("kon: expected Kvinna, Man, Annan könsidentitet, Okänt");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "stockholm-2024.xlsx       | STOCKHOLM",
            "vast-2023.xlsx            | VAST",
            "ost-2021.xlsx             | OST",
            "Väst 2024.xlsx            | VAST",
            "nord_2022.csv             | NORD",
            "bergslagen-2024-del2.csv  | BERGSLAGEN",
            "ärenden-syd-2024.csv      | SYD",
    })
    void theRegionOfAFileName(String fileName, Polisregion expected) {
        assertThat(RegionkoordinatorLayoutDetector.regionOfFileName(fileName)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"arenden-2024.xlsx", "regionkoordinatorer.csv", "vastra-gotaland-2024.xlsx", "oster-2024.csv"})
    void aFileNameWithoutARegionGivesNone(String fileName) {
        assertThat(RegionkoordinatorLayoutDetector.regionOfFileName(fileName)).isNull();
    }

    /** A region's file and another region's never share a case; two files of one region and year may. */
    @Test
    void aFileNamedForARegionHoldsOnlyItsCases() {
        assertThat(domain("stockholm-2024.xlsx")).isEqualTo(KeyDomain.of("STOCKHOLM", 2024, 2024));
        assertThat(domain("syd-2022-2024.xlsx")).isEqualTo(KeyDomain.of("SYD", 2022, 2024));
        assertThat(domain("syd.xlsx")).isEqualTo(KeyDomain.of("SYD", null, null));
        assertThat(domain("arenden-2024.xlsx")).isEqualTo(KeyDomain.UNBOUNDED);
        assertThat(domain("stockholm-2024.xlsx").overlaps(domain("syd-2024.xlsx"))).isFalse();
        assertThat(domain("syd.xlsx").overlaps(domain("syd-2024.xlsx"))).isTrue();
    }

    private static KeyDomain domain(String fileName) {
        return RegionkoordinatorLayoutDetector.keyDomain(new RegisteredFile(1, "regionkoordinatorer", fileName,
                Path.of("input", "regionkoordinatorer", fileName), "", FileKind.XLSX, 0));
    }
}
