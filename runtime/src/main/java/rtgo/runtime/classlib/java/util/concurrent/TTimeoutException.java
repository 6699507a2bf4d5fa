package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TException;

/** java.util.concurrent.TimeoutException (whole-class substitute): A blocking operation that timed out. Constructors as the JDK's. */
public class TTimeoutException extends TException {
    public TTimeoutException() {
        super();
    }

    public TTimeoutException(String message) {
        super(message);
    }
}
