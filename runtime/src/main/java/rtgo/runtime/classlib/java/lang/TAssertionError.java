package rtgo.runtime.classlib.java.lang;

/** java.lang.AssertionError (whole-class substitute): A failed assertion. Constructors as the JDK's. */
public class TAssertionError extends TError {
    public TAssertionError() {
        super();
    }

    public TAssertionError(Object detail) {
        super(String.valueOf(detail));
        if (detail instanceof Throwable) {
            initCause((TThrowable) detail);
        }
    }

    public TAssertionError(String message, TThrowable cause) {
        super(message, cause);
    }

    public TAssertionError(boolean detail) {
        super(String.valueOf(detail));
    }

    public TAssertionError(char detail) {
        super(String.valueOf(detail));
    }

    public TAssertionError(int detail) {
        super(String.valueOf(detail));
    }
}
