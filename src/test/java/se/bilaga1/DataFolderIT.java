package se.bilaga1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.FileSystemUtils;

import se.bilaga1.testsupport.AppProcess;

/** A data folder given relative to the working folder, as a person at a prompt gives it, is that folder. */
class DataFolderIT {

    private static StandardEnvironment given(String data) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("given", Map.of(DataFolder.PROPERTY, data,
                "spring.datasource.url", "jdbc:h2:file:${bilaga1.data}/bilaga1;AUTO_SERVER=TRUE")));
        new DataFolder().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "./data", "some/where/../data", "target/../data"})
    void aRelativeFolderIsTakenFromTheWorkingFolder(String data) {
        StandardEnvironment env = given(data);

        Path expected = Path.of("").toAbsolutePath().resolve(data).normalize();
        assertThat(env.getProperty(DataFolder.PROPERTY)).isEqualTo(expected.toString());
        assertThat(env.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + expected.resolve("bilaga1") + ";AUTO_SERVER=TRUE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/srv/bilaga1/data", "~/bilaga1-data"})
    void anAbsoluteFolderOrOneInTheHomeFolderIsLeftAsGiven(String data) {
        assertThat(given(data).getProperty(DataFolder.PROPERTY)).isEqualTo(data);
    }

    /** The whole start: H2 would refuse "target/…" ("implicitly relative") and the run would end in its stack trace. */
    @Test
    void theApplicationStartsOnAFolderGivenRelativeToTheWorkingFolder() throws Exception {
        String relative = "target/data-folder-" + UUID.randomUUID();
        try {
            AppProcess.Result status = AppProcess.run(List.of("status", "--bilaga1.data=" + relative), Map.of());

            assertThat(status.exitCode()).as("%s", status).isZero();
            assertThat(status.stderr()).as("%s", status).doesNotContain("implicitly relative");
            assertThat(Path.of(relative, "bilaga1.mv.db")).as("the warehouse, in the folder given").exists();
            assertThat(Files.readString(Path.of(relative, H2Secret.FILE)).strip()).as("its secret beside it").isNotEmpty();
        } finally {
            FileSystemUtils.deleteRecursively(Path.of(relative));
        }
    }
}
