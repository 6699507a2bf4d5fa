package rtgo.runtime;

import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * StringConcat: what the `+` of Strings compiles to. The transpiler turns each
 * makeConcatWithConstants call site into begin(), one append per recipe piece (constants as
 * String literals), and end() (docs/abi.md, "Runtime entry points").
 *
 * Design note. The pieces are collected in one shared, growable char buffer and copied once into a
 * String of exactly the right length at end(), so a concatenation allocates a single heap block
 * (plus a new buffer on the rare occasions it must grow; the old one becomes garbage for the
 * future GC). Sharing one buffer is safe for two reasons: the compiler evaluates every operand
 * before it calls begin(), so no other concatenation (say inside a method call that produces an
 * operand) can start between begin() and end(); and nothing else runs in between either: the
 * calls are consecutive in the caller, a thread is switched out only at a backward branch of
 * program code and never inside the runtime (Sched), and interrupt handlers do not build strings
 * (driver.HandlerCheck rejects end() in them). A concatenation that is printed at once does not
 * come here at all: its pieces go straight to the Console (frontend.Concat).
 *
 * Texts match the JDK: a null String appends "null", ints appear as Integer.toString writes them,
 * booleans as "true"/"false". The result is a fresh String even when it is empty, as on the JVM.
 */
public final class StringConcat {
    private StringConcat() {}

    /** Capacity of the first buffer; most console lines fit without growing. */
    private static final int INITIAL_CAPACITY = 64;

    /** The chars appended since begin(), in buffer[0..count); null until the first use. */
    private static char[] buffer;
    private static int count;

    /** Starts a new concatenation. */
    public static void begin() {
        count = 0;
    }

    /** Appends {@code s}, or "null". */
    public static void appendString(String s) {
        if (s == null) {
            s = "null";
        }
        int length = Mem.load32(Address.of(s) + ObjectLayout.LENGTH);
        reserve(length); // may collect: s is read only after it, so s stays live across it
        int address = Address.of(s);
        for (int i = 0; i < length; i++) {
            buffer[count + i] = (char) Mem.load16(address + Heap.ARRAY_HEADER + 2 * i);
        }
        count += length;
    }

    /** Appends {@code value} in decimal. */
    public static void appendInt(int value) {
        int length = Decimal.length(value);
        reserve(length);
        Decimal.getChars(value, buffer, count + length);
        count += length;
    }

    /** Appends {@code value} in decimal. */
    public static void appendLong(long value) {
        int length = Decimal.length(value);
        reserve(length);
        Decimal.getChars(value, buffer, count + length);
        count += length;
    }

    /** Appends {@code value} as Float.toString writes it (the JDK 19+ shortest decimal). */
    public static void appendFloat(float value) {
        reserve(FloatToDecimal.MAX_FLOAT_CHARS);
        count = FloatToDecimal.appendFloat(Float.floatToRawIntBits(value), buffer, count);
    }

    /** Appends {@code value} as Double.toString writes it. */
    public static void appendDouble(double value) {
        reserve(FloatToDecimal.MAX_DOUBLE_CHARS);
        count = FloatToDecimal.appendDouble(Double.doubleToRawLongBits(value), buffer, count);
    }

    /** Appends one UTF-16 unit. */
    public static void appendChar(char c) {
        reserve(1);
        buffer[count] = c;
        count++;
    }

    /** Appends "true" or "false". */
    public static void appendBoolean(boolean value) {
        appendString(value ? "true" : "false");
    }

    /** Returns a new heap String holding everything appended since begin(). */
    public static String end() {
        int string = Heap.allocStringFilled(count);
        MemCopy.forward(Address.of(buffer) + Heap.ARRAY_HEADER, string + Heap.ARRAY_HEADER, 2 * count);
        count = 0;
        return Address.toRef(string);
    }

    /** Makes room for {@code more} chars after the current ones, growing the buffer if needed. */
    private static void reserve(int more) {
        if (buffer == null) {
            buffer = new char[INITIAL_CAPACITY];
        }
        // Written as a subtraction so that a huge `more` cannot overflow the comparison.
        if (more <= buffer.length - count) {
            return;
        }
        int capacity = buffer.length * 2;
        if (capacity - count < more) {
            capacity = count + more;
        }
        char[] grown = new char[capacity];
        for (int i = 0; i < count; i++) {
            grown[i] = buffer[i];
        }
        buffer = grown;
    }
}
