package rtgo.runtime.classlib.java.lang;

/** java.lang.Error (whole-class substitute): The root of the errors a program is not expected to catch. Constructors as the JDK's. */
public class TError extends TThrowable {
    public TError() {
        super();
    }

    public TError(String message) {
        super(message);
    }

    public TError(String message, TThrowable cause) {
        super(message, cause);
    }

    public TError(TThrowable cause) {
        super(cause);
    }

    protected TError(String message, TThrowable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
