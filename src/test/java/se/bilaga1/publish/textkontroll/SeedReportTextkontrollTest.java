package se.bilaga1.publish.textkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2024 report's own text (the summary, Indikator 3, betänketid, Bilaga 1 and Bilaga 2's section on support; copied
 * under src/test/resources/textkontroll) made into a Word document with headings, paragraphs and footnote marks beside
 * numbers, checked against the 2024 sample rebuild's published cells.
 */
class SeedReportTextkontrollTest {

    static List<Finding> findings;

    @BeforeAll
    static void check(@TempDir Path dir) throws Exception {
        String text = Manuscripts.resource(Manuscripts.SEED)
                // footnote marks beside numbers: one as Unicode, one as Word sets it (a raised run)
                .replace("svarsfrekvensen 97 procent", "svarsfrekvensen 97\u00B9 procent")
                .replace("2023 identifierades 35 barn", "2023 identifierades 35{42} barn");
        Path docx = Manuscripts.docx(dir, "arsrapport-2024.docx", text);
        findings = new Textkontroll().check(docx, Manuscripts.cells2024(), 2024);
    }

    private static Finding one(String pastaende) {
        List<Finding> matching = findings.stream().filter(f -> f.pastaende().contains(pastaende)).toList();
        assertThat(matching).as("findings stating '%s'", pastaende).isNotEmpty();
        return matching.stream().filter(f -> f.pastaende().equals(pastaende)).findFirst().orElse(matching.get(0));
    }

    @Test
    void theThirdYearInARowIsContradictedByTabell1() {
        Finding f = one("ökar för tredje året i rad");
        assertThat(f.status()).isEqualTo(Status.MOTSAGS);
        assertThat(f.celler()).isEqualTo("Tabell 1 | Totalt antal personer | 2021–2024");
        assertThat(f.iTabellerna()).contains("490 (2021), 375 (2022), 414 (2023), 430 (2024)")
                .contains("ökning 2 år i rad till 2024");
    }

    @Test
    void theVictimsAndTheirPartsAgreeWithTheCellsAndTheTotal() {
        Finding total = one("430 brottsoffer (255 kvinnor, 152 män, 1 okänt kön, 15 flickor och 7 pojkar)");
        assertThat(total.status()).isEqualTo(Status.STAMMER);
        assertThat(total.iTexten()).isEqualTo("430 = 255 + 152 + 1 + 15 + 7");
        assertThat(one("430 brottsoffer").celler()).isEqualTo("Tabell 1 | Totalt antal personer | 2024");
        assertThat(one("255 kvinnor").celler()).isEqualTo("Tabell 2 | Vuxna / Kvinnor | 2024");
        assertThat(one("7 pojkar").celler()).isEqualTo("Tabell 2 | Barn / Pojkar | 2024");
        for (String part : List.of("430 brottsoffer", "255 kvinnor", "152 män", "1 okänt kön", "15 flickor", "7 pojkar")) {
            assertThat(one(part).status()).as(part).isEqualTo(Status.STAMMER);
        }
    }

    @Test
    void theChildrenOfEachYearAgree() {
        Finding y2023 = one("35 barn");
        Finding y2022 = one("54 barn");
        assertThat(y2023.status()).isEqualTo(Status.STAMMER);
        assertThat(y2023.celler()).isEqualTo("Tabell 2 | Barn / Totalt barn | 2023");
        assertThat(y2022.status()).isEqualTo(Status.STAMMER);
        assertThat(y2022.celler()).isEqualTo("Tabell 2 | Barn / Totalt barn | 2022");
        assertThat(one("fortsätter antalet identifierade barn att minska").status()).isEqualTo(Status.STAMMER);
    }

    @Test
    void theSharesAgreeRounded() {
        Finding akc = one("45 procent av de utsatta för arbetskraftsexploatering 2024");
        assertThat(akc.status()).isEqualTo(Status.STAMMER);
        assertThat(akc.celler()).isEqualTo("AKC 2024 | Arbetskraft | Antal / Tabell 1 | Arbetskraft | 2024");
        Finding rate = one("97 procent");
        assertThat(rate.status()).isEqualTo(Status.STAMMER);
        assertThat(rate.celler()).isEqualTo("Figur 5 | 2023 | Svarsfrekvens");
        // two surveys have a response rate: the finding says which it chose and why
        assertThat(rate.iTabellerna()).contains("valde svarsfrekvens i Brås enkät (sammanhanget i stycket)");
    }

    @Test
    void onlyTheRunAndTheHalfAreContradicted() {
        // "Hälften" of the applications for betänketid: 17 of 38 is 44.7 %, outside the 45–55 % the vocabulary
        // declares for the word (the body text says "närmare hälften", which agrees)
        assertThat(findings.stream().filter(f -> f.status() == Status.MOTSAGS).map(Finding::pastaende))
                .containsExactlyInAnyOrder("människohandel som identifierats av regionkoordinatorerna ökar för tredje året i rad",
                        "Hälften av ansökningarna om betänketid kommer från socialnämnder");
        assertThat(one("närmare hälften av ansökningarna om betänketid").status()).isEqualTo(Status.STAMMER);
    }

    @Test
    void everyOtherFigureHasAStatusAndNoneIsDropped() {
        assertThat(Textkontroll.counts(findings)).containsEntry(Status.EJ_KONTROLLERAD, 15L)
                .containsEntry(Status.DOLD_CELL, 0L).containsEntry(Status.MOTSAGS, 2L);
        assertThat(one("290 kommuner").status()).isEqualTo(Status.EJ_KONTROLLERAD);
        assertThat(one("85 personer (30 kvinnor och 55 män)").status()).isEqualTo(Status.STAMMER);
        assertThat(findings).allSatisfy(f -> assertThat(f.status()).isNotNull());
        assertThat(findings).filteredOn(f -> f.status() == Status.STAMMER).hasSizeGreaterThan(50);
    }
}
