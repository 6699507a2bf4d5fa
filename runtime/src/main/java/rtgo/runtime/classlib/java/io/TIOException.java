package rtgo.runtime.classlib.java.io;

import rtgo.runtime.classlib.java.lang.TException;
import rtgo.runtime.classlib.java.lang.TThrowable;

/** java.io.IOException (whole-class substitute): An input or output operation failed. Constructors as the JDK's. */
public class TIOException extends TException {
    public TIOException() {
        super();
    }

    public TIOException(String message) {
        super(message);
    }

    public TIOException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TIOException(TThrowable cause) {
        super(cause);
    }
}
