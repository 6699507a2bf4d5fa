package rtgo.runtime.junit;

import rtgo.runtime.Console;
import rtgo.runtime.StackTrace;
import rtgo.runtime.classlib.java.lang.TThrowable;
import rtgo.runtime.classlib.org.opentest4j.TAssertionFailedError;

/*
 * DeviceTests: the device half of rtgo-junit, the runner of one JUnit test class on the RP2040.
 * rtgo-junit (module junit/) generates a subclass per test class whose invoke() calls the class's
 * lifecycle and test methods by number, and a main() that calls run(); this class runs them in
 * Jupiter's order and reports each invocation on UART0 in frames the host parses (rtgo.junit.Frames).
 *
 * Design note. The order and the rules are Jupiter's for the default lifecycle (an instance per
 * test method, or one for the class when the plan says PER_CLASS): @BeforeAll methods until one
 * fails; if none failed, for each test a new instance, @BeforeEach methods until one fails, the test
 * if none failed, then every @AfterEach; finally every @AfterAll. The host's Jupiter walks the same
 * steps (rtgo.junit.Pico intercepts each) and asks for the device's outcome of each, so the two
 * never disagree about what ran. A frame is one line starting with U+0001, which program output
 * does not contain; the text around frames is the program's own output, shown by the host under the
 * test that printed it:
 *   B k.i.t        an invocation begins: kind k (KIND_*), method number i, test number t (or -1)
 *   E k.i.t        it returned
 *   X k.i.t        it threw; then the throwable: T class message, V expected, W actual (when an
 *                  AssertionFailedError carries values), F frame (as printStackTrace's "\tat" line),
 *                  C before the cause's own T line, and Z at the end
 *   D              the class is done
 * Messages are escaped (backslash, newline, carriage return, U+0001) and "-" stands for null. A
 * hang, a panic or a reset simply leaves frames missing, which the host reports per test.
 */
public abstract class DeviceTests {
    public static final int KIND_BEFORE_ALL = 0;
    public static final int KIND_BEFORE_EACH = 1;
    public static final int KIND_TEST = 2;
    public static final int KIND_AFTER_EACH = 3;
    public static final int KIND_AFTER_ALL = 4;
    public static final int KIND_CONSTRUCTOR = 5;

    /** A cause chain longer than this is cut (a cycle, or one too long to be useful). */
    private static final int MAX_CAUSES = 16;

    /** Makes an instance of the test class. */
    protected abstract Object newInstance() throws Throwable;

    /** Calls method {@code index} of {@code kind} on {@code instance} (null for a static method). */
    protected abstract void invoke(int kind, int index, Object instance) throws Throwable;

    /**
     * Runs the class: {@code beforeAll} @BeforeAll methods, and so on, as the design note says; with
     * {@code perClass}, one instance for everything (Jupiter's Lifecycle.PER_CLASS).
     */
    public final void run(int beforeAll, int beforeEach, int tests, int afterEach, int afterAll, boolean perClass) {
        Object shared = null;
        if (perClass) {
            shared = construct(-1);
            if (shared == null) {
                done();
                return;
            }
        }
        boolean ready = true;
        for (int i = 0; i < beforeAll && ready; i++) {
            ready = call(KIND_BEFORE_ALL, i, -1, shared);
        }
        for (int t = 0; t < tests && ready; t++) {
            Object instance = perClass ? shared : construct(t);
            if (instance == null) {
                continue;
            }
            boolean before = true;
            for (int i = 0; i < beforeEach && before; i++) {
                before = call(KIND_BEFORE_EACH, i, t, instance);
            }
            if (before) {
                call(KIND_TEST, t, t, instance);
            }
            for (int i = 0; i < afterEach; i++) {
                call(KIND_AFTER_EACH, i, t, instance);
            }
        }
        for (int i = 0; i < afterAll; i++) {
            call(KIND_AFTER_ALL, i, -1, shared);
        }
        done();
    }

    private static void done() {
        Console.writeChar('\u0001');
        Console.writeChar('D');
        Console.newline();
        Console.flush();
    }

    /** The instance for test {@code test} (-1: the class's), or null when the constructor threw (reported). */
    private Object construct(int test) {
        begin('B', KIND_CONSTRUCTOR, 0, test);
        try {
            Object o = newInstance();
            begin('E', KIND_CONSTRUCTOR, 0, test);
            return o;
        } catch (Throwable t) {
            begin('X', KIND_CONSTRUCTOR, 0, test);
            report(t);
            return null;
        }
    }

    /** One invocation, reported; whether it returned normally. */
    private boolean call(int kind, int index, int test, Object instance) {
        begin('B', kind, index, test);
        try {
            invoke(kind, index, instance);
        } catch (Throwable t) {
            begin('X', kind, index, test);
            report(t);
            return false;
        }
        begin('E', kind, index, test);
        return true;
    }

    /** A frame line "\u0001c k.i.t", starting on a line of its own. */
    private static void begin(char code, int kind, int index, int test) {
        Console.newline();
        Console.writeChar('\u0001');
        Console.writeChar(code);
        Console.writeChar(' ');
        Console.writeInt(kind);
        Console.writeChar('.');
        Console.writeInt(index);
        Console.writeChar('.');
        Console.writeInt(test);
        Console.newline();
    }

    /** The throwable and its causes, as T/V/W/F/C lines, then Z. */
    private static void report(Throwable thrown) {
        TThrowable t = (TThrowable) (Object) thrown;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            if (depth > 0) {
                line('C', null);
            }
            Console.writeChar('\u0001');
            Console.writeChar('T');
            Console.writeChar(' ');
            Console.writeString(((Object) t).getClass().getName());
            Console.writeChar(' ');
            escaped(t.getMessage());
            Console.newline();
            if ((Object) t instanceof TAssertionFailedError a && a.isExpectedDefined()) {
                line('V', a.rtgoExpected());
                line('W', a.rtgoActual());
            }
            int[] trace = t.rtgoTrace();
            for (int i = 0; trace != null && i < trace.length; i++) {
                Console.writeChar('\u0001');
                Console.writeChar('F');
                StackTrace.printFrame(trace[i]);
            }
            TThrowable cause = t.getCause();
            t = cause == t ? null : cause;
        }
        line('Z', null);
    }

    private static void line(char code, String text) {
        Console.writeChar('\u0001');
        Console.writeChar(code);
        if (code == 'V' || code == 'W') {
            Console.writeChar(' ');
            escaped(text);
        }
        Console.newline();
    }

    /** "-" for null, else "=" and the text with backslash, newline, carriage return and U+0001 escaped. */
    private static void escaped(String s) {
        if (s == null) {
            Console.writeChar('-');
            return;
        }
        Console.writeChar('=');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> Console.writeString("\\\\");
                case '\n' -> Console.writeString("\\n");
                case '\r' -> Console.writeString("\\r");
                case '\u0001' -> Console.writeString("\\1");
                default -> Console.writeChar(c);
            }
        }
    }
}
