package rtgo.runtime.classlib.java.lang;

/** java.lang.UnsupportedOperationException (whole-class substitute): An operation the object does not support. Constructors as the JDK's. */
public class TUnsupportedOperationException extends TRuntimeException {
    public TUnsupportedOperationException() {
        super();
    }

    public TUnsupportedOperationException(String message) {
        super(message);
    }

    public TUnsupportedOperationException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TUnsupportedOperationException(TThrowable cause) {
        super(cause);
    }
}
