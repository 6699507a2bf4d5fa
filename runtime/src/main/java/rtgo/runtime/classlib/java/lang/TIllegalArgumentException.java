package rtgo.runtime.classlib.java.lang;

/** java.lang.IllegalArgumentException (whole-class substitute): An argument a method does not accept. Constructors as the JDK's. */
public class TIllegalArgumentException extends TRuntimeException {
    public TIllegalArgumentException() {
        super();
    }

    public TIllegalArgumentException(String message) {
        super(message);
    }

    public TIllegalArgumentException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TIllegalArgumentException(TThrowable cause) {
        super(cause);
    }
}
