package rtgo.junit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import rtgo.emu.RunResult;
import rtgo.junit.DeviceResults.Key;
import rtgo.junit.DeviceResults.Kind;

/** The host's reading of the device's UART frames, without the emulator: hand-written streams. */
class DeviceResultsTest {
    private static final DeviceTestPlan PLAN = new DeviceTestPlan("p.T", List.of(),
            List.of(new DeviceTestPlan.MethodRef("p.T", "setUp", false)),
            List.of(new DeviceTestPlan.MethodRef("p.T", "one", false), new DeviceTestPlan.MethodRef("p.T", "two", false)),
            List.of(), List.of(), false);

    private static DeviceResults parse(RunResult.Outcome outcome, String uart) {
        return DeviceResults.parse(PLAN, new RunResult(outcome, 0, 1000, uart, List.of(), List.of(), List.of()), 1000, 5000);
    }

    @Test
    void outputFailuresCausesAndEscapes() {
        String uart = "\n\u0001B 5.0.0\n\n\u0001E 5.0.0\n"
                + "\n\u0001B 1.0.0\nhello\n\n\u0001E 1.0.0\n"
                + "\n\u0001B 2.0.0\nno newline\n\u0001X 2.0.0\n"
                + "\u0001T org.opentest4j.AssertionFailedError =line\\none \\\\ \\1 ==> expected: <3> but was: <4>\n"
                + "\u0001V =3\n\u0001W =4\n"
                + "\u0001F\tat p.T.one(T.java:12)\n\u0001F\tat p.T$RtgoDeviceTests.invoke(Unknown Source)\n"
                + "\u0001C\n\u0001T java.lang.IllegalStateException -\n\u0001F\tat p.T.helper(T.java)\n\u0001Z\n"
                + "\u0001D\n";
        DeviceResults r = parse(RunResult.Outcome.EXITED, uart);
        assertTrue(r.complete());
        assertNull(r.stopReason());
        assertEquals("hello\n", r.invocation(new Key(Kind.BEFORE_EACH, 0, 0)).output());
        assertEquals("no newline", r.invocation(new Key(Kind.TEST, 0, 0)).output());
        assertNull(r.outcome(new Key(Kind.BEFORE_EACH, 0, 0)));
        AssertionFailedError e = assertInstanceOf(AssertionFailedError.class, r.outcome(new Key(Kind.TEST, 0, 0)));
        assertEquals("line\none \\ \u0001 ==> expected: <3> but was: <4>", e.getMessage());
        assertEquals("3", e.getExpected().getValue());
        assertArrayEquals(new StackTraceElement[] {new StackTraceElement("p.T", "one", "T.java", 12)}, e.getStackTrace());
        IllegalStateException cause = assertInstanceOf(IllegalStateException.class, e.getCause());
        assertNull(cause.getMessage());
        assertEquals(new StackTraceElement("p.T", "helper", "T.java", -1), cause.getStackTrace()[0]);
        assertInstanceOf(IllegalStateException.class, r.outcome(new Key(Kind.TEST, 1, 1))); // planned, never run: a bug
    }

    @Test
    void aStopFailsTheUnfinishedInvocationAndTheRest() {
        DeviceResults r = parse(RunResult.Outcome.CYCLE_LIMIT, "\n\u0001B 5.0.0\n\n\u0001E 5.0.0\n\n\u0001B 2.0.0\nspinning");
        assertFalse(r.complete());
        assertFalse(r.invocation(new Key(Kind.TEST, 0, 0)).finished());
        Throwable hung = r.outcome(new Key(Kind.TEST, 0, 0));
        assertInstanceOf(DeviceStoppedException.class, hung);
        assertEquals("test p.T.one() did not finish on the device: it hit the cycle limit of 1000 cycles (0.00 s at"
                + " 125 MHz), so it probably loops for ever; if it is only slow, raise rtgo.junit.maxCycles\n"
                + "the device's last output:\nspinning", hung.getMessage());
        assertTrue(r.outcome(new Key(Kind.TEST, 1, 1)).getMessage().startsWith(
                "not run: the device stopped earlier in test p.T.one(): it hit the cycle limit"));
    }

    @Test
    void unknownDeviceExceptionsPrintAsTheDevicesClass() {
        DeviceFailure f = new DeviceFailure("com.example.SensorError", "no reply", null, null,
                List.of("\tat com.example.Sensor.read(Sensor.java:40)"), null);
        Throwable t = f.toThrowable();
        assertEquals("com.example.SensorError: no reply", t.toString());
        assertEquals(40, t.getStackTrace()[0].getLineNumber());
    }
}
