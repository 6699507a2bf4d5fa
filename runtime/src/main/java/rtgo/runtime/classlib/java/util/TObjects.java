package rtgo.runtime.classlib.java.util;

import rtgo.runtime.Throw;

/**
 * Substitute for {@code java.util.Objects}: null-safe equality, hashing and text, and the null
 * checks (javac also emits {@code requireNonNull} for the outer instance of {@code outer.new Inner()}).
 * A failed check reports HotSpot's NullPointerException, with the message when one is given.
 */
public final class TObjects {
    private TObjects() {}

    public static Object requireNonNull(Object o) {
        if (o == null) {
            Throw.nullPointer();
        }
        return o;
    }

    public static Object requireNonNull(Object o, String message) {
        if (o == null) {
            Throw.nullPointer(message);
        }
        return o;
    }

    public static boolean equals(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }

    public static int hashCode(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    /** As {@code Arrays.hashCode(values)}: 31 * h + each element's hash, from 1; 0 for a null array. */
    public static int hash(Object[] values) {
        if (values == null) {
            return 0;
        }
        int h = 1;
        for (Object v : values) {
            h = 31 * h + (v == null ? 0 : v.hashCode());
        }
        return h;
    }

    public static String toString(Object o) {
        return String.valueOf(o);
    }

    public static String toString(Object o, String nullDefault) {
        return o == null ? nullDefault : o.toString();
    }

    public static boolean isNull(Object o) {
        return o == null;
    }

    public static boolean nonNull(Object o) {
        return o != null;
    }

    public static Object requireNonNullElse(Object o, Object defaultObj) {
        return o != null ? o : requireNonNull(defaultObj, "defaultObj");
    }
}
