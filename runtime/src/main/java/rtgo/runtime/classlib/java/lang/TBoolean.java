package rtgo.runtime.classlib.java.lang;

/*
 * TBoolean: the static boolean utilities of java.lang.Boolean (docs/abi.md, "Class library
 * substitution"). Boxed Booleans (Boolean.valueOf, TRUE, FALSE) need boxing, which rtgo does not
 * have yet.
 *
 * Design note. toString returns the literals "true" and "false", as the JDK does (so the result is
 * == to the literal); parseBoolean is a case-insensitive comparison with "true", false for null.
 */
public final class TBoolean implements TComparable<TBoolean> {
    private final boolean value;

    /** The deprecated {@code new Boolean(boolean)}: always a new object. */
    public TBoolean(boolean value) {
        this.value = value;
    }

    // Boolean.TRUE and Boolean.FALSE; valueOf returns them, as on the JVM
    public static final TBoolean TRUE = new TBoolean(true);
    public static final TBoolean FALSE = new TBoolean(false);

    public static TBoolean valueOf(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static TBoolean valueOf(String s) {
        return parseBoolean(s) ? TRUE : FALSE;
    }

    public boolean booleanValue() {
        return value;
    }

    public boolean equals(Object o) {
        return o instanceof TBoolean other && other.value == value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public String toString() {
        return toString(value);
    }

    public int compareTo(TBoolean other) {
        return compare(value, other.value);
    }

    public static boolean parseBoolean(String s) {
        return "true".equalsIgnoreCase(s);
    }

    public static String toString(boolean b) {
        return b ? "true" : "false";
    }

    /** 1231 for true, 1237 for false, as Boolean.hashCode. */
    public static int hashCode(boolean b) {
        return b ? 1231 : 1237;
    }

    /** 0 when equal, 1 when only x is true, -1 when only y is. */
    public static int compare(boolean x, boolean y) {
        return x == y ? 0 : (x ? 1 : -1);
    }

    public static boolean logicalAnd(boolean a, boolean b) {
        return a && b;
    }

    public static boolean logicalOr(boolean a, boolean b) {
        return a || b;
    }

    public static boolean logicalXor(boolean a, boolean b) {
        return a ^ b;
    }
}
