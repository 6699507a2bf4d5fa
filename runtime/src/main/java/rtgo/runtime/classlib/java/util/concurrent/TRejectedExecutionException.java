package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TRuntimeException;
import rtgo.runtime.classlib.java.lang.TThrowable;

/** java.util.concurrent.RejectedExecutionException (whole-class substitute): A task an executor cannot accept (after shutdown). Constructors as the JDK's. */
public class TRejectedExecutionException extends TRuntimeException {
    public TRejectedExecutionException() {
        super();
    }

    public TRejectedExecutionException(String message) {
        super(message);
    }

    public TRejectedExecutionException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TRejectedExecutionException(TThrowable cause) {
        super(cause);
    }
}
