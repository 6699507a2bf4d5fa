package rtgo.runtime.classlib.java.lang;

/** java.lang.RuntimeException (whole-class substitute): The root of the unchecked exceptions. Constructors as the JDK's. */
public class TRuntimeException extends TException {
    public TRuntimeException() {
        super();
    }

    public TRuntimeException(String message) {
        super(message);
    }

    public TRuntimeException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TRuntimeException(TThrowable cause) {
        super(cause);
    }

    protected TRuntimeException(String message, TThrowable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
