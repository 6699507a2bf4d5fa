package rtgo.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import rtgo.junit.samples.HangSample;
import rtgo.junit.samples.OrderSample;
import rtgo.junit.samples.PanicSample;
import rtgo.junit.samples.SetUpFailureSample;

/**
 * The samples run on the emulated RP2040 through the JUnit Platform Launcher: what Surefire and an
 * IDE would report for each test (status, message, the device's stack trace, display name, skip
 * reason), the lifecycle's order on the device, a hanging test and a panic.
 */
class DeviceRunTest {
    @Test
    void lifecycleAndResults() throws Exception {
        Class<?> sample = Class.forName("rtgo.junit.samples.LifecycleSample");
        LauncherRun run = LauncherRun.of(sample, Map.of());
        assertEquals("SUCCESSFUL", run.container.status(), () -> "class: " + run.container.throwable());

        LauncherRun.Outcome adds = run.test("adds");
        assertEquals("adds 1 + 2", adds.displayName());
        assertPassed(run, "adds");
        assertPassed(run, "throwsExpected");

        LauncherRun.Outcome failed = run.test("failsWithMessage");
        assertEquals("FAILED", failed.status());
        AssertionFailedError afe = assertInstanceOf(AssertionFailedError.class, failed.throwable());
        assertEquals("sum ==> expected: <3> but was: <4>", afe.getMessage());
        assertEquals("3", afe.getExpected().getStringRepresentation());
        assertEquals("4", afe.getActual().getStringRepresentation());
        StackTraceElement top = afe.getStackTrace()[0];
        assertEquals(sample.getName() + ".failsWithMessage(LifecycleSample.java:" + lineOf("assertEquals(3, 1 + 3, \"sum\")") + ")",
                top.getClassName() + "." + top.getMethodName() + "(" + top.getFileName() + ":" + top.getLineNumber() + ")");

        LauncherRun.Outcome errors = run.test("errors");
        assertEquals("FAILED", errors.status());
        IllegalStateException ise = assertInstanceOf(IllegalStateException.class, errors.throwable());
        assertEquals("device state 1", ise.getMessage()); // a fresh instance per test on the device too
        assertEquals("errors", ise.getStackTrace()[0].getMethodName());
        assertEquals(lineOf("throw new IllegalStateException(\"device state \""), ise.getStackTrace()[0].getLineNumber());

        LauncherRun.Outcome disabled = run.test("disabled");
        assertEquals("SKIPPED", disabled.status());
        assertEquals("not today", disabled.skipReason());

        // the device's output, each line printed under the invocation that printed it
        List<String> lines = run.output.lines().toList();
        assertEquals("beforeAll", lines.getFirst(), run.output);
        assertEquals("afterAll", lines.getLast(), run.output);
        assertEquals(4, lines.stream().filter(l -> l.equals("afterEach")).count(), run.output);
        for (int i = 1; i <= 4; i++) {
            assertTrue(lines.contains("beforeEach 1 " + i), run.output);
        }
        int ran = lines.indexOf("adds ran");
        assertTrue(ran > 0 && lines.get(ran - 1).startsWith("beforeEach 1 ") && lines.get(ran + 1).equals("afterEach"), run.output);
    }

    @Test
    void hangingTestHitsTheCycleLimit() {
        LauncherRun run = LauncherRun.of(HangSample.class, Map.of("rtgo.junit.maxCycles", "30000000"));
        assertPassed(run, "a_passes");
        Throwable hang = run.test("b_hangs").throwable();
        assertInstanceOf(DeviceStoppedException.class, hang);
        assertTrue(hang.getMessage().startsWith("test " + HangSample.class.getName() + ".b_hangs() did not finish on the device:"
                + " it hit the cycle limit of 30000000 cycles"), hang.getMessage());
        Throwable after = run.test("c_after").throwable();
        assertInstanceOf(DeviceStoppedException.class, after);
        assertTrue(after.getMessage().startsWith("not run: the device stopped earlier in test "
                + HangSample.class.getName() + ".b_hangs(): it hit the cycle limit"), after.getMessage());
    }

    @Test
    void panicFailsTheRestOfTheClass() {
        LauncherRun run = LauncherRun.of(PanicSample.class, Map.of());
        assertPassed(run, "a_passes");
        for (String test : List.of("b_panics", "c_after")) {
            Throwable t = run.test(test).throwable();
            assertInstanceOf(DeviceStoppedException.class, t);
            assertTrue(t.getMessage().contains("the program exited with status 1")
                    && t.getMessage().contains("panic: Character.toUpperCase knows the case of Latin-1"), t.getMessage());
        }
        assertTrue(run.output.contains("about to panic"), run.output);
        assertTrue(run.test("d_repeated").throwable().getMessage().endsWith(
                "is a test template (@ParameterizedTest, @RepeatedTest): rtgo-junit runs @Test methods on the device;"
                        + " write the cases as @Test methods"), run.test("d_repeated").throwable().getMessage());
    }

    @Test
    void unsupportedJUnitApiIsABuildErrorSayingWhatTheDeviceHas() throws Exception {
        LauncherRun run = LauncherRun.of(Class.forName("rtgo.junit.samples.AssumptionSample"), Map.of());
        Throwable t = run.container.throwable();
        assertTrue(t.getMessage().contains("rtgo could not build rtgo.junit.samples.AssumptionSample for the device:\n"
                + "error: the JUnit method org.junit.jupiter.api.Assumptions.assumeTrue(boolean) is not supported by rtgo yet"), t.getMessage());
        assertTrue(t.getMessage().contains("at rtgo.junit.samples.AssumptionSample.assumes(AssumptionSample.java:14)"),
                t.getMessage());
    }

    @Test
    void perClassInstanceJupitersOrderAndSelection() {
        LauncherRun all = LauncherRun.of(OrderSample.class, Map.of());
        for (String test : List.of("alpha", "beta", "gamma")) {
            assertPassed(all, test);
        }
        assertEquals(List.of(">b", ">bc", ">bca"), all.output.lines().toList());
        LauncherRun one = LauncherRun.of(OrderSample.class,
                org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod(OrderSample.class, "alpha"), Map.of());
        assertEquals(List.of("alpha"), List.copyOf(one.tests.keySet()));
        assertPassed(one, "alpha");
        assertEquals(List.of(">a"), one.output.lines().toList()); // the device ran only the selected test
    }

    @Test
    void constructorAndSetUpFailures() {
        LauncherRun run = LauncherRun.of(SetUpFailureSample.class, Map.of());
        assertPassed(run, "a");
        IllegalStateException ctor = assertInstanceOf(IllegalStateException.class, run.test("b").throwable());
        assertEquals("second instance", ctor.getMessage());
        assertEquals("<init>", ctor.getStackTrace()[0].getMethodName());
        UnsupportedOperationException setUp = assertInstanceOf(UnsupportedOperationException.class, run.test("c").throwable());
        assertEquals("setUp", setUp.getStackTrace()[0].getMethodName());
        assertEquals(List.of("test 1", "after 1", "after 3", "done"), run.output.lines().toList());
    }

    @Test
    void toolApiWithoutJupiter() throws Exception {
        DeviceResults r = DeviceTestRun.run(List.of(java.nio.file.Path.of("target/test-classes")),
                "rtgo.junit.samples.LifecycleSample", DeviceTestRun.Options.defaults());
        assertTrue(r.complete());
        assertEquals(4, r.invocations().stream().filter(i -> i.key().kind() == DeviceResults.Kind.TEST).count());
        List<String> failed = r.invocations().stream().filter(i -> i.failure() != null)
                .map(i -> r.describe(i.key()) + ": " + i.failure().message()).sorted().toList();
        assertEquals(List.of("test rtgo.junit.samples.LifecycleSample.errors(): device state 1",
                "test rtgo.junit.samples.LifecycleSample.failsWithMessage(): sum ==> expected: <3> but was: <4>"), failed);
    }

    static void assertPassed(LauncherRun run, String test) {
        LauncherRun.Outcome o = run.test(test);
        if (!o.status().equals("SUCCESSFUL")) {
            throw new AssertionError(test + " " + o.status(), o.throwable());
        }
    }

    /** The line of LifecycleSample.java that contains {@code text}. */
    private static int lineOf(String text) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                "src/test/java/rtgo/junit/samples/LifecycleSample.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text + " " + Arrays.toString(new Object[0]));
    }
}
