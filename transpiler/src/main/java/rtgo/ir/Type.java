package rtgo.ir;

/**
 * The value kinds of the IR. Sub-int Java types (boolean, byte, char, short) are {@link #I}: loads
 * sign- or zero-extend and narrowing conversions are explicit ops. Long, float and double arrive
 * with later milestones.
 */
public enum Type {
    /** A 32-bit integer. */
    I("i"),
    /** A reference: the address of an object's first word, 0 for null. */
    R("r"),
    /** No value (stores, branches, calls of void methods). */
    V("v");

    /** The suffix used in the IR's text form. */
    public final String suffix;

    Type(String suffix) {
        this.suffix = suffix;
    }

    public static Type ofSuffix(String s) {
        for (Type t : values()) {
            if (t.suffix.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown type suffix: " + s);
    }

    /** The IR type of a JVM field or method descriptor type (one type, e.g. "I", "[B", "Ljava/lang/String;"). */
    public static Type ofDescriptor(String d) {
        return switch (d.charAt(0)) {
            case 'Z', 'B', 'C', 'S', 'I' -> I;
            case 'L', '[' -> R;
            case 'V' -> V;
            default -> throw new IllegalArgumentException("no IR type for descriptor " + d);
        };
    }
}
