package se.bilaga1.publish.textkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV and the workbook sheet carry every finding with the contract's columns; text never reads as a formula. */
class TextkontrollOutputsTest {

    static final List<Finding> FINDINGS = List.of(
            new Finding(4, "Antalet ökar för tredje året i rad.", "ökar för tredje året i rad", "ökar, 3 år i rad",
                    "490 (2021), 375 (2022), 414 (2023), 430 (2024)", "Tabell 1 | Totalt antal personer | 2021–2024",
                    Status.MOTSAGS),
            new Finding(5, "=2+3 personer", "=2+3 personer", "3", "inget ämne känt i meningen", "", Status.EJ_KONTROLLERAD));

    @Test
    void theCsvHasTheContractsColumnsAndOneRowPerFinding(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve(TextkontrollCsv.fileName(2024));
        TextkontrollCsv.write(csv, FINDINGS);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(csv.getFileName().toString()).isEqualTo("bilaga1-2024-textkontroll.csv");
        assertThat(lines.get(0)).isEqualTo("stycke;mening;påstående;värde i texten;värde i tabellerna;celler;status");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).endsWith(";Tabell 1 | Totalt antal personer | 2021–2024;MOTSÄGS");
        assertThat(lines.get(2)).startsWith("5;'=2+3 personer;'=2+3 personer;").endsWith(";EJ KONTROLLERAD");
    }

    @Test
    void theSheetSummarisesAndListsEveryFinding() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TextkontrollSheet.write(workbook, FINDINGS);
            Sheet sheet = workbook.getSheet("Textkontroll");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .endsWith("STÄMMER 0, MOTSÄGS 1, DOLD CELL 0, EJ KONTROLLERAD 1");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("status");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Tabell 1 | Totalt antal personer | 2021–2024");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("MOTSÄGS");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("'=2+3 personer");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }
}
