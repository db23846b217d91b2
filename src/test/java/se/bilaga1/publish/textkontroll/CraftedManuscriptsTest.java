package se.bilaga1.publish.textkontroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.bilaga1.warehouse.PublishedCells.PublishedCell;

/**
 * Manuscripts with planted errors (a wrong figure, a wrong year, a wrong trend word, a wrong ranking) each get
 * MOTSÄGS; the same sentences with the right figures STÄMMER. One sentence per row, checked as a Word document.
 */
class CraftedManuscriptsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Totalt identifierades 430 brottsoffer under 2024.                                  | STÄMMER
            Totalt identifierades 431 brottsoffer under 2024.                                  | MOTSÄGS
            Totalt identifierades 430 brottsoffer{42} under 2024.                              | STÄMMER
            2023 identifierades 35 barn.                                                       | STÄMMER
            2023 identifierades 36 barn.                                                       | MOTSÄGS
            2022 identifierades 35 barn.                                                       | MOTSÄGS
            Under 2024 anmäldes 1~805 anmälda brott om köp av sexuell tjänst.                  | STÄMMER
            Under 2024 anmäldes 1~850 anmälda brott om köp av sexuell tjänst.                  | MOTSÄGS
            Under 2023 anmäldes 1~805 anmälda brott om köp av sexuell tjänst.                  | MOTSÄGS
            Antalet identifierade personer ökar för andra året i rad.                          | STÄMMER
            Antalet identifierade personer ökar för tredje året i rad.                         | MOTSÄGS
            Antalet identifierade personer minskar för andra året i rad.                       | MOTSÄGS
            Antalet identifierade barn minskade 2024.                                          | STÄMMER
            Antalet identifierade barn ökade 2024.                                             | MOTSÄGS
            Antalet uppehållstillstånd för bevispersoner fortsätter att minska.                | STÄMMER
            Antalet uppehållstillstånd för bevispersoner fortsätter att öka och ökar.         | MOTSÄGS
            Antalet uppehållstillstånd för betänketid har nästan fördubblats 2024.             | STÄMMER
            Antalet uppehållstillstånd för betänketid har nästan fördubblats 2023.             | MOTSÄGS
            2023 var svarsfrekvensen i Brås enkät 97 procent.                                  | STÄMMER
            2023 var svarsfrekvensen i Brås enkät 95 procent.                                  | MOTSÄGS
            2024 identifierade regionkoordinatorerna flest utsatta för arbetskraftsexploatering, följt av sexuella ändamål. | STÄMMER
            2024 identifierade regionkoordinatorerna flest utsatta för sexuella ändamål, följt av arbetskraftsexploatering. | MOTSÄGS
            2022 identifierade regionkoordinatorerna fler utsatta för sexuella ändamål än för arbetskraftsexploatering.    | STÄMMER
            2024 identifierade regionkoordinatorerna fler utsatta för sexuella ändamål än för arbetskraftsexploatering.    | MOTSÄGS
            En majoritet av ansökningarna om betänketid 2024 kom från socialnämnder.           | MOTSÄGS
            """)
    void aStatementGetsItsStatus(String sentence, String expected) throws IOException {
        List<Finding> findings = check(sentence, Manuscripts.cells2024());
        assertThat(findings).as(sentence).hasSize(1);
        assertThat(findings.get(0).status().label()).as(findings.get(0).toString()).isEqualTo(expected);
    }

    @Test
    void aWrongPartOfAnEnumerationContradictsBothItsCellAndTheTotal() throws IOException {
        List<Finding> findings = check("Totalt identifierades 430 brottsoffer (255 kvinnor, 150 män, 1 okänt kön, 15 flickor"
                + " och 7 pojkar).", Manuscripts.cells2024());
        assertThat(findings.stream().filter(f -> f.status() == Status.MOTSAGS).map(Finding::pastaende))
                .containsExactlyInAnyOrder("150 män", "430 brottsoffer (255 kvinnor, 150 män, 1 okänt kön, 15 flickor"
                        + " och 7 pojkar)");
    }

    @Test
    void aFigureQuotingAHiddenCellIsAFindingOfItsOwn() throws IOException {
        List<PublishedCell> cells = new ArrayList<>(Manuscripts.cells2024());
        cells.replaceAll(c -> c.tabell().equals("Tabell 2") && c.rad().equals("Barn / Pojkar") && c.kolumn().equals("2024")
                ? new PublishedCell(c.tabell(), c.rad(), c.kolumn(), "..") : c);
        Finding f = check("Under 2024 identifierades 7 pojkar.", cells).get(0);
        assertThat(f.status()).isEqualTo(Status.DOLD_CELL);
        assertThat(f.celler()).isEqualTo("Tabell 2 | Barn / Pojkar | 2024");
    }

    @Test
    void aNumberWithoutSubjectIsListedNotDropped() throws IOException {
        List<Finding> findings = check("Polisen bedömer att det finns 2000 salonger och 80 procent av dem granskas.",
                Manuscripts.cells2024());
        assertThat(findings).extracting(Finding::status).containsOnly(Status.EJ_KONTROLLERAD).hasSize(1);
        assertThat(findings.get(0).iTexten()).isEqualTo("80 procent");
    }

    @Test
    void textAndMarkdownAreReadToo() throws IOException {
        Path md = Files.writeString(dir.resolve("manus.md"), "# Rubrik\n\n**Totalt** identifierades 431 brottsoffer under"
                + " 2024.\n");
        List<Finding> findings = new Textkontroll().check(md, Manuscripts.cells2024(), 2024);
        assertThat(findings).extracting(Finding::status).containsExactly(Status.MOTSAGS);
        assertThat(findings.get(0).stycke()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNoWordDocumentIsRejectedSayingWhatWasExpected() throws IOException {
        Path notDocx = Files.writeString(dir.resolve("manus.docx"), "not a zip");
        assertThatThrownBy(() -> new Textkontroll().check(notDocx, List.of(), 2024)).isInstanceOf(IOException.class)
                .hasMessageContaining("expected a .docx as Word saves it");
        Path pdf = Files.writeString(dir.resolve("manus.pdf"), "%PDF");
        assertThatThrownBy(() -> new Textkontroll().check(pdf, List.of(), 2024)).isInstanceOf(IOException.class)
                .hasMessageContaining("expected a manuscript saved as .docx, .md or .txt");
    }

    private List<Finding> check(String sentence, List<PublishedCell> cells) throws IOException {
        Path docx = Manuscripts.docx(dir, "manus.docx", sentence);
        return new Textkontroll().check(docx, cells, 2024);
    }
}
