package rtgo.runtime;

/*
 * Throw: raising exceptions, and the unwinder that takes them to their handlers.
 *
 * Design note (docs/abi.md, "Exceptions"). Exceptions are table-driven and cost nothing where
 * nothing is thrown. athrow calls raise (crt0.S), which saves the thrower's callee-saved
 * registers in a block and calls unwind. unwind walks the frames with the frame table: at each
 * return address it looks for a landing pad in the call-site table; if there is none, it copies
 * the callee-saved registers that frame's prologue saved into the block (they are its caller's
 * values) and goes on to the caller. At a landing pad it keeps the exception for caught() and
 * returns the pad's address; raise loads the registers from the block, sets sp to the handler
 * frame's and jumps. Leaving a class-initialisation stub marks the class erroneous and wraps an
 * exception that is not an Error in ExceptionInInitializerError (JLS 12.4.2); a later use of the
 * class raises NoClassDefFoundError with the original failure as its cause, as HotSpot does.
 * Past the outermost frame the exception is uncaught: HotSpot's report, exit status 1.
 *
 * The other methods are what compiled checks and the class library call for the conditions the
 * JVM reports: each makes the exception the JDK makes, with its message, and throws it (so none
 * returns). The texts were checked against `java` 17 and Temurin 25:
 *   java.lang.ArithmeticException: / by zero
 *   java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3
 *   java.lang.NegativeArraySizeException: -1
 *   java.lang.StringIndexOutOfBoundsException: Index 7 out of bounds for length 3
 *   java.lang.OutOfMemoryError: Java heap space
 *   java.lang.OutOfMemoryError: Requested array size exceeds VM limit
 *   java.lang.NullPointerException: Cannot load from int array because "a" is null
 *   java.lang.StringIndexOutOfBoundsException: Range [2, 1) out of bounds for length 3
 *   java.lang.StringIndexOutOfBoundsException: Range [1, 1 + 5) out of bounds for length 2
 *   java.lang.NumberFormatException: For input string: "12" under radix 2
 *   java.lang.IllegalArgumentException: count is negative: -1
 * Two of them depend on the JDK: the StringIndexOutOfBoundsException text is JDK 21+'s (17 says
 * "String index out of range: 7"), and the NullPointerException's detail is JDK 15+'s "helpful"
 * message, which the transpiler works out at build time for each null check (NpeMessages).
 */
import rtgo.runtime.classlib.java.lang.TThrowable;
import rtgo.runtime.classlib.java.util.TIllegalFormatArgumentIndexException;
import rtgo.vm.Address;
import rtgo.vm.Cpu;
import rtgo.vm.Export;
import rtgo.vm.Mem;
import rtgo.vm.abi.FrameTableLayout;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

public final class Throw {
    private Throw() {}

    // ---- raising and unwinding ------------------------------------------------------------------

    /** athrow (crt0.S): saves r4-r11 and the return address in a block and calls {@link #unwind}. */
    public static native void raise(Throwable t);

    /** The exception on its way to the landing pad that {@link #unwind} found, for {@link #caught}. */
    private static Throwable pending;

    /** Register block offsets (crt0.S): r8-r11 at 0..12, the landing sp at 16, r4-r7 at 20..32, lr at 36. */
    private static final int BLOCK_SP = 16;
    private static final int BLOCK_LOW = 20;
    private static final int BLOCK_LR = 36;
    private static final int BLOCK_BYTES = 40;

    private static final int FRAME_BYTES = FrameTableLayout.ENTRY_FRAME_BYTES;

    /**
     * While the unwinder walks: a collection's walk ends at raise (hand-written, no frame-table
     * entry), and goes on from the frame the unwinder has reached (walkPc, walkSp), with the
     * registers of that frame in walkBlock; the frames in between are dead.
     */
    static boolean unwinding;
    static int walkPc;
    static int walkSp;
    static int walkBlock;

    /**
     * Finds the handler of {@code t}, thrown by the call whose registers are in {@code block};
     * returns the landing pad's address (Thumb bit set) with the handler frame's registers and sp
     * in the block. Never returns for an uncaught exception.
     */
    @Export("rtgo_unwind")
    public static int unwind(Throwable t, int block) {
        Throwable current = t;
        unwinding = true;
        walkBlock = block;
        StackTrace.startAt(Mem.load32(block + BLOCK_LR), block + BLOCK_BYTES);
        while (StackTrace.entry != 0) {
            int entry = StackTrace.entry;
            int flags = StackTrace.flags();
            if ((flags & FrameTableLayout.LR_SAVED) == 0) {
                break; // the end marker: past the code
            }
            int landing = StackTrace.landing();
            if (landing != 0) {
                pending = current;
                int sp = StackTrace.sp + ((flags & FrameTableLayout.LR_AT_SP) != 0 ? 4 : 0);
                Mem.store32(block + BLOCK_SP, sp);
                unwinding = false;
                return ((Mem.load32(entry + FrameTableLayout.ENTRY_START) & ~1) + landing) | 1;
            }
            restoreSaved(block, entry, flags);
            int failedInit = (flags & FrameTableLayout.INIT_STUB) != 0 ? Mem.load32(entry + FrameTableLayout.ENTRY_INFO) : 0;
            StackTrace.next();
            if (failedInit != 0) {
                // making the error allocates: a collection goes on from here (see Gc)
                walkPc = StackTrace.pc;
                walkSp = StackTrace.sp;
                current = initFailed(failedInit, current);
            }
        }
        // uncaught: report it from the top of the stack, with every frame dropped (a stack overflow
        // leaves too little room below to print)
        pending = current;
        unwinding = false;
        if (Cpu.ipsr() >= 16) {
            // out of an interrupt handler: no thread to end, and the interrupted code cannot go on
            Fault.uncaughtInInterrupt(current);
        }
        Mem.store32(block + BLOCK_SP, Start.stackTop());
        return Address.symbol("rtgo_uncaught") | 1;
    }

    /** Where an uncaught exception lands: the report, then exit. */
    @Export("rtgo_uncaught")
    public static void uncaughtLanding() {
        uncaught(caught());
    }

    /**
     * Copies the callee-saved registers the walk's current frame saved (its caller's values) into
     * the block: r4-r7 pushed just below the caller's sp (with lr on top unless LR_AT_SP), r8-r11
     * below those (FrameTableLayout.SAVED_SHIFT).
     */
    private static void restoreSaved(int block, int entry, int flags) {
        int mask = (flags >>> FrameTableLayout.SAVED_SHIFT) & 0xff;
        if (mask == 0) {
            return;
        }
        int caller = StackTrace.sp + Mem.load16(entry + FRAME_BYTES);
        int pushedLow = Integer.bitCount(mask & 0xf) + ((flags & FrameTableLayout.LR_AT_SP) != 0 ? 0 : 1);
        int at = caller - 4 * pushedLow;
        for (int r = 0; r < 4; r++) {
            if ((mask & (1 << r)) != 0) {
                Mem.store32(block + BLOCK_LOW + 4 * r, Mem.load32(at));
                at += 4;
            }
        }
        at = caller - 4 * pushedLow - 4 * Integer.bitCount(mask & 0xf0);
        for (int r = 0; r < 4; r++) {
            if ((mask & (0x10 << r)) != 0) {
                Mem.store32(block + 4 * r, Mem.load32(at));
                at += 4;
            }
        }
    }

    /**
     * An exception leaves the initialiser of the class whose stub info is {@code info}: the class
     * becomes erroneous (unless an earlier failure made it so) and the exception, unless an Error,
     * goes on as an ExceptionInInitializerError whose trace starts where the walk now is, at the
     * frame that triggered the initialisation.
     */
    private static Throwable initFailed(int info, Throwable t) {
        int flag = Mem.load32(info + FrameTableLayout.INIT_INFO_FLAG);
        if (Mem.load8(flag) != FrameTableLayout.INIT_STARTED) {
            return t;
        }
        Mem.store8(flag, FrameTableLayout.INIT_ERRONEOUS);
        int pc = StackTrace.pc;
        int sp = StackTrace.sp;
        // making objects walks the stack (fillInStackTrace): keep the walk's position
        Failure f = new Failure();
        f.flag = flag;
        f.name = fromCString(Mem.load32(info + FrameTableLayout.INIT_INFO_NAME));
        f.cause = t;
        f.next = failures;
        failures = f;
        if (t instanceof Error) {
            StackTrace.startAt(pc, sp);
            return t;
        }
        // one static type per variable: the cast below is then provably safe and compiles to
        // nothing, so a program without other casts carries no ClassCastException machinery
        ExceptionInInitializerError wrapped = new ExceptionInInitializerError(t);
        StackTrace.startAt(pc, sp);
        ((TThrowable) (Object) wrapped).rtgoSetTrace(StackTrace.captureFromHere());
        return wrapped;
    }

    /** A class whose initialiser threw: its state byte, name and the exception. */
    private static final class Failure {
        int flag;
        String name;
        Throwable cause;
        Failure next;
    }

    private static Failure failures;

    /**
     * A class whose initialiser threw is used again (its stub calls this with its state byte):
     * NoClassDefFoundError, caused by an ExceptionInInitializerError that names the first failure
     * and carries its trace, as HotSpot reports it.
     */
    public static void noClassDef(int flag) {
        Failure f = failures;
        while (f != null && f.flag != flag) {
            f = f.next;
        }
        String name = f == null ? "?" : f.name;
        NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class " + name);
        if (f != null) {
            ExceptionInInitializerError first = new ExceptionInInitializerError(
                    "Exception " + f.cause + " [in thread \"main\"]");
            ((TThrowable) (Object) first).rtgoSetTrace(traceOf(f.cause));
            e.initCause(first);
        }
        throw e;
    }

    private static int[] traceOf(Throwable t) {
        return ((TThrowable) (Object) t).rtgoTrace();
    }

    /** A String of the NUL-terminated UTF-8 text at {@code address} (frame and message tables). */
    static String fromCString(int address) {
        int n = 0;
        while (Mem.load8(address + n) != 0) {
            n++;
        }
        char[] chars = new char[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int b = Mem.load8(address + i);
            if (b >= 0xe0 && i + 2 < n) {
                b = (b & 0x0f) << 12 | (Mem.load8(address + i + 1) & 0x3f) << 6 | (Mem.load8(address + i + 2) & 0x3f);
                i += 2;
            } else if (b >= 0xc0 && i + 1 < n) {
                b = (b & 0x1f) << 6 | (Mem.load8(address + i + 1) & 0x3f);
                i++;
            }
            chars[count++] = (char) b;
        }
        return new String(chars, 0, count);
    }

    /** The exception the handler a landing pad leads to takes over (the dispatch's first call). */
    public static Throwable caught() {
        Throwable t = pending;
        pending = null;
        return t;
    }

    /**
     * No handler in main: the uncaught-exception handler if the program set a default one, else
     * HotSpot's report ({@link #report}); then main ends with status 1 (the program exits once the
     * other non-daemon threads have ended, as on the JVM).
     */
    private static void uncaught(Throwable t) {
        MainExit threads = Start.mainExit;
        if (threads != null) {
            threads.ended(1, t); // the handlers, then main ends (Sched)
        }
        report("main", t);
        Start.exit(1);
    }

    /**
     * HotSpot's report of an exception no handler caught, on the console: "Exception in thread
     * "main" " and the stack trace. A stack overflow's trace is cut after its innermost frames:
     * enough to see the recursion, quick to print (HotSpot prints 1024).
     */
    public static void report(String thread, Throwable t) {
        Console.dropPendingSurrogate();
        Console.writeText(Address.cString("Exception in thread \""));
        Console.writeString(thread);
        Console.writeText(Address.cString("\" "));
        try {
            ((TThrowable) (Object) t).printTrace(t instanceof StackOverflowError ? OVERFLOW_FRAMES : StackTrace.MAX_FRAMES);
        } catch (Throwable inReport) {
            // the exception's own toString or getMessage threw: what the JVM's handler then says
            Console.newline();
            Console.writeText(Address.cString("Exception: "));
            Console.writeString(typeName(Mem.load32(Address.of(inReport) + ObjectLayout.DESCRIPTOR)));
            Console.writeText(Address.cString(" thrown from the UncaughtExceptionHandler in thread \""));
            Console.writeString(thread);
            Console.writeText(Address.cString("\""));
            Console.newline();
        }
    }

    /** The innermost frames of an uncaught stack overflow. */
    private static final int OVERFLOW_FRAMES = 16;

    // ---- the JVM's own exceptions -------------------------------------------------------------------

    /** Integer division or remainder by zero. */
    public static void divideByZero() {
        throw new ArithmeticException("/ by zero");
    }

    /** An array access at {@code index} outside 0..length-1. */
    public static void arrayIndex(int index, int length) {
        throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    /** String.charAt at {@code index} outside 0..length-1 (JDK 21+ text). */
    public static void stringIndex(int index, int length) {
        throw new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    /**
     * String.substring and similar with {@code begin..end} outside 0..length, or begin > end:
     * "Range [2, 1) out of bounds for length 3" (JDK 21+; 17 says "begin 2, end 1, length 3").
     */
    public static void stringRange(int begin, int end, int length) {
        throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + length);
    }

    /**
     * String.valueOf(char[], offset, count) and similar with a region outside the array:
     * "Range [1, 1 + 5) out of bounds for length 2" (JDK 21+).
     */
    public static void stringRangeCount(int offset, int count, int length) {
        throw new StringIndexOutOfBoundsException(
                "Range [" + offset + ", " + offset + " + " + count + ") out of bounds for length " + length);
    }

    /** StringBuilder.setLength with a negative length: the JDK's older text, "String index out of range: -1". */
    public static void stringIndexOutOfRange(int index) {
        throw new StringIndexOutOfBoundsException("String index out of range: " + index);
    }

    /** A NumberFormatException with a fixed {@code message} ("Cannot parse null string"). */
    public static void numberFormat(String message) {
        throw new NumberFormatException(message);
    }

    /**
     * Integer.parseInt's report of text that is not a number: {@code For input string: "12x"},
     * with {@code  under radix 2} appended when the radix is not 10.
     */
    public static void numberFormatInput(String input, int radix) {
        throw new NumberFormatException("For input string: \"" + input + "\"" + (radix != 10 ? " under radix " + radix : ""));
    }

    /** An ArithmeticException with {@code message} ("integer overflow"). */
    public static void arithmetic(String message) {
        throw new ArithmeticException(message);
    }

    /** An IllegalArgumentException with {@code message} ("count is negative: -1"). */
    public static void illegalArgument(String message) {
        throw new IllegalArgumentException(message);
    }

    /**
     * A format specifier's argument index that cannot be: {@code index} 0 ("%0$s"), or
     * Integer.MIN_VALUE for one beyond an int. The JDK's IllegalFormatArgumentIndexException is a
     * package-private class that only its formatter makes; the substitute's constructor is public.
     */
    public static void formatArgumentIndex(int index) {
        throw (RuntimeException) (Object) new TIllegalFormatArgumentIndexException(index);
    }

    /** An OutOfMemoryError the class library raises itself ("Required length exceeds implementation limit"). */
    public static void outOfMemory(String message) {
        throw new OutOfMemoryError(message);
    }

    /** An array creation with a negative {@code length}. */
    public static void negativeArraySize(int length) {
        throw new NegativeArraySizeException(String.valueOf(length));
    }

    /**
     * Calls nested too deep for the stack (the transpiler checks the stack pointer on entry to
     * recursive methods, leaving room below the limit for making the error). HotSpot's error has
     * no message. The one Throw method that may return: when making the error itself runs into a
     * check, that method goes on (the limit leaves room for it).
     */
    public static void stackOverflow() {
        if (makingOverflow) {
            return;
        }
        makingOverflow = true;
        StackOverflowError e = new StackOverflowError();
        makingOverflow = false;
        throw e;
    }

    private static boolean makingOverflow;

    /** A field, array or method access through null, in runtime code (no detail message). */
    public static void nullPointer() {
        throw new NullPointerException();
    }

    /** A null found by runtime code that knows the message HotSpot gives for it. */
    public static void nullPointer(String message) {
        throw new NullPointerException(message);
    }

    /**
     * A failed null check of compiled code: {@code message} is the 1-based index of its detail
     * message in the transpiler's {@code rtgo_npe_messages} table (HotSpot's "helpful" text, such
     * as {@code Cannot load from int array because "a" is null}), 0 for none.
     */
    public static void nullPointerAt(int message) {
        if (message == 0) {
            throw new NullPointerException();
        }
        throw new NullPointerException(
                fromCString(Mem.load32(Address.symbol(SymbolNames.NPE_MESSAGES) + 4 * (message - 1))));
    }

    /**
     * The aastore check: {@code value} (an address) must be null or assignable to the element type
     * of {@code array}. HotSpot names the stored value's class: {@code java.lang.ArrayStoreException: [B}.
     */
    public static void checkArrayStore(int array, int value) {
        if (value == 0) {
            return;
        }
        int valueType = Mem.load32(value + ObjectLayout.DESCRIPTOR);
        int elementType = Mem.load32(Mem.load32(array + ObjectLayout.DESCRIPTOR) + ObjectLayout.DESC_ELEMENT);
        if (elementType != valueType
                && (Mem.load32(elementType + ObjectLayout.DESC_FLAGS) & ObjectLayout.FLAG_ROOT) == 0 // Object[]
                && !Types.isAssignable(valueType, elementType)) {
            throw new ArrayStoreException(typeName(valueType));
        }
    }

    /**
     * A failed checkcast, with HotSpot's message: "class A cannot be cast to class B (A and B are
     * in unnamed module of loader 'app')" for classes of the program, the module java.base of
     * loader 'bootstrap' for the JDK's, and both named when they differ.
     */
    static void classCast(int fromType, int toType) {
        String from = typeName(fromType);
        String to = typeName(toType);
        boolean fromJdk = isJdk(from);
        String where = fromJdk == isJdk(to)
                ? from + " and " + to + " are in " + module(fromJdk)
                : from + " is in " + module(fromJdk) + "; " + to + " is in " + module(!fromJdk);
        throw new ClassCastException("class " + from + " cannot be cast to class " + to + " (" + where + ")");
    }

    /** A JDK class, or an array of primitives or of JDK classes (an array is in its element's module). */
    private static boolean isJdk(String name) {
        int dims = 0;
        while (name.charAt(dims) == '[') {
            dims++;
        }
        if (dims > 0 && name.charAt(dims) != 'L') {
            return true;
        }
        return name.startsWith("java.", dims > 0 ? dims + 1 : 0);
    }

    private static String module(boolean jdk) {
        return jdk ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }

    /** The name in the type descriptor at {@code type} (as Class.getName spells it). */
    private static String typeName(int type) {
        return (String) Address.toRef(Mem.load32(type + ObjectLayout.DESC_NAME));
    }

    /** The heap cannot hold the requested block. */
    static void outOfMemory() {
        throw new OutOfMemoryError("Java heap space");
    }

    /** An array length HotSpot rejects before even trying to allocate (above 2^31-3). */
    static void arrayTooLarge() {
        throw new OutOfMemoryError("Requested array size exceeds VM limit");
    }
}
