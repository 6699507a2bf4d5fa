package rtgo.sym;

import java.util.List;

/**
 * The runtime methods that lowered code calls on its own (docs/abi.md, "Runtime entry points").
 * Their classes must not need class initialisation: the front end checks that when it requires them.
 */
public final class RuntimeSymbols {
    private RuntimeSymbols() {}

    public static final String HEAP = "rtgo/runtime/Heap";
    public static final String THROW = "rtgo/runtime/Throw";
    public static final String TYPES = "rtgo/runtime/Types";
    public static final String UNCAUGHT = "rtgo/runtime/Uncaught";

    public static final String[] ALLOC_ARRAY = {HEAP, "allocArray", "(II)I"};
    public static final String[] ALLOC_MULTI = {HEAP, "allocMultiArray", "(I[I)I"};
    public static final String[] DIVIDE_BY_ZERO = {THROW, "divideByZero", "()V"};
    public static final String[] ARRAY_INDEX = {THROW, "arrayIndex", "(II)V"};
    public static final String[] NULL_POINTER = {THROW, "nullPointerAt", "(I)V"};
    public static final String[] ARRAY_STORE = {THROW, "checkArrayStore", "(II)V"};
    public static final String[] STACK_OVERFLOW = {THROW, "stackOverflow", "()V"};
    public static final String[] ALLOC_OBJECT = {HEAP, "allocObject", "(I)I"};
    /** allocObject with the rounded instance size the compiler knows (below Heap.LARGE). */
    public static final String[] ALLOC_SMALL = {HEAP, "allocSmall", "(II)I"};
    public static final String[] INSTANCE_OF = {TYPES, "isInstance", "(II)Z"};
    public static final String[] CHECK_CAST = {TYPES, "checkCast", "(II)V"};
    /**
     * A failed cast (from, to: descriptors), called by the stub of an inline cast to a class
     * without subclasses; always part of the build with {@link #CHECK_CAST}, which calls it.
     */
    public static final String[] CLASS_CAST = {THROW, "classCast", "(II)V"};
    /** athrow: hand-written (crt0.S, a native method): saves the registers and runs the unwinder. */
    public static final String[] RAISE = {THROW, "raise", "(Ljava/lang/Throwable;)V"};
    /** The unwinder raise calls (crt0.S), after pushing {@link #RAISE_FRAME} bytes of registers. */
    public static final String[] UNWIND = {THROW, "unwind", "(Ljava/lang/Throwable;I)I"};
    public static final int RAISE_FRAME = 40;
    /** A collection (crt0.S, a native method): saves r4-r11 like raise and calls {@link #COLLECT_FROM}. */
    public static final String[] COLLECT = {"rtgo/runtime/Gc", "collect", "()V"};
    public static final String[] COLLECT_FROM = {"rtgo/runtime/Gc", "collectFrom", "(I)V"};
    /** The exception a handler dispatch takes over from the unwinder. */
    public static final String[] CAUGHT = {THROW, "caught", "()Ljava/lang/Throwable;"};
    /** The block fill a fill loop becomes (rtgo.opt.FillLoops): address, count, value, log2 of the element size. */
    public static final String[] FILL = {"rtgo/runtime/MemFill", "fill", "(IIII)V"};
    /** A class whose initialiser threw is used again (called by its initialisation stub). */
    public static final String[] NO_CLASS_DEF = {THROW, "noClassDef", "(I)V"};

    /**
     * The reports of failed checks that nothing can catch (rtgo.thumb.UncaughtReports), printed
     * straight from the stack: same texts as {@link #NULL_POINTER}, {@link #DIVIDE_BY_ZERO} and
     * {@link #ARRAY_INDEX} and the exit of an uncaught exception, without making one.
     */
    public static final String[] UNCAUGHT_NULL_POINTER = {UNCAUGHT, "nullPointerAt", "(I)V"};
    public static final String[] UNCAUGHT_DIVIDE_BY_ZERO = {UNCAUGHT, "divideByZero", "()V"};
    public static final String[] UNCAUGHT_ARRAY_INDEX = {UNCAUGHT, "arrayIndex", "(II)V"};

    /** A check's report: {@code check} (one of the three above's Throw twins), or its uncaught twin. */
    public static String[] report(String[] check, boolean uncaught) {
        if (!uncaught) {
            return check;
        }
        if (check == NULL_POINTER) {
            return UNCAUGHT_NULL_POINTER;
        }
        if (check == DIVIDE_BY_ZERO) {
            return UNCAUGHT_DIVIDE_BY_ZERO;
        }
        if (check == ARRAY_INDEX) {
            return UNCAUGHT_ARRAY_INDEX;
        }
        return check;
    }

    /** The entry points nearly every method's lowered code calls: always part of the build. */
    public static final List<String[]> ALL = List.of(ALLOC_ARRAY, ARRAY_INDEX, NULL_POINTER, STACK_OVERFLOW, RAISE,
            UNCAUGHT_NULL_POINTER, UNCAUGHT_DIVIDE_BY_ZERO, UNCAUGHT_ARRAY_INDEX);

    /**
     * Entry points part of the build only when the front end translates an operation that lowers
     * to them (new, instanceof, checkcast, multianewarray, aastore, a division, a class that needs
     * an initialisation stub, a primitive array store in a loop outside the runtime, which may become
     * a fill): a program without them does not carry them, nor the exception
     * classes and messages they alone use (issue 11 part 7, image size).
     */
    public static final List<String[]> ON_DEMAND = List.of(ALLOC_OBJECT, ALLOC_SMALL, INSTANCE_OF, CHECK_CAST, ALLOC_MULTI,
            DIVIDE_BY_ZERO, ARRAY_STORE, NO_CLASS_DEF, FILL);

    /**
     * Whether the method named {@code displayName} ({@code pkg.Cls.name}) is rtgo's own device code
     * (the runtime or the vm contract): its frames are hidden from stack traces and its null
     * checks carry no message, as HotSpot hides the JDK's frames.
     */
    public static boolean isRuntimeCode(String displayName) {
        return displayName.startsWith("rtgo.runtime.") || displayName.startsWith("rtgo.vm.");
    }

    public static String symbol(String[] m) {
        return Symbols.method(m[0], m[1], m[2]);
    }
}
