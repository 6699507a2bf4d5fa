package rtgo.ir;

/**
 * Kinds of memory cells: array elements and static fields. The kind fixes size and extension on
 * load (boolean and char zero-extend, byte and short sign-extend).
 */
public enum Elem {
    Z(0, false, 'Z'), B(0, true, 'B'), C(1, false, 'C'), S(1, true, 'S'), I(2, true, 'I'), R(2, false, 'L'),
    /** A long: two words, low first. Accessed as two I cells; only sizes and layout use this kind. */
    J(3, true, 'J'),
    /** A float's bits: accessed as I; sizes, layout and array descriptors use this kind. */
    F(2, true, 'F'),
    /** A double's bits: two words, accessed like J. */
    D(3, true, 'D');

    /** log2 of the size in bytes. */
    public final int shift;
    /** Whether loads sign-extend. */
    public final boolean signed;
    /** The JVM descriptor letter ('L' stands for any reference). */
    public final char letter;

    Elem(int shift, boolean signed, char letter) {
        this.shift = shift;
        this.signed = signed;
        this.letter = letter;
    }

    public int size() {
        return 1 << shift;
    }

    public Type type() {
        return this == R ? Type.R : Type.I;
    }

    /** The kind an access of one word of this kind uses: a float's bits are an int's. */
    public Elem access() {
        return this == F ? I : this;
    }

    /** The kind for a field or element descriptor ("I", "[I", "Ljava/lang/String;" ...). */
    public static Elem ofDescriptor(String d) {
        return switch (d.charAt(0)) {
            case 'Z' -> Z; case 'B' -> B; case 'C' -> C; case 'S' -> S; case 'I' -> I; case 'J' -> J; case 'F' -> F; case 'D' -> D;
            case 'L', '[' -> R;
            default -> throw new IllegalArgumentException("no element kind for " + d);
        };
    }
}
