package se.bilaga1.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/** The end-to-end rebuild on the embedded H2 warehouse, in a file under a fresh data folder. */
@SpringBootTest
class H2RebuildEndToEndIT extends RebuildEndToEndContract {



    /** The acceptance check "the workbook opens in LibreOffice and shows the two tables", when LibreOffice is here. */
    @Test
    void libreOfficeOpensTheWorkbookAndShowsBothTablesInSwedishFormat(@TempDir Path converted) throws Exception {
        String soffice = List.of("/usr/bin/soffice", "/usr/local/bin/soffice").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        if (soffice == null) {
            System.err.println("SKIPPED LibreOffice check of the workbook: no soffice on this machine");
        }
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) not installed");
        rebuild.rebuild(2024, SAMPLE_INPUT, output);

        // every sheet as CSV, values as shown (-1 = all sheets, one file each)
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + converted.resolve("profile"),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", converted.toString(), output.resolve("bilaga1-2024.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(converted.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();

        // LibreOffice groups thousands the Swedish way with a no-break space
        List<String> tabell7 = Files.readAllLines(converted.resolve("bilaga1-2024-Indikator 5.csv"), StandardCharsets.UTF_8)
                .stream().map(l -> l.replace('\u00A0', ' ').replace('\u202F', ' ')).toList();
        assertThat(tabell7).contains("Lagrum;2020;2021;2022;2023;2024",
                "6 kap. 11 § BrB Köp av sexuell tjänst;1 055;1 886;1 263;1 513;1 805");
        List<String> tabell8 = Files.readAllLines(converted.resolve("bilaga1-2024-Indikator 6.csv"), StandardCharsets.UTF_8);
        assertThat(tabell8).contains("BrB 4 kap.;Människohandel (1a §);15;2;7;1;0;0",
                "BrB 4 kap.;Människoexploatering (1b §);0;0;0;5;0;3");
    }
}
