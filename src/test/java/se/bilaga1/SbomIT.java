package se.bilaga1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The build writes a CycloneDX SBOM of what the jar contains, and the jar carries it: the agency's supply-chain
 * checks read it. (An integration test: it needs the packaged jar.)
 */
class SbomIT {

    @Test
    void theJarCarriesAnSbomOfItsLibraries() throws Exception {
        Path jar = Path.of("target", "bilaga1.jar");
        assertThat(jar).exists();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry("META-INF/sbom/application.cdx.json");
            assertThat(entry).as("the SBOM in the jar").isNotNull();
            String sbom = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(sbom).contains("\"bomFormat\" : \"CycloneDX\"").contains("\"name\" : \"fastexcel-reader\"")
                    .contains("\"name\" : \"spring-batch-core\"").contains("\"name\" : \"postgresql\"")
                    .contains("pkg:maven/org.apache.poi/poi@");
        }
        assertThat(Files.size(jar)).isGreaterThan(1_000_000);
    }
}
