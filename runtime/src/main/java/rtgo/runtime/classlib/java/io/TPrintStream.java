package rtgo.runtime.classlib.java.io;

import java.io.PrintStream;
import rtgo.runtime.Console;
import rtgo.runtime.Format;
import rtgo.runtime.Throw;

/*
 * TPrintStream: the device's java.io.PrintStream. Each instance method m(X) of PrintStream is the
 * static m(PrintStream, X) here (docs/abi.md, "Class library substitution").
 *
 * Design note. Both System.out and System.err are null receivers (see TSystem) and both go to the
 * one console, so the receiver is ignored. Output is not buffered beyond the UART's TX FIFO:
 * every print reaches the wire in program order, and flush() waits until it has left, which is
 * what a program calling System.out.flush() before a long computation expects. Texts follow the
 * JDK: print(String) of null prints "null", println ends lines with "\n" (line.separator on
 * Linux, where reference outputs are made), and print(char[]) of null throws
 * NullPointerException before printing anything, as PrintStream.write(char[]) does. A print of a
 * concatenation (print("n = " + n)) does not come here: the compiler writes its pieces to the
 * Console itself, building no String (frontend.Concat), which is right because there are no
 * PrintStream objects: a substitute constructor here would turn that off.
 */
public final class TPrintStream {
    private TPrintStream() {}

    public static void print(PrintStream self, String s) {
        Console.writeString(s);
    }

    public static void print(PrintStream self, int i) {
        Console.writeInt(i);
    }

    public static void print(PrintStream self, long l) {
        Console.writeLong(l);
    }

    public static void println(PrintStream self, long l) {
        Console.writeLong(l);
        Console.newline();
    }

    public static void print(PrintStream self, float f) {
        Console.writeString(String.valueOf(f));
    }

    public static void println(PrintStream self, float f) {
        Console.writeString(String.valueOf(f));
        Console.newline();
    }

    public static void print(PrintStream self, double d) {
        Console.writeString(String.valueOf(d));
    }

    public static void println(PrintStream self, double d) {
        Console.writeString(String.valueOf(d));
        Console.newline();
    }

    public static void print(PrintStream self, char c) {
        Console.writeChar(c);
    }

    public static void print(PrintStream self, boolean b) {
        Console.writeBoolean(b);
    }

    public static void print(PrintStream self, char[] s) {
        if (s == null) {
            // the JDK's own message: its Writer.write(char[] cbuf) reads the length (JDK 21, 25)
            Throw.nullPointer("Cannot read the array length because \"cbuf\" is null");
            return;
        }
        Console.writeChars(s);
    }

    public static void print(PrintStream self, Object o) {
        print(self, String.valueOf(o));
    }

    public static void println(PrintStream self, Object o) {
        println(self, String.valueOf(o));
    }

    public static void println(PrintStream self) {
        Console.newline();
    }

    public static void println(PrintStream self, String s) {
        Console.writeString(s);
        Console.newline();
    }

    public static void println(PrintStream self, int i) {
        Console.writeInt(i);
        Console.newline();
    }

    public static void println(PrintStream self, char c) {
        Console.writeChar(c);
        Console.newline();
    }

    public static void println(PrintStream self, boolean b) {
        Console.writeBoolean(b);
        Console.newline();
    }

    public static void println(PrintStream self, char[] s) {
        print(self, s);
        Console.newline();
    }

    /**
     * printf: the text String.format makes, printed. When a specifier fails, what came before it
     * is printed first, as the JDK's Formatter writes to the stream piece by piece; a malformed
     * format string prints nothing (the Formatter parses it whole first).
     */
    public static PrintStream printf(PrintStream self, String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        try {
            Format.formatTo(out, format, args);
        } finally {
            Console.writeString(out.toString());
        }
        return self;
    }

    /** The same as printf. */
    public static PrintStream format(PrintStream self, String format, Object[] args) {
        return printf(self, format, args);
    }

    /** Waits until everything printed so far has left the UART. */
    public static void flush(PrintStream self) {
        Console.flush();
    }
}
