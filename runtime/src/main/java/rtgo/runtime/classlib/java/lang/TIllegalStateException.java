package rtgo.runtime.classlib.java.lang;

/** java.lang.IllegalStateException (whole-class substitute): A call at a time the object does not accept it. Constructors as the JDK's. */
public class TIllegalStateException extends TRuntimeException {
    public TIllegalStateException() {
        super();
    }

    public TIllegalStateException(String message) {
        super(message);
    }

    public TIllegalStateException(String message, TThrowable cause) {
        super(message, cause);
    }

    public TIllegalStateException(TThrowable cause) {
        super(cause);
    }
}
