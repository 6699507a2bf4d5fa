package rtgo.runtime.classlib.java.util;

import java.io.PrintStream;
import java.util.FormatterClosedException;
import rtgo.runtime.Console;
import rtgo.runtime.Format;
import rtgo.runtime.classlib.java.io.TCloseable;

/*
 * TFormatter: java.util.Formatter on the device, a whole-class substitute, for its two common
 * uses: formatting into a StringBuilder (new Formatter(), new Formatter(sb)) and onto the console
 * (new Formatter(System.out)).
 *
 * Design note. The format language is rtgo.runtime.Format's (String.format's). A destination
 * other than a StringBuilder or a PrintStream (an arbitrary Appendable, a file) is refused with
 * UnsupportedOperationException: the device has no Appendable interface through which to call it.
 * On the console, what precedes a failing specifier is printed, as printf does. After close(),
 * every method but close and ioException throws FormatterClosedException, as the JDK's. Absent:
 * out() (its type, Appendable, is an interface the device does not have), locale() and the
 * Locale-taking methods (the device has one, English-like, locale).
 */
public final class TFormatter implements TCloseable {
    /** The destination when it is a StringBuilder; null on the console. */
    private StringBuilder sb;
    private final boolean console;
    private boolean closed;

    /** Formats into a new StringBuilder (toString() gives the text). */
    public TFormatter() {
        sb = new StringBuilder();
        console = false;
    }

    /** Formats into {@code a}, which must be a StringBuilder; a new one when null. */
    public TFormatter(Appendable a) {
        if (a == null) {
            sb = new StringBuilder();
        } else if ((Object) a instanceof StringBuilder b) {
            sb = b;
        } else {
            throw new UnsupportedOperationException("Formatter: only a StringBuilder or PrintStream destination on the device");
        }
        console = false;
    }

    /**
     * Formats onto the console (System.out and System.err are the one console). The stream is not
     * null-checked: on the device System.out itself is null.
     */
    public TFormatter(PrintStream ps) {
        console = true;
    }

    /** Appends the formatted text to the destination; returns this formatter. */
    public TFormatter format(String format, Object... args) {
        ensureOpen();
        if (!console) {
            Format.formatTo(sb, format, args);
            return this;
        }
        StringBuilder out = new StringBuilder();
        try {
            Format.formatTo(out, format, args);
        } finally {
            Console.writeString(out.toString());
        }
        return this;
    }

    /**
     * The StringBuilder's contents. On the console the JDK gives the PrintStream's toString() (an
     * identity hash); here "java.io.PrintStream".
     */
    public String toString() {
        ensureOpen();
        return console ? "java.io.PrintStream" : sb.toString();
    }

    public void flush() {
        ensureOpen();
        if (console) {
            Console.flush();
        }
    }

    public void close() {
        closed = true;
    }

    /** Never an IOException: the destinations here do not fail. */
    public java.io.IOException ioException() {
        return null;
    }

    private void ensureOpen() {
        if (closed) {
            throw new FormatterClosedException();
        }
    }
}
