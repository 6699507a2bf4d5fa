package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.lang.TRuntimeException;
import rtgo.runtime.classlib.java.lang.TThrowable;

/** java.util.ConcurrentModificationException (whole-class substitute): A collection changed while it is iterated. Constructors as the JDK's. */
public class TConcurrentModificationException extends TRuntimeException {
    public TConcurrentModificationException() {
        super();
    }

    public TConcurrentModificationException(String message) {
        super(message);
    }

    public TConcurrentModificationException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TConcurrentModificationException(TThrowable cause) {
        super(cause);
    }
}
