package se.bilaga1.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the hostile cases (every test in this package, and the fault tests elsewhere tagged {@value #TAG}: the
 * crash and restart scenarios, the outputs replaced together) as the test run goes and prints, when it ends,
 * {@code hostile inputs: N tried, N survived, 0 rows lost}; also written to {@code target/hostile-inputs.txt}.
 * Registered through {@code META-INF/services}, so it sees every test class of the run.
 */
public class HostileSummary implements TestExecutionListener {

    /** The tag of a hostile case that lives beside the code it exercises rather than in this package. */
    public static final String TAG = "hostile";

    /** Rows some case found unaccounted for (read but neither loaded, quarantined nor a note). */
    static final AtomicLong ROWS_LOST = new AtomicLong();

    private int tried;
    private int survived;
    private final List<String> failed = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        tried = 0;
        survived = 0;
        failed.clear();
        skipped.clear();
        ROWS_LOST.set(0);
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (isCase(test)) {
            skipped.add(name(test) + " (" + reason + ")");
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!isCase(test)) {
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                tried++;
                survived++;
            }
            case FAILED -> {
                tried++;
                failed.add(name(test));
            }
            case ABORTED -> skipped.add(name(test) + " (" + result.getThrowable().map(Throwable::getMessage).orElse("aborted")
                    + ")");
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (tried == 0 && skipped.isEmpty()) {
            return;
        }
        StringBuilder summary = new StringBuilder("hostile inputs: " + tried + " tried, " + survived + " survived, "
                + ROWS_LOST.get() + " rows lost");
        failed.forEach(f -> summary.append("\n  did not survive: ").append(f));
        skipped.forEach(s -> summary.append("\n  not tried: ").append(s));
        System.out.println(summary);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "hostile-inputs.txt"), summary + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCase(TestIdentifier test) {
        return test.isTest() && (test.getTags().contains(TestTag.create(TAG)) || test.getSource()
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName().startsWith(HostileSummary.class.getPackageName() + ".")).orElse(false));
    }

    private static String name(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName())
                .orElse(test.getDisplayName());
    }
}
