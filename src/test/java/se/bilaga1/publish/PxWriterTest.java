package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bilaga1.warehouse.PublishedTable;

/** The PX writer's quoting, line splitting, symbols and charset, each read back with the tests' own reader. */
class PxWriterTest {

    @TempDir
    Path dir;

    private static PublishedTable.Cell figure(long n) {
        return new PublishedTable.Cell(BigDecimal.valueOf(n), null, null, List.of());
    }

    private static PublishedTable table(String tabell, String title, List<String> rows, List<String> columns,
            List<String> notes) {
        List<PublishedTable.Row> published = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<PublishedTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(figure(100L * r + c));
            }
            published.add(new PublishedTable.Row(rows.get(r), List.of(rows.get(r)), cells));
        }
        return new PublishedTable(tabell, title, "Blad", List.of("Lagrum"), columns, published, notes);
    }

    private PxReader written(PublishedTable table) throws Exception {
        Path file = dir.resolve(PxWriter.fileName(table));
        PxWriter.write(file, table);
        PxReader px = PxReader.read(file);
        assertThat(px.lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(256));
        return px;
    }

    @Test
    void fileNamesHaveNoSpacesAndNoLettersBeyondAscii() {
        assertThat(PxWriter.fileName(table("Tabell 7", "t", List.of("a"), List.of("2024"), List.of()))).isEqualTo("tabell-7.px");
        assertThat(PxWriter.fileName(table("Figur 3", "t", List.of("a"), List.of("2024"), List.of()))).isEqualTo("figur-3.px");
        assertThat(PxWriter.fileName(table("Närstående barn 2024", "t", List.of("a"), List.of("2024"), List.of())))
                .isEqualTo("narstaende-barn-2024.px");
    }

    @Test
    void theMandatoryKeywordsComeInTheRecommendedOrderWithDataLast() throws Exception {
        PxReader px = written(table("Tabell 7", "Tabell 7. Antal anmälda brott 2020-2024.", List.of("Köp av sexuell tjänst"),
                List.of("2023", "2024"), List.of("Källa: Brå, kriminalstatistik.", "Leveranser: a.xlsx.")));

        assertThat(px.keywordsInOrder).containsSubsequence("CHARSET", "AXIS-VERSION", "CODEPAGE", "LANGUAGE", "DECIMALS",
                "MATRIX", "SUBJECT-CODE", "SUBJECT-AREA", "TITLE", "CONTENTS", "UNITS", "STUB", "HEADING", "VALUES",
                "SOURCE", "NOTE", "DATASYMBOL2", "DATASYMBOLNIL", "DATA");
        assertThat(px.keywordsInOrder.get(px.keywordsInOrder.size() - 1)).isEqualTo("DATA");
        assertThat(px.value("CHARSET")).isEqualTo("ANSI");
        assertThat(px.value("LANGUAGE")).isEqualTo("sv");
        assertThat(px.value("MATRIX")).isEqualTo("TABELL7");
        assertThat(px.value("TITLE")).isEqualTo("Tabell 7. Antal anmälda brott 2020-2024.");
        assertThat(px.value("CONTENTS")).isEqualTo("Antal anmälda brott 2020-2024.");
        assertThat(px.value("UNITS")).isEqualTo("antal");
        assertThat(px.value("STUB")).isEqualTo("Lagrum");
        assertThat(px.value("HEADING")).isEqualTo("År");
        assertThat(px.value("SOURCE")).isEqualTo("Brå, kriminalstatistik.");
        assertThat(px.value("NOTE")).isEqualTo("Källa: Brå, kriminalstatistik.#Leveranser: a.xlsx.");
        assertThat(px.data).containsExactly("0", "1");
    }

    @Test
    void dataRunsRowByRowWithTheHeadingVaryingFastest() throws Exception {
        PxReader px = written(table("Tabell 8", "Tabell 8.", List.of("Människohandel (1a §)", "Människoexploatering (1b §)"),
                List.of("2022", "2023", "2024"), List.of()));

        assertThat(px.data).containsExactly("0", "1", "2", "100", "101", "102");
        assertThat(px.cell("Människoexploatering (1b §)", "2023")).isEqualTo("101");
        int data = px.lines.indexOf("DATA=");
        assertThat(px.lines.subList(data + 1, data + 3)).containsExactly("0 1 2 ", "100 101 102;");
    }

    @Test
    void aLabelWithAQuotationMarkIsWrittenWithTheSwedishQuoteAndParsesBack() throws Exception {
        String label = "Brott mot \"lag\"; se not";
        PxReader px = written(table("Tabell 7", "Tabell 7. \"Citat\"", List.of(label, "Annat"), List.of("2024"),
                List.of("Se \"Anm\".")));

        assertThat(px.values("VALUES", "Lagrum")).containsExactly("Brott mot ”lag”; se not", "Annat");
        assertThat(px.value("TITLE")).isEqualTo("Tabell 7. ”Citat”");
        assertThat(px.value("NOTE")).isEqualTo("Se ”Anm”.");
        assertThat(px.cell("Annat", "2024")).isEqualTo("100");
        // quotes balance on every line: the label's own quotation mark did not end its value early
        assertThat(px.lines).allSatisfy(l -> assertThat(l.chars().filter(ch -> ch == '"').count() % 2).isZero());
    }

    @Test
    void aLineBreakInANoteIsTheSpecificationsHashAndInALabelASpace() throws Exception {
        PxReader px = written(table("Tabell 7", "Tabell 7.", List.of("två\nrader"), List.of("2024"), List.of("första\r\nandra")));

        assertThat(px.values("VALUES", "Lagrum")).containsExactly("två rader");
        assertThat(px.value("NOTE")).isEqualTo("första#andra");
    }

    @Test
    void aLongValuesListBreaksAfterACommaAndEveryValueComesBack() throws Exception {
        List<String> rows = IntStream.rangeClosed(1, 60).mapToObj(i -> "Kommun nummer " + i + " med ett långt namn").toList();
        PxReader px = written(table("Tabell 1", "Tabell 1.", rows, List.of("2024"), List.of()));

        assertThat(px.values("VALUES", "Lagrum")).containsExactlyElementsOf(rows);
        List<String> valueLines = px.lines.stream().dropWhile(l -> !l.startsWith("VALUES(\"Lagrum\")="))
                .takeWhile(l -> !l.startsWith("VALUES(\"År\")")).toList();
        assertThat(valueLines).hasSizeGreaterThan(5);
        // every line but the last ends after a comma, the last with the semicolon: no value is cut
        assertThat(valueLines.subList(0, valueLines.size() - 1)).allSatisfy(l -> assertThat(l).endsWith("\","));
        assertThat(valueLines.get(valueLines.size() - 1)).endsWith("\";");
        assertThat(px.cell(rows.get(59), "2024")).isEqualTo("5900");
    }

    @Test
    void aTextLongerThanALineGoesOnInQuotedPiecesThatJoinBackExactly() throws Exception {
        String note = String.join(" ", Collections.nCopies(80, "människohandel")) + " slut";
        String unbroken = "x".repeat(600);
        PxReader px = written(table("Tabell 7", "Tabell 7.", List.of("a"), List.of("2024"), List.of(note, unbroken)));

        assertThat(px.value("NOTE")).isEqualTo(note + "#" + unbroken);
        List<String> noteLines = px.lines.stream().dropWhile(l -> !l.startsWith("NOTE=")).takeWhile(l -> !l.startsWith("DATASYMBOL"))
                .toList();
        assertThat(noteLines).hasSizeGreaterThanOrEqualTo(5);
        // the text is cut after a space where it has one
        assertThat(noteLines.get(0)).endsWith("människohandel \"");
    }

    @Test
    void swedishLettersAreWindows1252BytesAndSurvive() throws Exception {
        PublishedTable t = table("Tabell 6", "Tabell 6. Sökande part – Åklagarmyndigheten", List.of("Åklagarmyndigheten",
                "Socialnämnd eller motsvarande"), List.of("2024"), List.of("Källa: Migrationsverket, § 15, år 2024."));
        Path file = dir.resolve("tabell-6.px");
        PxWriter.write(file, t);
        byte[] bytes = Files.readAllBytes(file);
        PxReader px = PxReader.read(file);

        assertThat(px.value("CODEPAGE")).isEqualTo("windows-1252");
        assertThat(px.charset.name()).isEqualTo("windows-1252");
        // å ä ö Å – § as single Windows-1252 bytes, not as UTF-8 pairs
        assertThat(bytes).contains((byte) 0xE5, (byte) 0xE4, (byte) 0xF6, (byte) 0xC5, (byte) 0x96, (byte) 0xA7);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Ã");
        assertThat(px.values("VALUES", "Lagrum")).containsExactly("Åklagarmyndigheten", "Socialnämnd eller motsvarande");
        assertThat(px.value("TITLE")).isEqualTo("Tabell 6. Sökande part – Åklagarmyndigheten");
        assertThat(px.value("SUBJECT-AREA")).isEqualTo("Prostitution och människohandel");
    }

    @Test
    void aTableWithACharacterWindows1252LacksIsUtf8AndSaysSo() throws Exception {
        PxReader px = written(table("Tabell 7", "Tabell 7.", List.of("Łódź ärende", "Öst"), List.of("2024"), List.of()));

        assertThat(px.value("CODEPAGE")).isEqualTo("utf-8");
        assertThat(px.value("CHARSET")).isEqualTo("ANSI");
        assertThat(px.values("VALUES", "Lagrum")).containsExactly("Łódź ärende", "Öst");
    }

    @Test
    void missingAndNilAreTheSpecificationsSymbolsAndTheReasonIsACellNote() throws Exception {
        List<PublishedTable.Row> rows = List.of(new PublishedTable.Row("Flickor", List.of("Flickor"), List.of(
                PublishedTable.Cell.missing("ingen uppgift i programmets redovisning"),
                new PublishedTable.Cell(null, "–", "inget att redovisa", List.of()), figure(2))));
        PublishedTable t = new PublishedTable("Tabell 4", "Tabell 4.", "Blad", List.of("Antal"), List.of("2021", "2022", "2023"),
                rows, List.of(".. = uppgift saknas."));
        PxReader px = written(t);

        assertThat(px.data).containsExactly("..", "-", "2");
        int data = px.lines.indexOf("DATA=");
        assertThat(px.lines.get(data + 1)).isEqualTo("\"..\" \"-\" 2;");
        assertThat(px.values("CELLNOTE", "Flickor", "2021")).containsExactly("ingen uppgift i programmets redovisning");
        assertThat(px.values("CELLNOTE", "Flickor", "2022")).containsExactly("inget att redovisa");
        assertThat(px.has("CELLNOTE", "Flickor", "2023")).isFalse();
        assertThat(px.value("DATASYMBOL2")).isEqualTo("..");
        assertThat(px.value("DATASYMBOLNIL")).isEqualTo("–");
    }

    @Test
    void aCellWithNeitherFigureNorKnownSymbolIsRefusedNotWrittenAsSomething() {
        List<PublishedTable.Row> rows = List.of(new PublishedTable.Row("Flickor", List.of("Flickor"),
                List.of(new PublishedTable.Cell(null, "x", "?", List.of()))));
        PublishedTable t = new PublishedTable("Tabell 4", "Tabell 4.", "Blad", List.of("Antal"), List.of("2021"), rows, List.of());

        assertThatThrownBy(() -> PxWriter.write(dir.resolve("tabell-4.px"), t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Flickor × 2021");
    }

    @Test
    void sharesAndCountsSideBySideAreAContentsVariableWithUnitsAndPrecisionPerValue() throws Exception {
        List<PublishedTable.Row> rows = List.of(new PublishedTable.Row("2023", List.of("2023"), List.of(
                new PublishedTable.Cell(new BigDecimal("0.080"), null, null, List.of()), figure(59))));
        PublishedTable t = new PublishedTable("Figur 7", "Figur 7. Andel kommuner", "Indikator 7", List.of("År"),
                List.of("Andel", "Täljare"), rows, List.of("Källa: Kartläggning."), List.of("Andel"), List.of("Andel"));
        PxReader px = written(t);

        assertThat(px.value("STUB")).isEqualTo("År");
        assertThat(px.value("HEADING")).isEqualTo("Uppgift");
        assertThat(px.value("CONTVARIABLE")).isEqualTo("Uppgift");
        assertThat(px.values("UNITS", "Andel")).containsExactly("andel");
        assertThat(px.values("UNITS", "Täljare")).containsExactly("antal");
        assertThat(px.value("DECIMALS")).isEqualTo("2");
        assertThat(px.values("PRECISION", "Uppgift", "Andel")).containsExactly("2");
        assertThat(px.data).containsExactly("0.08", "59");
    }

    @Test
    void aBlankStubHeadingGetsAName() throws Exception {
        PublishedTable t = new PublishedTable("Tabell 5", "Tabell 5.", "Indikator 4", List.of(""), List.of("2024 / Kvinnor"),
                List.of(new PublishedTable.Row("Personer", List.of("Personer"), List.of(figure(30)))), List.of());
        PxReader px = written(t);

        assertThat(px.value("STUB")).isEqualTo("Uppgift");
        assertThat(px.value("HEADING")).isEqualTo("Indelning");
        assertThat(px.cell("Personer", "2024 / Kvinnor")).isEqualTo("30");
    }
}
