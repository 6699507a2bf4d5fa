package rtgo.runtime.classlib.java.lang;

/** java.lang.NullPointerException (whole-class substitute): A use of null where an object is needed. Constructors as the JDK's. */
public class TNullPointerException extends TRuntimeException {
    public TNullPointerException() {
        super();
    }

    public TNullPointerException(String message) {
        super(message);
    }
}
