package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.function.Supplier;

/** Runs an operation on a substitute and on the JDK class and compares result or exception. */
final class Same {
    private Same() {}

    static String outcome(Supplier<?> op) {
        try {
            Object r = op.get();
            return "= " + (r instanceof Object[] a ? Arrays.toString(a) : String.valueOf(r));
        } catch (RuntimeException e) {
            return "! " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static void same(String what, Supplier<?> substitute, Supplier<?> jdk) {
        assertEquals(outcome(jdk), outcome(substitute), what);
    }

    static void run(String what, Runnable substitute, Runnable jdk) {
        same(what, () -> {
            substitute.run();
            return null;
        }, () -> {
            jdk.run();
            return null;
        });
    }

    /** The elements of a substitute collection in iteration order, as text. */
    static String walk(TIterator<?> it) {
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) {
            sb.append(it.next()).append(';');
        }
        return sb.toString();
    }

    static String walk(java.util.Iterator<?> it) {
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) {
            sb.append(it.next()).append(';');
        }
        return sb.toString();
    }
}
