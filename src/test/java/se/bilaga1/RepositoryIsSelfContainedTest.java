package se.bilaga1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A user clones the repository alone: no file of it (code, tests, scripts, bench, CI, Dockerfile, README, docs,
 * configuration) may name a path outside it. Caught: a relative path climbing out of the repository (from the file's
 * folder for Markdown, whose links are relative to it; from the project root for everything else, where the code,
 * the tests and the scripts run), a path into a home or workspace folder, and the sibling folder of reference
 * material that developers have beside their checkout. System programs (/usr/bin/chromium) are the machine's, not
 * files of the project, and are not paths this test is about.
 */
class RepositoryIsSelfContainedTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    /** Generated, machine-local or version control: not the repository's files. */
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "output", "data", "bench/work",
            "bench/results", "node_modules", ".idea", ".vscode");

    /**
     * Lines that may stay as they are: an applied Flyway migration is checksummed, so editing even its comment would
     * stop every existing warehouse from starting. Its comment names the folder the file was first copied from; the
     * file is reference/kommuner.csv now, and KommunerIT checks the migration against it.
     */
    private static final Set<String> FROZEN = Set.of(
            "src/main/resources/db/migration/V3__dim_kommun.sql:2");

    private static final Pattern CLIMB = Pattern.compile("(?<![A-Za-z0-9_./])((?:\\.\\./)+)([A-Za-z0-9_./-]*)");
    private static final Pattern SIBLING_MATERIAL = Pattern.compile("\\bshared/(spec|reference|seeds|hooks)\\b");
    private static final Pattern PRIVATE_ABSOLUTE = Pattern.compile(
            "(?<![A-Za-z0-9_.~-])/(work|home|Users|mnt)/[A-Za-z0-9_.-]+|(?<![A-Za-z0-9_.~-])/root/(?!\\.m2)[A-Za-z0-9_.-]+"
                    + "|\\b[A-Z]:\\\\Users\\\\");

    @Test
    void noFileOfTheRepositoryNamesAPathOutsideIt() throws IOException {
        List<Path> files = repositoryFiles();
        assertThat(files).as("the scan sees the repository's own files")
                .contains(ROOT.resolve("README.md"), ROOT.resolve("pom.xml"), ROOT.resolve(".ci/run"),
                        ROOT.resolve("Dockerfile"), ROOT.resolve("bench/run"), ROOT.resolve("jobs/rebuild"),
                        ROOT.resolve("reference/kommuner.csv"));
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            findings.addAll(outsidePaths(file));
        }
        assertThat(findings).as("paths outside the repository").isEmpty();
    }

    @Test
    void theScanFindsEachKindOfOutsidePath() throws IOException {
        // the probes' paths are put together so that this file does not hold them itself
        String up = ".." + "/";
        Path dir = Files.createDirectories(ROOT.resolve("target/self-contained-probe/docs"));
        Path markdown = Files.writeString(dir.resolve("guide.md"), "See [the spec](" + up.repeat(4) + "shared/"
                + "spec/x.md) and [the README](" + up + "README.md).\n");
        Path script = Files.writeString(dir.getParent().resolve("run.sh"), "cat " + up + "other-project/kommuner.csv\n"
                + "ls /" + "work/main\n" + "cp /usr/bin/chromium .\n");
        assertThat(outsidePaths(markdown)).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains("climbs out of the repository"))
                .anySatisfy(f -> assertThat(f).contains("sibling folder"));
        assertThat(outsidePaths(script)).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains(up + "other-project/kommuner.csv"))
                .anySatisfy(f -> assertThat(f).contains("/" + "work/main"));
        Path inside = Files.writeString(dir.resolve("fine.md"), "[px](px.md), [top](" + up + "run.sh), /usr/bin/chromium\n");
        assertThat(outsidePaths(inside)).isEmpty();
    }

    private static List<Path> repositoryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !skipped(ROOT.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean skipped(Path relative) {
        String path = relative.toString().replace('\\', '/');
        // in a git worktree .git is a file naming the main checkout: git's, not the repository's content
        if (path.equals(".git") || SKIPPED_DIRS.stream().anyMatch(d -> path.startsWith(d + "/"))) {
            return true;
        }
        // the sample deliveries are data; their READMEs are documentation
        return path.startsWith("input/") && !path.endsWith(".md");
    }

    private static List<String> outsidePaths(Path file) throws IOException {
        String text = text(file);
        if (text == null) {
            return List.of();
        }
        String name = ROOT.relativize(file).toString();
        Path base = file.toString().endsWith(".md") ? file.getParent() : ROOT;
        List<String> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (FROZEN.contains(name + ":" + (i + 1))) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            Matcher climb = CLIMB.matcher(lines[i]);
            while (climb.find()) {
                Path target = base.resolve(climb.group(1) + climb.group(2)).normalize();
                if (!target.startsWith(ROOT)) {
                    findings.add(where + climb.group() + " climbs out of the repository");
                }
            }
            Matcher sibling = SIBLING_MATERIAL.matcher(lines[i]);
            while (sibling.find()) {
                findings.add(where + sibling.group() + " is in the sibling folder of reference material");
            }
            Matcher absolute = PRIVATE_ABSOLUTE.matcher(lines[i]);
            while (absolute.find()) {
                findings.add(where + absolute.group() + " is a private absolute path");
            }
        }
        return findings;
    }

    /** The file as text, or null when it is binary (a NUL byte in its first 8 KiB: an xlsx, a jar). */
    private static String text(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    return null;
                }
            }
        }
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }
}
