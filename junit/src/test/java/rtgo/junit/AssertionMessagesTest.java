package rtgo.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The device's Assertions against JUnit's own: MessagesSample runs once on the host JVM
 * (rtgo.junit.onHost) and once on the emulated RP2040, and every test must end the same way: same
 * status, same throwable class, same message (identity hashes aside: "java.lang.String@1b<a>"), the
 * same cause, and a stack trace whose first frame in the sample is the same method and line.
 */
class AssertionMessagesTest {
    @Test
    void deviceMessagesAreJUnits() throws Exception {
        Class<?> sample = Class.forName("rtgo.junit.samples.MessagesSample");
        LauncherRun host = LauncherRun.of(sample, Map.of("rtgo.junit.onHost", "true"));
        LauncherRun device = LauncherRun.of(sample, Map.of());
        long tests = java.util.Arrays.stream(sample.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).count();
        assertEquals(tests, host.tests.size(), "host results: " + host.tests.keySet());
        if (device.container.throwable() != null) {
            throw new AssertionError("the class failed on the device", device.container.throwable());
        }
        assertEquals(host.tests.keySet(), device.tests.keySet());
        List<String> differences = new ArrayList<>();
        for (String test : host.tests.keySet()) {
            String h = describe(host.test(test).throwable(), sample);
            String d = describe(device.test(test).throwable(), sample);
            if (!h.equals(d)) {
                differences.add(test + ":\n  host:   " + h + "\n  device: " + d);
            }
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    /** Class, message (hashes masked), the cause's class and message, and the first frame in the sample. */
    private static String describe(Throwable t, Class<?> sample) {
        if (t == null) {
            return "passed";
        }
        String frame = "no frame in " + sample.getSimpleName();
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals(sample.getName())) {
                frame = e.getMethodName() + ":" + e.getLineNumber();
                break;
            }
        }
        Throwable c = t.getCause();
        return t.getClass().getName() + ": [" + mask(t.getMessage()) + "] at " + frame
                + (c == null ? "" : " caused by " + c.getClass().getName() + ": [" + mask(c.getMessage()) + "]");
    }

    private static String mask(String message) {
        return message == null ? null : message.replaceAll("@[0-9a-f]+<", "@<hash><");
    }
}
