package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.lang.TRuntimeException;
import rtgo.runtime.classlib.java.lang.TThrowable;

/** java.util.NoSuchElementException (whole-class substitute): An element asked of an iteration or collection that has none. Constructors as the JDK's. */
public class TNoSuchElementException extends TRuntimeException {
    public TNoSuchElementException() {
        super();
    }

    public TNoSuchElementException(String message) {
        super(message);
    }

    public TNoSuchElementException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TNoSuchElementException(TThrowable cause) {
        super(cause);
    }
}
