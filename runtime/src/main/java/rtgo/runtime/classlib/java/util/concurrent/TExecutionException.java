package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TException;
import rtgo.runtime.classlib.java.lang.TThrowable;

/** java.util.concurrent.ExecutionException (whole-class substitute): A task's failure, reported by Future.get with the task's exception as the cause. Constructors as the JDK's. */
public class TExecutionException extends TException {
    protected TExecutionException() {
        super();
    }

    protected TExecutionException(String message) {
        super(message);
    }

    public TExecutionException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TExecutionException(TThrowable cause) {
        super(cause);
    }
}
