package rtgo.runtime.classlib.java.lang;

/** java.lang.Exception (whole-class substitute): The root of the checked exceptions. Constructors as the JDK's. */
public class TException extends TThrowable {
    public TException() {
        super();
    }

    public TException(String message) {
        super(message);
    }

    public TException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TException(TThrowable cause) {
        super(cause);
    }

    protected TException(String message, TThrowable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
