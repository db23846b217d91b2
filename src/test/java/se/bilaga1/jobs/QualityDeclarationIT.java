package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import se.bilaga1.testsupport.Folders;

/**
 * The quality declaration (issue 11) is made of the run's own figures: after the real rebuild on the committed
 * samples, every file line of the run report (status, checksum, rows read = loaded + quarantined + notes), its rule
 * counts, findings and published-cell checksum are in {@code bilaga1-2024-kvalitet.md} with the same figures; so are
 * every row of the reconciliation CSV, the corrections the warehouse applied, the cells the workbook suppresses and
 * the response rates the tables CSV publishes. The workbook's sheet says the same as the Markdown.
 */
class QualityDeclarationIT extends DeliveryTestBase {

    @Autowired
    RunReport runReport;

    /**
     * {@code  LOADED    bra/x.xlsx   0b22d2e4ef9c  read 10 = loaded 5 + quarantined 0 + notes 5}; a coordinator file's
     * counts may be {@code ..} (the disclosure check hides them).
     */
    private static final Pattern REPORT_FILE = Pattern.compile(
            "^  (\\S+)\\s+(\\S+)\\s+([0-9a-f]{12})  read (\\d+|\\.\\.) = loaded (\\d+|\\.\\.) \\+ quarantined (\\d+|\\.\\.)"
                    + " \\+ notes (\\d+)");

    @Test
    void theDeclarationsFiguresAreTheRunReportsAndTheWarehouses() throws Exception {
        Folders.copyTree(Path.of("input"), input);
        JobExecution run = rebuild.rebuild(2024, input, output);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String report = runReport.describe(new JobRunner.Run(run, List.of()), 2024, output);
        String md = Files.readString(output.resolve("bilaga1-2024-kvalitet.md"), StandardCharsets.UTF_8);
        List<List<String>> mdRows = tableRows(md);

        // every file of the run report, with its status, checksum and row accounting
        int files = 0;
        for (String line : report.split("\n")) {
            Matcher m = REPORT_FILE.matcher(line);
            if (!m.find()) {
                continue;
            }
            files++;
            List<String> row = mdRows.stream().filter(r -> r.get(0).equals(m.group(2)) && r.size() == 9).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + m.group(2) + " in the declaration"));
            assertThat(row.get(1)).isEqualTo(m.group(1));
            assertThat(row.get(3)).startsWith(m.group(3)).hasSize(64);
            assertThat(row.subList(4, 8)).containsExactly(m.group(4), m.group(5), m.group(6), m.group(7));
            assertThat(row.get(3)).isEqualTo(jdbc.queryForObject("SELECT sha256 FROM source_file WHERE file_name = ?"
                    + " AND status = 'LOADED'", String.class, m.group(2)));
            // the delivery date is the file's modification time, to the minute
            assertThat(row.get(2)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        }
        assertThat(files).isEqualTo(40);
        assertThat(mdRows).contains(List.of("Källfiler", "40"));
        assertThat(mdRows).contains(List.of("Rader lästa", String.valueOf(count("SELECT SUM(rows_read) FROM source_file"))));
        assertThat(mdRows).contains(List.of("Rader i karantän", String.valueOf(count("SELECT SUM(rows_quarantined) FROM source_file"))));

        // the rule counts, the findings with both figures and the checksum of the published cells
        Matcher counts = Pattern.compile("Reconciliation: (\\d+) checks, (\\d+) OK, (\\d+) VARNING, (\\d+) FEL").matcher(report);
        assertThat(counts.find()).isTrue();
        assertThat(mdRows).contains(List.of("Kontroller", counts.group(1)), List.of("Kontroller OK", counts.group(2)),
                List.of("Kontroller VARNING", counts.group(3)), List.of("Kontroller FEL", counts.group(4)));
        assertThat(report).contains("FEL stodprogram.delar_mot_totalt: 2024: kvinnor + män + flickor + pojkar (vänster) mot"
                + " Totalt (höger) (33 mot 32)");
        assertThat(md).contains("| stodprogram.delar\\_mot\\_totalt | Tabell 4 | 2024: kvinnor + män + flickor + pojkar"
                + " (vänster) mot Totalt (höger) | 33 | 32 | FEL |\n");
        Matcher cells = Pattern.compile("Published cells: SHA-256 ([0-9a-f]{64})").matcher(report);
        assertThat(cells.find()).isTrue();
        assertThat(mdRows).contains(List.of("Publicerade celler, SHA-256", cells.group(1)));

        // every rule result of the reconciliation CSV, both figures and status, once per time it is in the CSV
        List<List<String>> ruleRows = mdRows.stream().filter(r -> r.size() == 6 && r.get(5).matches("OK|VARNING|FEL")).toList();
        List<String> csv = reconciliation().subList(1, reconciliation().size());
        // the findings' summary repeats the non-OK rows
        long findings = csv.stream().filter(l -> !l.endsWith(";OK")).count();
        assertThat(ruleRows).hasSize(csv.size() + (int) findings);
        for (String line : csv) {
            assertThat(ruleRows).as("the rule result %s", line).contains(List.of(line.split(";", -1)));
        }

        // the corrections the warehouse applied, and the cells they moved as the Korrigeringar sheet lists them
        assertThat(mdRows).contains(List.of("Korrigeringar tillämpade",
                String.valueOf(count("SELECT COUNT(*) FROM korrigering WHERE status = 'APPLIED'"))));
        assertThat(count("SELECT COUNT(*) FROM korrigering WHERE status = 'APPLIED'")).isEqualTo(19);
        assertThat(mdRows.stream().filter(r -> r.size() == 11 && r.get(6).equals("APPLIED"))).hasSize(19);

        try (XSSFWorkbook book = new XSSFWorkbook(output.resolve("bilaga1-2024.xlsx").toFile())) {
            // the suppressed cells: as many as the workbook shows as .. on the regional sheet
            long hidden = 0;
            for (Row row : book.getSheet("Indikator 3 per region")) {
                for (Cell cell : row) {
                    hidden += cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("..") ? 1 : 0;
                }
            }
            assertThat(hidden).as("the linked protection: one more than each table on its own hid").isEqualTo(25);
            assertThat(mdRows).contains(List.of("Undertryckta celler (röjandekontroll)", String.valueOf(hidden)));
            assertThat(md).contains("| Region × exploateringsform 2024 | röjandekontroll: 1–3 | 16 | .. = undertryckt:"
                    + " antal 1–3 visas inte, och ytterligare celler döljs så att inget dolt värde kan räknas fram ur summorna. |");
            long moved = 0;
            boolean movedPart = false;
            for (Row row : book.getSheet("Korrigeringar")) {
                String first = text(row, 0);
                if (first.equals("Publicerade celler som korrigeringarna flyttade")) {
                    movedPart = true;
                } else if (movedPart && first.startsWith("Tabell ")) {
                    moved++;
                }
            }
            assertThat(mdRows).contains(List.of("Publicerade celler som korrigeringarna flyttade", String.valueOf(moved)));
            assertThat(md).contains("Publicerade celler som korrigeringarna flyttade: " + moved + "\n");

            // the workbook's sheet says what the Markdown says, figure for figure
            List<List<String>> sheet = new ArrayList<>();
            DataFormatter shown = new DataFormatter();
            for (Row row : book.getSheet("Kvalitetsdeklaration")) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC && !shown.formatCellValue(cell).contains("%")
                            ? String.valueOf((long) cell.getNumericCellValue()) : text(row, i));
                }
                sheet.add(trimmed(texts));
            }
            for (List<String> row : mdRows) {
                if (row.stream().noneMatch(c -> c.endsWith(" %"))) {
                    assertThat(sheet).as("the sheet's row %s", row).contains(trimmed(row));
                }
            }
        }

        // response rates and denominators: those the figures publish
        Map<String, String> published = tables();
        assertThat(published.get("Figur 3;2023;Nämnare")).startsWith("219;");
        assertThat(published.get("Figur 3;2023;Svarsfrekvens")).startsWith("0.755;");
        assertThat(md).contains("| Figur 3 | 2023 | 219 | 219 | 290 | 75,5 % |\n");
        assertThat(published.get("Figur 5;2024;Nämnare")).startsWith("262;");
        assertThat(md).contains("| Figur 5 | 2024 | 262 | 283 | 290 | 97,6 % |\n");
        // the coordinators: regions delivering of the seven
        assertThat(count("SELECT COUNT(DISTINCT polisregion) FROM regionkoordinator_case WHERE ar = 2024")).isEqualTo(7);
        assertThat(md).contains("| 2024 | 7 | 7 | 100,0 % | – |\n");

        // the sections and what feeds them, from the cells' provenance
        assertThat(md).contains("## Indikator 5\n\nPubliceras som: Tabell 7\n\nÅr med uppgifter: 2020, 2021, 2022, 2023, 2024\n");
        assertThat(md).contains("## Indikator 3\n\nPubliceras som: Tabell 1, Tabell 2\n");
        // a coordinator file's quarantined rows as its accounting shows them, their reasons over all the source's files
        assertThat(md).contains("| regionkoordinatorer/syd-2023.xlsx | rader i karantän (orsakerna räknas för alla källans"
                + " filer tillsammans) | .. |\n", "| regionkoordinatorer/ (alla filer) | samma id förekommer redan i filen: den"
                + " första raden står kvar | 1 |\n").doesNotContain("given twice");
    }

    /** A row without the empty cells a Markdown row keeps at its end (the sheet leaves them out). */
    private static List<String> trimmed(List<String> row) {
        int end = row.size();
        while (end > 0 && row.get(end - 1).isEmpty()) {
            end--;
        }
        return row.subList(0, end);
    }

    private static String text(Row row, int i) {
        Cell cell = row.getCell(i);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /** Every data row of every Markdown table, cells unescaped; header and alignment rows left out. */
    private static List<List<String>> tableRows(String md) {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            boolean header = i + 1 < lines.length && lines[i + 1].startsWith("| ---");
            if (!lines[i].startsWith("| ") || header || lines[i].startsWith("| ---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : lines[i].substring(2, lines[i].length() - 2).split(" (?<!\\\\)\\| ", -1)) {
                cells.add(cell.strip().replaceAll("\\\\(.)", "$1").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }
}
