package rtgo.runtime;

import rtgo.hal.Clocks;
import rtgo.hal.Uart;
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * Console: the program's one text output, UART0 at 115200 8N1, encoded as UTF-8.
 *
 * Design note. System.out and System.err both end here (the device has one serial line), and so
 * do uncaught exceptions and panics. The JVM writes through a UTF-8 CharsetEncoder that replaces
 * unencodable input by '?'; Utf8 reproduces that byte for byte, including the way a high surrogate
 * at the end of one print waits for the low surrogate of the next.
 *
 * Nothing on this path allocates or indexes a Java array, and the class has no static
 * initialiser. That matters because the console is how failures are reported: the out-of-memory
 * message must print when the heap is full, and an exception message must not raise another
 * exception. Decimal numbers are therefore printed by recursion (at most ten frames) instead of
 * into a scratch buffer, and String characters are read straight from the object layout in
 * docs/abi.md ([descriptor][length][UTF-16 units from offset 8]).
 *
 * Until open() has run (during Clocks.init, say) the UART is still in reset, so output is dropped
 * rather than sent to a peripheral that cannot take it; the exit status still tells what happened.
 */
public final class Console {
    private Console() {}

    /** UART0's line rate (docs/abi.md, "Boot sequence"). */
    private static final int BAUD = 115200;
    /**
     * UART0's divisor for BAUD, as Uart.divisor64 computes it (rounded to nearest, in 64ths):
     * a constant javac folds, so start-up divides nothing and carries no division check.
     */
    private static final int DIVISOR64 = (4 * Clocks.PERI_HZ + BAUD / 2) / BAUD;

    /** Whether UART0 is configured; false until Start calls open(). */
    private static boolean open;

    /** Configures UART0 and starts sending output. Called once by Start. */
    static void open() {
        Uart.init0Divisor(DIVISOR64);
        open = true;
    }

    /** Waits until every byte written so far has left the UART, so that exiting loses nothing. */
    public static void flush() {
        if (open) {
            Uart.flush0();
        }
    }

    /** Writes one UTF-16 unit; surrogate pairs become one 4-byte sequence, lone surrogates '?'. */
    public static void writeChar(char c) {
        int count = Utf8.feed(c);
        for (int i = 0; i < count; i++) {
            writeByte(Utf8.byteAt(i));
        }
    }

    /** Writes {@code s}, or {@code null} for a null reference as PrintStream.print(String) does. */
    public static void writeString(String s) {
        if (s == null) {
            writeString("null");
            return;
        }
        int address = Address.of(s);
        int length = Mem.load32(address + ObjectLayout.LENGTH);
        for (int i = 0; i < length; i++) {
            writeChar((char) Mem.load16(address + ObjectLayout.ARRAY_DATA + 2 * i));
        }
    }

    /** Writes the chars of {@code chars}; the caller has checked it is not null. */
    public static void writeChars(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            writeChar(chars[i]);
        }
    }

    /** Writes {@code value} in decimal exactly as Integer.toString does, MIN_VALUE included. */
    public static void writeInt(int value) {
        // Work with the negated value: every int has a negative counterpart, not every one a
        // positive one (-2147483648).
        if (value < 0) {
            writeChar('-');
            writeNegatedDigits(value);
        } else {
            writeNegatedDigits(-value);
        }
    }

    /** Writes the digits of -{@code negated} ({@code negated <= 0}), most significant first. */
    private static void writeNegatedDigits(int negated) {
        int quotient = negated / 10;
        if (quotient != 0) {
            writeNegatedDigits(quotient);
        }
        writeChar((char) ('0' + quotient * 10 - negated));
    }

    /** Writes {@code value} in decimal exactly as Long.toString does, MIN_VALUE included. */
    public static void writeLong(long value) {
        if (value == (int) value) {
            writeInt((int) value); // most longs printed are small ones
            return;
        }
        if (value < 0) {
            writeChar('-');
        }
        writeNegatedLongDigits(value < 0 ? value : -value); // as writeInt, for MIN_VALUE
    }

    /**
     * Writes the digits of -{@code negated} ({@code negated <= 0}), most significant first: one
     * division by 10^9 per group of nine digits (at most two for a long), ints for the rest.
     */
    private static void writeNegatedLongDigits(long negated) {
        if (negated >= Integer.MIN_VALUE) {
            writeNegatedDigits((int) negated);
            return;
        }
        long high = billions(negated);
        writeNegatedLongDigits(high);
        writeDigits((int) (high * 1_000_000_000L - negated), 9); // 0..999,999,999
    }

    /**
     * {@code negated / 1_000_000_000L} for {@code negated <= 0}, by binary long division (shifted
     * divisors subtracted, 34 steps): a Java long division would bring LongOps.div and its
     * division-by-zero check, and so the exception machinery, into every image that prints a long.
     */
    private static long billions(long negated) {
        long quotient = 0;
        // 10^9 << 33 is below 2^63, and every quotient (at most 2^63 / 10^9) fits in 34 bits;
        // shifts by a constant are inline code, by a variable amount calls
        long step = 1_000_000_000L << 33;
        long bit = 1L << 33;
        for (int k = 0; k < 34; k++) {
            if (negated <= -step) {
                negated += step;
                quotient -= bit;
            }
            step >>= 1;
            bit >>= 1;
        }
        return quotient;
    }

    /** Writes the low {@code count} decimal digits of {@code value >= 0}, leading zeros included. */
    private static void writeDigits(int value, int count) {
        if (count > 1) {
            writeDigits(value / 10, count - 1);
        }
        writeChar((char) ('0' + value % 10));
    }

    /** Writes {@code true} or {@code false}. */
    public static void writeBoolean(boolean value) {
        writeString(value ? "true" : "false");
    }

    /** Writes {@code 0x} and the 8 lowercase hex digits of {@code value}, for addresses. */
    public static void writeHex(int value) {
        writeString("0x");
        writeHexDigits(value, 8);
    }

    /** Writes the low {@code digits} hex digits of {@code value}, lowercase, without prefix. */
    public static void writeHexDigits(int value, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            int digit = (value >>> shift) & 15;
            writeChar((char) (digit < 10 ? '0' + digit : 'a' - 10 + digit));
        }
    }

    /**
     * Writes the ASCII C string at {@code address} ({@code Address.cString("...")}) exactly as
     * writeString writes the same text: the runtime's own texts cost a byte a character this way.
     */
    public static void writeText(int address) {
        for (int b = Mem.load8(address); b != 0; b = Mem.load8(++address)) {
            writeChar((char) b);
        }
    }

    /** Writes the NUL-terminated UTF-8 bytes at {@code address} as they are (frame-table names). */
    static void writeCString(int address) {
        for (int b = Mem.load8(address); b != 0; b = Mem.load8(++address)) {
            writeByte(b);
        }
    }

    /** Ends the line with {@code \n}, as PrintStream.println does on Linux. */
    public static void newline() {
        writeChar('\n');
    }

    /**
     * Forgets a high surrogate still waiting for its partner. Used before an exception report: on
     * the JVM that goes to System.err, whose encoder never saw System.out's pending half.
     */
    static void dropPendingSurrogate() {
        Utf8.dropPending();
    }

    private static void writeByte(int b) {
        if (open) {
            Uart.write0(b);
        }
    }
}
