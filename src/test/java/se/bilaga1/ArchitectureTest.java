package se.bilaga1;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The house, from the top: web → jobs → publish → reconcile → warehouse → the sources → ingest, and below them all
 * the reference data (municipalities, police regions) and support (the contract's name folding, memos). A layer may
 * use the layers below it, never one above; the sources never use each other; no cycles between packages.
 */
class ArchitectureTest {

    static final String[] SOURCES = {"bra", "migrationsverket", "kommunenkat", "regionkoordinatorer", "stodprogram",
            "korrigeringar"};

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.bilaga1");

    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy("se.bilaga1")
                .layer("web").definedBy("se.bilaga1.web..")
                .layer("jobs").definedBy("se.bilaga1.jobs..")
                .layer("publish").definedBy("se.bilaga1.publish..")
                .layer("reconcile").definedBy("se.bilaga1.reconcile..")
                .layer("warehouse").definedBy("se.bilaga1.warehouse..")
                .layer("sources").definedBy(java.util.Arrays.stream(SOURCES).map(s -> "se.bilaga1." + s + "..")
                        .toArray(String[]::new))
                .layer("ingest").definedBy("se.bilaga1.ingest..")
                .layer("reference").definedBy("se.bilaga1.reference..")
                .layer("support").definedBy("se.bilaga1.support..")
                .whereLayer("application").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("application")
                .whereLayer("jobs").mayOnlyBeAccessedByLayers("application", "web")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("application", "web", "jobs")
                .whereLayer("reconcile").mayOnlyBeAccessedByLayers("application", "web", "jobs", "publish")
                .whereLayer("warehouse").mayOnlyBeAccessedByLayers("application", "web", "jobs", "publish", "reconcile")
                .whereLayer("sources").mayOnlyBeAccessedByLayers("application", "web", "jobs", "publish", "reconcile",
                        "warehouse")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("application", "web", "jobs", "publish", "reconcile",
                        "warehouse", "sources")
                .whereLayer("reference").mayOnlyBeAccessedByLayers("application", "web", "jobs", "publish", "reconcile",
                        "warehouse", "sources", "ingest")
                .whereLayer("support").mayOnlyBeAccessedByLayers("application", "web", "jobs", "publish", "reconcile",
                        "warehouse", "sources", "ingest", "reference");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layers().check(MAIN);
    }

    /** The rules bite: the same classes plus one that imports upward, or across sources, fail them. */
    @Test
    void aForbiddenImportFailsTheRules() throws Exception {
        JavaClasses withUpward = new ClassFileImporter().importPackages("se.bilaga1");
        EvaluationResult upward = layers().evaluate(withUpward);
        assertThat(upward.hasViolation()).isTrue();
        assertThat(upward.getFailureReport().getDetails()).anyMatch(d -> d.contains("UpwardImportProbe"))
                .allMatch(d -> d.contains("Probe") || d.contains("Test") || d.contains("IT") || d.contains("testsupport"), "only the probes"
                        + " and tests break the house");
        EvaluationResult across = noClasses().that().resideInAPackage("se.bilaga1.bra..").should()
                .dependOnClassesThat().resideInAPackage("se.bilaga1.migrationsverket..").evaluate(withUpward);
        assertThat(across.getFailureReport().getDetails()).anyMatch(d -> d.contains("SourceToSourceProbe"));
        assertThat(noClasses().that().resideInAPackage("se.bilaga1.bra..").should().dependOnClassesThat()
                .resideInAPackage("se.bilaga1.migrationsverket..").evaluate(MAIN).hasViolation()).isFalse();
    }

    @Test
    void theSourcesNeverUseEachOther() {
        for (String source : SOURCES) {
            String[] others = java.util.Arrays.stream(SOURCES).filter(s -> !s.equals(source))
                    .map(s -> "se.bilaga1." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("se.bilaga1." + source + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).check(MAIN);
        }
    }

    /** The exact regional counts of cases reach publishing through the disclosure boundary only. */
    @Test
    void onlyTheDisclosureBoundaryTakesTheExactRegionalCounts() {
        noClasses().that().doNotHaveFullyQualifiedName("se.bilaga1.publish.DisclosureBoundary")
                .and().doNotHaveFullyQualifiedName("se.bilaga1.warehouse.Bilaga1Tables").should()
                .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("regionalCounts")))
                .check(MAIN);
    }

    /**
     * The fast tier ({@code mvn test}, Surefire: {@code *Test}) starts no Spring context; a test that does is an
     * integration test ({@code *IT}, Failsafe in {@code mvn verify}).
     */
    @Test
    void aTestThatStartsSpringIsAnIntegrationTest() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("se.bilaga1");
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> startsSpring =
                com.tngtech.archunit.base.DescribedPredicate.describe("start a Spring context", c -> java.util.stream.Stream
                        .concat(java.util.stream.Stream.of(c), c.getAllRawSuperclasses().stream())
                        .anyMatch(k -> k.isAnnotatedWith(org.springframework.boot.test.context.SpringBootTest.class)));
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that(startsSpring).and()
                .doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT).and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("IT").check(tests);
        assertThat(tests.stream().filter(startsSpring::test).map(com.tngtech.archunit.core.domain.JavaClass::getSimpleName))
                .as("the rule sees the Spring tests, those of a base class among them").contains("CasePrivacyIT",
                        "LineageIT", "H2RebuildEndToEndIT");
    }

    /** Spring Batch's tables are its own, their layout its to change: the code reads runs through its API only. */
    @Test
    void batchTablesAreReadThroughSpringBatchsApiOnly() throws java.io.IOException {
        java.util.regex.Pattern batchTable = java.util.regex.Pattern.compile("BATCH_(JOB|STEP)_");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> readers = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return batchTable.matcher(java.nio.file.Files.readString(f)).find();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
            assertThat(readers).as("classes that query BATCH_* tables instead of using JobRepository").isEmpty();
        }
        assertThat(batchTable.matcher("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").find()).isTrue();
    }

    @Test
    void thereIsNoCycleBetweenPackages() {
        slices().matching("se.bilaga1.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
