package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TIllegalStateException;

/** java.util.concurrent.CancellationException (whole-class substitute): The result of a task that was cancelled. Constructors as the JDK's. */
public class TCancellationException extends TIllegalStateException {
    public TCancellationException() {
        super();
    }

    public TCancellationException(String message) {
        super(message);
    }
}
