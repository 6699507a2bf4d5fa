package rtgo.vm.abi;

/**
 * Where things are in an object and in a type descriptor (docs/abi.md, "Objects"). The transpiler
 * emits descriptors and accesses array elements with these offsets; the runtime's Heap, Console and
 * StringConcat read and write the same words.
 */
public final class ObjectLayout {
    private ObjectLayout() {}

    /** Word 0 of every object: the address of its type descriptor. */
    public static final int DESCRIPTOR = 0;
    /** Word 1 of an array or String: the number of elements. */
    public static final int LENGTH = 4;
    /** Where the elements of an array or the UTF-16 units of a String begin: after the two header words. */
    public static final int ARRAY_DATA = 8;

    /** Type descriptor word 0: the flags below. */
    public static final int DESC_FLAGS = 0;
    /** Type descriptor word 1: a String literal holding the Java name ({@code [I}, {@code java.lang.String}). */
    public static final int DESC_NAME = 4;
    /** Type descriptor word 2: for arrays, the element type's descriptor when it is an array or String, else 0. */
    public static final int DESC_ELEMENT = 8;

    /** Flag: array-like, the object has a length word. */
    public static final int FLAG_ARRAY = 1;
    /** Flags bits 1..2: log2 of the element size; shift right by this, then mask. */
    public static final int FLAG_ELEMENT_SHIFT = 1;
    public static final int FLAG_ELEMENT_MASK = 3;
    /** Flag: the elements are references (the only arrays a collector must scan). */
    public static final int FLAG_REFS = 8;
    /** Flag: a java.lang.String. */
    public static final int FLAG_STRING = 16;
    /** Flag: an instance of a class (fields after the descriptor word, no length word). */
    public static final int FLAG_CLASS = 32;
    /** A class descriptor's flags bits 16..31: the instance size in bytes, header included. */
    public static final int FLAG_SIZE_SHIFT = 16;
    /** Every heap block starts and ends on this boundary (an instance's size is rounded up to it). */
    public static final int ALIGNMENT = 8;
    /**
     * Blocks of this many bytes or more are large: the heap takes them from the top, not from the
     * bump region (rtgo.runtime.Heap); an instance smaller than this may use Heap.allocSmall.
     */
    public static final int LARGE_BLOCK = 2048;
    /** Where an object's first field is: after the descriptor word. */
    public static final int FIELDS = 4;
    /** Class descriptor word 2: the superclass's descriptor, 0 for a direct subclass of Object. */
    public static final int DESC_SUPER = 8;
    /**
     * Class descriptor word 3: the class's id (bits 0..15) and the largest id among its subclasses
     * (bits 16..31); ids number the class tree depth first, so x is a subclass of C exactly when
     * id(C) <= id(x) <= last(C).
     */
    public static final int DESC_ID = 12;
    /** Class descriptor word 4: bit k set when word k of an instance holds a reference. */
    public static final int DESC_REFMAP = 16;
    /**
     * Class descriptor word 5: the interface method table, one Thumb function address per
     * interface-method colour (docs/abi.md, "Interface calls"), 0 when no interface call can reach
     * the class.
     */
    public static final int DESC_ITABLE = 20;
    /**
     * Class descriptor word 6: the interfaces the class implements, directly or through its
     * superclasses and superinterfaces: {@code .word count, descriptor...}; 0 when none.
     */
    public static final int DESC_INTERFACES = 24;
    /** Class descriptor words 7..: the virtual method table, one Thumb function address per slot. */
    public static final int DESC_VTABLE = 28;
    /** Flag: an interface's descriptor (name only: interfaces have no instances). */
    public static final int FLAG_INTERFACE = 64;
    /** Flag: java.lang.Object's descriptor (the element type of Object[]): every object is one. */
    public static final int FLAG_ROOT = 128;
}
