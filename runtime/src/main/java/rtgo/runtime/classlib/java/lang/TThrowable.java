package rtgo.runtime.classlib.java.lang;

import java.io.PrintStream;
import rtgo.runtime.Console;
import rtgo.runtime.StackTrace;
import rtgo.vm.Address;

/*
 * TThrowable: java.lang.Throwable as a whole-class substitute (docs/abi.md, "Exceptions").
 *
 * Design note. The stack trace is taken when the throwable is made (fillInStackTrace, called by
 * every constructor as on the JVM): the return addresses of the Java frames then on the stack, in
 * an int[] (StackTrace.capture), turned into "\tat Class.method(File.java:line)" text only when
 * printed, from the frame table. That costs one walk and a small array per exception, and no
 * strings. The leading frames are those HotSpot keeps: runtime frames are hidden, and so are the
 * constructors of the throwable's own class and its superclasses.
 *
 * printStackTrace follows the JDK's format exactly: the throwable's toString, its frames, then
 * each suppressed exception ("\tSuppressed: ", indented one tab more) and the cause chain
 * ("Caused by: "), each giving the frames it shares with the trace that encloses it as
 * "\t... n more", and "\t[CIRCULAR REFERENCE: ...]" for a throwable already printed. The device
 * has one console, so System.out and System.err, and printStackTrace's stream, are the same.
 *
 * Messages of the checks (initCause, addSuppressed) are the JDK's texts.
 */
public class TThrowable {
    private String detailMessage;
    /** The cause; this throwable itself while initCause may still set it (the JDK's convention). */
    private TThrowable cause = this;
    /** Return addresses of the frames at construction (StackTrace), or null when not writable. */
    private int[] trace;
    private TThrowable[] suppressed;
    private int suppressedCount;
    private boolean suppressionEnabled = true;
    /** Made with writableStackTrace false: fillInStackTrace records nothing. */
    private boolean unwritable;

    public TThrowable() {
        fillInStackTrace();
    }

    public TThrowable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public TThrowable(String message, TThrowable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public TThrowable(TThrowable cause) {
        fillInStackTrace();
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected TThrowable(String message, TThrowable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            unwritable = true;
        }
        detailMessage = message;
        this.cause = cause;
        suppressionEnabled = enableSuppression;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public TThrowable getCause() {
        return cause == this ? null : cause;
    }

    public TThrowable initCause(TThrowable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()),
                    (Throwable) (Object) this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", (Throwable) (Object) this);
        }
        this.cause = cause;
        return this;
    }

    @Override
    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? name + ": " + message : name;
    }

    public TThrowable fillInStackTrace() {
        if (!unwritable) {
            trace = StackTrace.capture(this);
        }
        return this;
    }

    public final void addSuppressed(TThrowable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", (Throwable) (Object) exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (!suppressionEnabled) {
            return;
        }
        if (suppressed == null || suppressedCount == suppressed.length) {
            TThrowable[] grown = new TThrowable[suppressedCount == 0 ? 1 : 2 * suppressedCount];
            for (int i = 0; i < suppressedCount; i++) {
                grown[i] = suppressed[i];
            }
            suppressed = grown;
        }
        suppressed[suppressedCount++] = exception;
    }

    public final TThrowable[] getSuppressed() {
        if (suppressedCount == 0) {
            // the JDK returns one shared empty array
            if (noneSuppressed == null) {
                noneSuppressed = new TThrowable[0];
            }
            return noneSuppressed;
        }
        TThrowable[] copy = new TThrowable[suppressedCount];
        for (int i = 0; i < suppressedCount; i++) {
            copy[i] = suppressed[i];
        }
        return copy;
    }

    public void printStackTrace() {
        printTrace(StackTrace.MAX_FRAMES);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace();
    }

    /**
     * The whole report, with at most {@code limit} frames of this throwable's own trace (the
     * runtime's report of an uncaught stack overflow shortens it; see rtgo.runtime.Throw).
     */
    public final void printTrace(int limit) {
        Console.writeString(toString());
        Console.newline();
        int n = trace == null ? 0 : trace.length;
        for (int i = 0; i < n && i < limit; i++) {
            StackTrace.printFrame(trace[i]);
        }
        if (n > limit) {
            Console.writeText(Address.cString("\t..."));
            Console.newline();
        }
        printedCount = 0;
        printed(this);
        printEnclosed(this, 1);
    }

    /**
     * The throwables of the report being printed, for "[CIRCULAR REFERENCE: ...]" (the JDK's
     * identity set). One report at a time: the device has one thread for now.
     */
    private static TThrowable[] printed;
    private static int printedCount;

    private static boolean printedAlready(TThrowable t) {
        for (int i = 0; i < printedCount; i++) {
            if (printed[i] == t) {
                return true;
            }
        }
        return false;
    }

    private static void printed(TThrowable t) {
        if (printed == null || printedCount == printed.length) {
            TThrowable[] grown = new TThrowable[printedCount == 0 ? 8 : 2 * printedCount];
            for (int i = 0; i < printedCount; i++) {
                grown[i] = printed[i];
            }
            printed = grown;
        }
        printed[printedCount++] = t;
    }

    /** The suppressed exceptions and the cause of {@code t}, printed inside its report. */
    private static void printEnclosed(TThrowable t, int prefixTabs) {
        for (int i = 0; i < t.suppressedCount; i++) {
            t.suppressed[i].printEnclosedTrace(t.trace, "Suppressed: ", prefixTabs);
        }
        TThrowable c = t.getCause();
        if (c != null) {
            c.printEnclosedTrace(t.trace, "Caused by: ", prefixTabs - 1);
        }
    }

    private void printEnclosedTrace(int[] enclosing, String caption, int tabs) {
        if (printedAlready(this)) {
            tab(tabs);
            Console.writeString(caption);
            Console.writeText(Address.cString("[CIRCULAR REFERENCE: "));
            Console.writeString(toString());
            Console.writeChar(']');
            Console.newline();
            return;
        }
        printed(this);
        int n = trace == null ? 0 : trace.length;
        int m = n - 1;
        int e = enclosing == null ? -1 : enclosing.length - 1;
        while (m >= 0 && e >= 0 && StackTrace.sameFrame(trace[m], enclosing[e])) {
            m--;
            e--;
        }
        int inCommon = n - 1 - m;
        tab(tabs);
        Console.writeString(caption);
        Console.writeString(toString());
        Console.newline();
        for (int i = 0; i <= m; i++) {
            tab(tabs);
            StackTrace.printFrame(trace[i]);
        }
        if (inCommon != 0) {
            tab(tabs);
            Console.writeText(Address.cString("\t... "));
            Console.writeInt(inCommon);
            Console.writeText(Address.cString(" more"));
            Console.newline();
        }
        printEnclosed(this, tabs + 1);
    }

    private static TThrowable[] noneSuppressed;

    private static void tab(int n) {
        for (int i = 0; i < n; i++) {
            Console.writeChar('\t');
        }
    }

    /**
     * rtgo's own: replaces the trace taken at construction by {@code frames} (the unwinder gives an
     * ExceptionInInitializerError the frames that triggered the initialisation).
     */
    public final void rtgoSetTrace(int[] frames) {
        trace = frames;
    }

    /** rtgo's own: the trace taken at construction (the unwinder copies a failed initialiser's). */
    public final int[] rtgoTrace() {
        return trace;
    }
}
