package rtgo.runtime;

/*
 * Throw: what happens when compiled code raises an exception it cannot catch.
 *
 * Design note. The first milestone has no exception objects and no unwinding (no try/catch in the
 * subset), so every exception is uncaught: we print the report HotSpot prints for it — the first
 * line, then the stack trace read from the live frames (StackTrace) — and exit with status 1, as
 * the JVM does. An exception raised by a static initialiser is reported wrapped, as the JVM
 * reports it: the ExceptionInInitializerError line and the frames that triggered the
 * initialisation, then "Caused by: ", the exception and its own frames. The transpiler calls these
 * methods at the checks it emits (docs/abi.md, "Runtime entry points"), and runtime code calls
 * them for the same conditions; none of them returns, so callers follow the call with a dummy
 * return.
 *
 * The texts were checked against `java` 17 and Temurin 25 with small programs:
 *   Exception in thread "main" java.lang.ArithmeticException: / by zero
 *   Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3
 *   Exception in thread "main" java.lang.NegativeArraySizeException: -1
 *   Exception in thread "main" java.lang.StringIndexOutOfBoundsException: Index 7 out of bounds for length 3
 *   Exception in thread "main" java.lang.OutOfMemoryError: Java heap space
 *   Exception in thread "main" java.lang.OutOfMemoryError: Requested array size exceeds VM limit
 *   Exception in thread "main" java.lang.NullPointerException: Cannot load from int array because "a" is null
 * and for the class library (JDK 25, tests/programs/stringapi):
 *   Exception in thread "main" java.lang.StringIndexOutOfBoundsException: Range [2, 1) out of bounds for length 3
 *   Exception in thread "main" java.lang.StringIndexOutOfBoundsException: Range [1, 1 + 5) out of bounds for length 2
 *   Exception in thread "main" java.lang.NumberFormatException: For input string: "12" under radix 2
 *   Exception in thread "main" java.lang.IllegalArgumentException: count is negative: -1
 * Two of them depend on the JDK: the StringIndexOutOfBoundsException text is JDK 21+'s (17 says
 * "String index out of range: 7"), and the NullPointerException's detail is JDK 15+'s "helpful"
 * message, which the transpiler works out at build time for each null check (NpeMessages).
 *
 * On the JVM the report goes to System.err, whose encoder is separate from System.out's, so a high
 * surrogate that System.out left pending is forgotten before the report instead of turning into '?'.
 */
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

public final class Throw {
    private Throw() {}

    /** Integer division or remainder by zero. */
    public static void divideByZero() {
        begin("java.lang.ArithmeticException");
        Console.writeString(": / by zero");
        end();
    }

    /** An array access at {@code index} outside 0..length-1. */
    public static void arrayIndex(int index, int length) {
        begin("java.lang.ArrayIndexOutOfBoundsException");
        outOfBounds(index, length);
        end();
    }

    /** String.charAt at {@code index} outside 0..length-1 (JDK 21+ text). */
    public static void stringIndex(int index, int length) {
        begin("java.lang.StringIndexOutOfBoundsException");
        outOfBounds(index, length);
        end();
    }

    /**
     * String.substring and similar with {@code begin..end} outside 0..length, or begin > end:
     * "Range [2, 1) out of bounds for length 3" (JDK 21+; 17 says "begin 2, end 1, length 3").
     */
    public static void stringRange(int begin, int end, int length) {
        begin("java.lang.StringIndexOutOfBoundsException");
        Console.writeString(": Range [");
        Console.writeInt(begin);
        Console.writeString(", ");
        Console.writeInt(end);
        rangeEnd(length);
    }

    /**
     * String.valueOf(char[], offset, count) and similar with a region outside the array:
     * "Range [1, 1 + 5) out of bounds for length 2" (JDK 21+).
     */
    public static void stringRangeCount(int offset, int count, int length) {
        begin("java.lang.StringIndexOutOfBoundsException");
        Console.writeString(": Range [");
        Console.writeInt(offset);
        Console.writeString(", ");
        Console.writeInt(offset);
        Console.writeString(" + ");
        Console.writeInt(count);
        rangeEnd(length);
    }

    private static void rangeEnd(int length) {
        Console.writeString(") out of bounds for length ");
        Console.writeInt(length);
        end();
    }

    /** StringBuilder.setLength with a negative length: the JDK's older text, "String index out of range: -1". */
    public static void stringIndexOutOfRange(int index) {
        begin("java.lang.StringIndexOutOfBoundsException");
        Console.writeString(": String index out of range: ");
        Console.writeInt(index);
        end();
    }

    /** A NumberFormatException with a fixed {@code message} ("Cannot parse null string"). */
    public static void numberFormat(String message) {
        begin("java.lang.NumberFormatException");
        Console.writeString(": ");
        Console.writeString(message);
        end();
    }

    /**
     * Integer.parseInt's report of text that is not a number: {@code For input string: "12x"},
     * with {@code  under radix 2} appended when the radix is not 10.
     */
    public static void numberFormatInput(String input, int radix) {
        begin("java.lang.NumberFormatException");
        Console.writeString(": For input string: \"");
        Console.writeString(input);
        Console.writeString("\"");
        if (radix != 10) {
            Console.writeString(" under radix ");
            Console.writeInt(radix);
        }
        end();
    }

    /** An IllegalArgumentException with {@code message} ("count is negative: -1"). */
    public static void illegalArgument(String message) {
        begin("java.lang.IllegalArgumentException");
        Console.writeString(": ");
        Console.writeString(message);
        end();
    }

    /** An OutOfMemoryError the class library raises itself ("Required length exceeds implementation limit"). */
    public static void outOfMemory(String message) {
        beginError("java.lang.OutOfMemoryError");
        Console.writeString(": ");
        Console.writeString(message);
        end();
    }

    /** An array creation with a negative {@code length}. */
    public static void negativeArraySize(int length) {
        begin("java.lang.NegativeArraySizeException");
        Console.writeString(": ");
        Console.writeInt(length);
        end();
    }

    /**
     * Calls nested too deep for the stack (the transpiler checks the stack pointer on entry to
     * recursive methods, leaving room for this report). HotSpot prints the error without a message.
     * This is the one Throw method that may return: when the report itself reaches a check.
     */
    public static void stackOverflow() {
        if (reportingOverflow) {
            // a recursive method on the report's own path hit its check: the limit leaves room
            // for the whole report below it, so let that method go on (the one call that returns)
            return;
        }
        reportingOverflow = true;
        beginError("java.lang.StackOverflowError");
        Console.newline();
        if (StackTrace.print(StackTrace.ALL, OVERFLOW_FRAMES) > OVERFLOW_FRAMES) {
            Console.writeString("\t...");
            Console.newline();
        }
        Start.exit(1);
    }

    private static boolean reportingOverflow;

    /** A field, array or method access through null, in runtime code (no detail message). */
    public static void nullPointer() {
        nullPointerAt(0);
    }

    /** A null found by runtime code that knows the message HotSpot gives for it. */
    public static void nullPointer(String message) {
        begin("java.lang.NullPointerException");
        Console.writeString(": ");
        Console.writeString(message);
        end();
    }

    /**
     * A failed null check of compiled code: {@code message} is the 1-based index of its detail
     * message in the transpiler's {@code rtgo_npe_messages} table (HotSpot's "helpful" text, such
     * as {@code Cannot load from int array because "a" is null}), 0 for none.
     */
    public static void nullPointerAt(int message) {
        begin("java.lang.NullPointerException");
        if (message > 0) {
            Console.writeString(": ");
            Console.writeCString(Mem.load32(Address.symbol(SymbolNames.NPE_MESSAGES) + 4 * (message - 1)));
        }
        end();
    }

    /**
     * The aastore check: {@code value} (an address) must be null or exactly of the element type of
     * {@code array}. Every array type rtgo can create is final in Java's sense (primitive arrays,
     * String, arrays of those), so "assignable" is "the same descriptor". HotSpot names the stored
     * value's class: {@code java.lang.ArrayStoreException: [B}.
     */
    public static void checkArrayStore(int array, int value) {
        if (value == 0) {
            return;
        }
        int valueType = Mem.load32(value + ObjectLayout.DESCRIPTOR);
        int elementType = Mem.load32(Mem.load32(array + ObjectLayout.DESCRIPTOR) + ObjectLayout.DESC_ELEMENT);
        if (elementType != valueType && !Types.isAssignable(valueType, elementType)) {
            begin("java.lang.ArrayStoreException");
            Console.writeString(": ");
            Console.writeString(typeName(valueType));
            end();
        }
    }

    /**
     * A failed checkcast, with HotSpot's message for classes on the class path: "class A cannot be
     * cast to class B (A and B are in unnamed module of loader 'app')".
     */
    static void classCast(int fromType, int toType) {
        begin("java.lang.ClassCastException");
        String from = typeName(fromType);
        String to = typeName(toType);
        Console.writeString(": class ");
        Console.writeString(from);
        Console.writeString(" cannot be cast to class ");
        Console.writeString(to);
        Console.writeString(" (");
        Console.writeString(from);
        Console.writeString(" and ");
        Console.writeString(to);
        Console.writeString(" are in unnamed module of loader 'app')");
        end();
    }

    /**
     * The name in the type descriptor at {@code type} (as TClass.getName reads it; read here
     * directly, so that every program's store check does not pull the class library in).
     */
    private static String typeName(int type) {
        return (String) Address.toRef(Mem.load32(type + ObjectLayout.DESC_NAME));
    }

    /** The heap cannot hold the requested block. */
    static void outOfMemory() {
        beginError("java.lang.OutOfMemoryError");
        Console.writeString(": Java heap space");
        end();
    }

    /** An array length HotSpot rejects before even trying to allocate (above 2^31-3). */
    static void arrayTooLarge() {
        beginError("java.lang.OutOfMemoryError");
        Console.writeString(": Requested array size exceeds VM limit");
        end();
    }

    private static void outOfBounds(int index, int length) {
        Console.writeString(": Index ");
        Console.writeInt(index);
        Console.writeString(" out of bounds for length ");
        Console.writeInt(length);
    }

    /**
     * Starts the report of an exception (not an Error). Thrown by a static initialiser, the JVM
     * wraps it in ExceptionInInitializerError (JLS 12.4.2 step 11), and HotSpot's report names the
     * wrapper first and the exception on a "Caused by: " line.
     */
    private static void begin(String exceptionClass) {
        header();
        wrapped = Mem.load32(Address.symbol(SymbolNames.INIT_DEPTH)) != 0;
        if (wrapped) {
            // the wrapper's trace: the frames that triggered the failing initialisation
            Console.writeString("java.lang.ExceptionInInitializerError");
            Console.newline();
            StackTrace.print(1, StackTrace.MAX_FRAMES);
            Console.writeString("Caused by: ");
        }
        Console.writeString(exceptionClass);
    }

    /** Starts the report of an Error, which leaves a static initialiser unwrapped. */
    private static void beginError(String errorClass) {
        header();
        wrapped = false;
        Console.writeString(errorClass);
    }

    /** Whether the report in progress is of an exception wrapped by an initialiser. */
    private static boolean wrapped;

    private static void header() {
        Console.dropPendingSurrogate();
        Console.writeString("Exception in thread \"main\" ");
    }

    /**
     * Ends the report: the stack trace, then exit. A wrapped exception's trace stops at the failing
     * initialiser and, as HotSpot does for a cause, counts the frames it shares with the
     * wrapper's trace in "... n more".
     */
    private static void end() {
        Console.newline();
        // an Error thrown by an initialiser is not wrapped: its trace goes on past the init
        StackTrace.print(wrapped ? 0 : StackTrace.ALL, StackTrace.MAX_FRAMES);
        if (wrapped) {
            int shared = StackTrace.print(1, 0);
            if (shared > 0) {
                Console.writeString("\t... ");
                Console.writeInt(shared);
                Console.writeString(" more");
                Console.newline();
            }
        }
        Start.exit(1);
    }

    /** The innermost frames of a stack overflow: enough to see the recursion, quick to print. */
    private static final int OVERFLOW_FRAMES = 16;
}
