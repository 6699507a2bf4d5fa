package rtgo.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one test class through the JUnit Platform Launcher, as Surefire and IDEs do, and keeps what
 * they would show: each test's display name and result (or skip reason), the class's own result,
 * and everything printed on System.out meanwhile.
 */
final class LauncherRun {
    /** A test's outcome: {@code status} SUCCESSFUL, FAILED, ABORTED or SKIPPED. */
    record Outcome(String displayName, String status, Throwable throwable, String skipReason) {}

    final Map<String, Outcome> tests = new LinkedHashMap<>();
    Outcome container;
    String output;

    static LauncherRun of(Class<?> testClass, Map<String, String> config) {
        return of(testClass, selectClass(testClass), config);
    }

    /** Runs what {@code selector} selects of {@code testClass} (a method, say). */
    static LauncherRun of(Class<?> testClass, DiscoverySelector selector, Map<String, String> config) {
        LauncherRun run = new LauncherRun();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selector).configurationParameters(config).build();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                record(id, new Outcome(id.getDisplayName(), result.getStatus().name(),
                        result.getThrowable().orElse(null), null));
            }

            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                record(id, new Outcome(id.getDisplayName(), "SKIPPED", null, reason));
            }

            private void record(TestIdentifier id, Outcome o) {
                if (id.isTest() && id.getSource().orElse(null) instanceof MethodSource m) {
                    run.tests.put(m.getMethodName(), o);
                } else if (id.isContainer() && id.getDisplayName().equals(displayName(testClass))) {
                    run.container = o;
                }
            }
        };
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            System.setOut(out);
        }
        run.output = captured.toString(StandardCharsets.UTF_8);
        return run;
    }

    private static String displayName(Class<?> c) {
        org.junit.jupiter.api.DisplayName d = c.getAnnotation(org.junit.jupiter.api.DisplayName.class);
        return d != null ? d.value() : c.getSimpleName();
    }

    Outcome test(String method) {
        Outcome o = tests.get(method);
        if (o == null) {
            throw new AssertionError("no result for " + method + " in " + tests.keySet());
        }
        return o;
    }
}
