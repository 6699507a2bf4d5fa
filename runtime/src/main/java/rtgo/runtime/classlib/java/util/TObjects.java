package rtgo.runtime.classlib.java.util;

import rtgo.runtime.Throw;

/**
 * Substitute for the parts of {@code java.util.Objects} that compiled code calls: javac checks the
 * outer instance of {@code outer.new Inner()} with {@code requireNonNull}.
 */
public final class TObjects {
    private TObjects() {}

    public static Object requireNonNull(Object o) {
        if (o == null) {
            Throw.nullPointer();
        }
        return o;
    }
}
