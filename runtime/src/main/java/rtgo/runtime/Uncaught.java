package rtgo.runtime;

import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.SymbolNames;

/*
 * Uncaught: the report of a failed check that nothing can catch, printed straight from the stack.
 *
 * Design note. The transpiler calls these instead of Throw's twins from the functions whose failed
 * checks no handler, class initialiser, thread or interrupt handler can see (rtgo.thumb.
 * UncaughtReports decides which, on the closed world). Nothing can observe the exception object
 * there, so none is made: the report is what the unwinder would print after finding no handler,
 * "Exception in thread "main" " and the exception's toString, then the trace, innermost first,
 * and exit status 1 (Throw.uncaught, Throw.report). The texts are Throw's, written piece by piece;
 * the frames are those StackTrace.capture would record from the same place, printed as
 * TThrowable.printTrace prints them, at most StackTrace.MAX_FRAMES of them. Nothing here
 * allocates, so a program whose checks all report this way links no allocator, collector or
 * unwinder, and a report cannot fail for want of memory.
 */
public final class Uncaught {
    private Uncaught() {}

    /** Integer division or remainder by zero (Throw.divideByZero). */
    public static void divideByZero() {
        begin(Address.cString("java.lang.ArithmeticException: / by zero"));
        end();
    }

    /** An array access at {@code index} outside 0..length-1 (Throw.arrayIndex). */
    public static void arrayIndex(int index, int length) {
        begin(Address.cString("java.lang.ArrayIndexOutOfBoundsException: Index "));
        Console.writeInt(index);
        Console.writeText(Address.cString(" out of bounds for length "));
        Console.writeInt(length);
        end();
    }

    /** A failed null check: {@code message} as in Throw.nullPointerAt (1-based, 0 for none). */
    public static void nullPointerAt(int message) {
        begin(Address.cString("java.lang.NullPointerException"));
        if (message != 0) {
            Console.writeText(Address.cString(": "));
            Console.writeCString(Mem.load32(Address.symbol(SymbolNames.NPE_MESSAGES) + 4 * (message - 1)));
        }
        end();
    }

    private static void begin(int exception) {
        Console.dropPendingSurrogate();
        Console.writeText(Address.cString("Exception in thread \"main\" "));
        Console.writeText(exception);
    }

    private static void end() {
        Console.newline();
        StackTrace.printFromHere();
        Start.exit(1);
    }
}
